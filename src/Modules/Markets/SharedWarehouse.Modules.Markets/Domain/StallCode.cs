using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Markets.Domain;

/// One of a shop's own product/SKU codes (商家编码, what its outside shops print on order lines) mapped to the
/// stalls that sell it: the primary stall first (rank 0), then alternates in the merchant's order for when
/// the stall before is out of stock.
public sealed class StallCode : AggregateRoot
{
    public const int MaxCodeLength = 40, MaxStyleNumberLength = 40, MaxOptions = 5;
    private readonly List<StallCodeOption> _options = [];

    private StallCode() { }

    public Guid ShopId { get; private set; }
    public string Code { get; private set; } = "";
    public string NormalizedCode { get; private set; } = "";
    public DateTime CreatedUtc { get; private set; }
    public DateTime UpdatedUtc { get; private set; }
    public IReadOnlyList<StallCodeOption> Options => _options;

    public static Result<StallCode> Create(Guid shopId, string code, IReadOnlyList<StallChoice> choices, DateTime now)
    {
        var stallCode = new StallCode { ShopId = shopId, CreatedUtc = now };
        var changed = stallCode.Change(code, choices, now);
        return changed.IsFailure ? Result<StallCode>.Failure(changed.Errors) : stallCode;
    }

    /// Choices are in rank order. An option whose stall stays keeps its row (its rank and style number change),
    /// so editing never deletes and re-inserts the same stall.
    public Result Change(string code, IReadOnlyList<StallChoice> choices, DateTime now)
    {
        var rules = Check(code, choices);
        if (rules.IsFailure) return rules;
        Code = code.Trim();
        NormalizedCode = MarketText.Normalize(code);
        _options.RemoveAll(o => choices.All(c => c.StallId != o.StallId));
        for (var rank = 0; rank < choices.Count; rank++)
        {
            var choice = choices[rank];
            var option = _options.FirstOrDefault(o => o.StallId == choice.StallId);
            if (option is null) _options.Add(option = new StallCodeOption(Id, choice.StallId));
            option.Set(choice.StyleNumber, rank);
        }
        UpdatedUtc = now;
        return Result.Success();
    }

    public static Result Check(string code, IReadOnlyList<StallChoice> choices)
    {
        var trimmed = code.Trim();
        if (trimmed.Length == 0) return Error.Validation("Code", "请填写商家编码");
        if (trimmed.Length > MaxCodeLength) return Error.Validation("Code", "商家编码最多 {0} 个字符", MaxCodeLength);
        if (trimmed.Any(char.IsControl)) return Error.Validation("Code", "商家编码不能包含控制字符");
        if (choices.Count == 0) return Error.Validation("Options", "请至少选择一个档口");
        if (choices.Count > MaxOptions) return Error.Validation("Options", "最多 5 个档口（1 个主档口和 4 个备选）");
        if (choices.Select(c => c.StallId).Distinct().Count() != choices.Count) return Error.Validation("Options", "同一档口不能重复选择");
        if (choices.Any(c => c.StyleNumber?.Trim().Length > MaxStyleNumberLength))
            return Error.Validation("Options", "款号最多 {0} 个字符", MaxStyleNumberLength);
        return Result.Success();
    }
}

/// A stall chosen for a code and the stall's own style number (款号) for the goods; the list order is the rank.
public sealed record StallChoice(Guid StallId, string? StyleNumber);

public sealed class StallCodeOption : Entity
{
    private StallCodeOption() { }

    internal StallCodeOption(Guid stallCodeId, Guid stallId)
    {
        StallCodeId = stallCodeId;
        StallId = stallId;
    }

    public Guid StallCodeId { get; private set; }
    public Guid StallId { get; private set; }
    public string? StyleNumber { get; private set; }
    public int Rank { get; private set; }

    internal void Set(string? styleNumber, int rank)
    {
        StyleNumber = string.IsNullOrWhiteSpace(styleNumber) ? null : styleNumber.Trim();
        Rank = rank;
    }
}
