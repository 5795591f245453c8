using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Domain;

public enum AttributeType { Text = 1, Number = 2, Integer = 3 }

/// A node of the category tree the admins manage; its attribute template says what a product in it must describe.
public sealed class Category : AggregateRoot
{
    public const int MaxNameLength = 30;
    private readonly List<AttributeDefinition> _attributes = [];

    private Category() { }

    public string Name { get; private set; } = "";
    public Guid? ParentId { get; private set; }
    public int SortOrder { get; private set; }
    /// 七天无理由退货: null = as the parent category. A root left null allows it, so the categories made before this
    /// setting existed keep the rule every product had then.
    public bool? NoReasonReturns { get; private set; }
    public IReadOnlyList<AttributeDefinition> Attributes => _attributes;

    public static Category Create(string name, Guid? parentId, int sortOrder) =>
        new() { Name = name.Trim(), ParentId = parentId, SortOrder = sortOrder };

    public void Rename(string name, int sortOrder)
    {
        Name = name.Trim();
        SortOrder = sortOrder;
    }

    /// Allowed, refused, or null to follow the parent again.
    public void SetNoReasonReturns(bool? allowed) => NoReasonReturns = allowed;

    public Result AddAttribute(string name, AttributeType type, string? unit, bool required)
    {
        name = name.Trim();
        if (name.Length is 0 or > 20) return Error.Validation("Name", "属性名称为 1 到 20 个字");
        if (_attributes.Any(a => a.Name == name)) return Error.Validation("Name", "该属性已存在");
        _attributes.Add(new AttributeDefinition(name, type, string.IsNullOrWhiteSpace(unit) ? null : unit.Trim(), required, _attributes.Count + 1));
        return Result.Success();
    }

    public void RemoveAttribute(Guid attributeId) => _attributes.RemoveAll(a => a.Id == attributeId);
}

public sealed class AttributeDefinition : Entity
{
    private AttributeDefinition() { }

    public AttributeDefinition(string name, AttributeType type, string? unit, bool required, int sortOrder)
    {
        Name = name;
        Type = type;
        Unit = unit;
        Required = required;
        SortOrder = sortOrder;
    }

    public Guid CategoryId { get; private init; }
    public string Name { get; private init; } = "";
    public AttributeType Type { get; private init; }
    public string? Unit { get; private init; }
    public bool Required { get; private init; }
    public int SortOrder { get; private init; }

    /// Null when the value fits the type; otherwise the message for the form.
    public string? Problem(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return Required ? "请填写该属性" : null;
        return Type switch
        {
            AttributeType.Integer when !long.TryParse(value.Trim(), out _) => "请填写整数",
            AttributeType.Number when !decimal.TryParse(value.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _) => "请填写数字",
            _ when value.Trim().Length > 200 => "属性值最多 200 个字",
            _ => null,
        };
    }
}

public sealed class Brand : AggregateRoot
{
    private Brand() { }

    public string Name { get; private init; } = "";
    public string NormalizedName { get; private init; } = "";

    public static Brand Create(string name) => new() { Name = name.Trim(), NormalizedName = name.Trim().ToUpperInvariant() };
}
