using System.Globalization;
using SharedWarehouse.Modules.Markets.Features.Markets;

namespace SharedWarehouse.Modules.Markets.Web;

/// The market form of the admin console.
public sealed class MarketInput
{
    public string? Name { get; set; }
    public string? RegionCode { get; set; }
    public string? Address { get; set; }
    public string? Note { get; set; }

    internal SaveMarket ToCommand(Guid? id) => new(id, Name, RegionCode, Address, Note);

    public static MarketInput From(MarketView m) => new() { Name = m.Name, RegionCode = m.RegionCode, Address = m.Address, Note = m.Note };
}

/// The floor form; the order stays text so "abc" comes back as typed, with a message.
public sealed class FloorInput
{
    public string? Name { get; set; }
    public string? DisplayOrder { get; set; }

    internal SaveFloor ToCommand(Guid marketId, Guid? floorId) => new(marketId, floorId, Name, ParseOrder(DisplayOrder));

    /// Text that is not a whole number becomes an impossible order, so the validator reports it next to the field.
    private static int? ParseOrder(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : int.MinValue;

    public static FloorInput From(FloorView f) => new() { Name = f.Name, DisplayOrder = f.DisplayOrder.ToString(CultureInfo.InvariantCulture) };
}

public sealed class StallInput
{
    public Guid? FloorId { get; set; }
    public string? Number { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }

    internal SaveStall ToCommand(Guid marketId, Guid? stallId) => new(marketId, stallId, FloorId, Number, ContactName, ContactPhone);

    public static StallInput From(StallView s) => new() { FloorId = s.FloorId, Number = s.Number, ContactName = s.ContactName, ContactPhone = s.ContactPhone };
}

/// The stall fields as the add form (Prefix "Stall") and the edit page (no prefix) show them.
public sealed record StallFields(StallInput Input, string Prefix, IReadOnlyList<FloorView> Floors)
{
    public string Name(string field) => Prefix.Length == 0 ? field : $"{Prefix}.{field}";

    public string Id(string field) => Name(field).Replace('.', '_');
}
