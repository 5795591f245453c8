using System.Text.Json;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Dropship.Features.Intake;

namespace SharedWarehouse.Modules.Dropship.Areas.Api;

/// One order of the API's JSON body, read leniently (JsonFields) into an IncomingOrder. An order with a value that
/// cannot be read is refused on its own with every problem it has: the unreadable values, and what the intake rules
/// say about the rest of it (so the client fixes the order in one go). Field names are the JSON's: "receiverPhone",
/// "lines[0].declaredUnitFen".
internal static class IncomingOrdersJson
{
    public sealed record ReadOrder(IncomingOrder Order, string ExternalOrderId, IReadOnlyList<IntakeError> Errors);

    public static ReadOrder Read(JsonElement json, IRegionCatalog regions)
    {
        var errors = new List<IntakeError>();
        if (json.ValueKind != JsonValueKind.Object)
            return new ReadOrder(new IncomingOrder(null, null, null, null, null, null, null, null), "", [new IntakeError("", "订单须是 JSON 对象")]);
        var f = new JsonFields(json, "", errors);
        var order = new IncomingOrder(f.Id("externalOrderId"), f.Text("channel"), f.Text("receiverName"), f.Id("receiverPhone"),
            f.Id("receiverRegionCode"), f.Text("receiverAddress"), f.Text("buyerMessage"), ReadLines(f));
        var externalId = order.ExternalOrderId?.Trim() ?? "";
        if (errors.Count == 0) return new ReadOrder(order, externalId, []);
        // What the rules say about the values that could be read; an unreadable value was left empty, so its own
        // rule message ("必填") would only repeat the reading error and is left out.
        var unreadable = errors.Select(e => e.Field).ToList();
        var rules = IncomingOrderRules.Check(order, regions).Errors.Select(IntakeError.From)
            .Select(e => e with { Field = ApiField(e.Field) })
            .Where(e => !unreadable.Any(u => e.Field == u || e.Field.StartsWith(u + ".", StringComparison.Ordinal) || e.Field.StartsWith(u + "[", StringComparison.Ordinal)));
        return new ReadOrder(order, externalId, [.. errors, .. rules]);
    }

    private static List<IncomingLine>? ReadLines(JsonFields order)
    {
        if (order.Array("lines") is not { } items) return null;
        var lines = new List<IncomingLine>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].ValueKind != JsonValueKind.Object)
            {
                order.Error($"lines[{i}]", "{0} 须是 JSON 对象");
                lines.Add(new IncomingLine(null, null, null, null, 0, 0)); // keeps the later lines' numbers
                continue;
            }
            var line = order.Nested(items[i], $"lines[{i}]");
            var quantity = line.Whole("quantity", "{0} 须是整数");
            if (quantity is null && !line.Has("quantity")) line.Error("quantity", "{0} 必填（1 到 999 的整数）");
            // Missing is 0: own-team dropship needs no declared price; platform dropship's rule asks for one.
            var declared = line.Whole("declaredUnitFen", "{0} 须是整数（分），如 68.50 元写 6850") ?? 0;
            lines.Add(new IncomingLine(line.Text("skuCode"), line.Text("title"), line.Text("colour"), line.Text("size"),
                (int)Math.Clamp(quantity ?? 0, int.MinValue, int.MaxValue), declared));
        }
        return lines;
    }

    /// An IncomingOrder field name as the API's JSON spells it: "Lines[0].DeclaredPrice" → "lines[0].declaredUnitFen".
    public static string ApiField(string field) => string.Join('.', field.Split('.').Select(part =>
        part.Length == 0 ? part : part == "DeclaredPrice" ? "declaredUnitFen" : char.ToLowerInvariant(part[0]) + part[1..]));
}
