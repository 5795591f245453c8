using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Catalog.Features.Consignment;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Web;

/// The supplier's consignment form: open or not, and per approved SKU a floor and a wholesale price table (yuan text).
public sealed class ConsignmentTermsInput
{
    public bool Open { get; set; }
    public List<TermsRowInput> Skus { get; set; } = [];

    public static ConsignmentTermsInput From(ConsignmentTermsView view) => new()
    {
        Open = view.IsOpen,
        Skus = view.Skus.Select(s => new TermsRowInput { SkuId = s.SkuId, Floor = s.Floor, Prices = s.Prices }).ToList(),
    };

    public SetConsignmentTerms ToCommand(Guid ownerId, Guid productId) =>
        new(ownerId, productId, Open, Skus.Select(s => new SkuTermsInput(s.SkuId, s.Floor, s.Prices)).ToList());
}

public sealed class TermsRowInput
{
    public Guid SkuId { get; set; }
    public string? Floor { get; set; }
    public string? Prices { get; set; }
}

public sealed record ConsignmentTermsPage(ConsignmentTermsView Product, ConsignmentTermsInput Input);

/// The reseller's consign form: its retail price per supplier SKU (yuan text; blank = not sold).
public sealed class ConsignInput
{
    public Dictionary<Guid, string?> Retail { get; set; } = [];

    public static ConsignInput From(ConsignableProduct product) => new()
    {
        Retail = product.Skus.ToDictionary(s => s.SkuId, s => s.MyRetailFen is { } fen ? Money.Yuan(fen) : null),
    };
}

public sealed record ConsignPage(ConsignableProduct Product, ConsignInput Input);

public sealed class ResellerLevelInput
{
    public string? ShopName { get; set; }
    public ResellerLevel? Level { get; set; }
}

public sealed record ResellerLevelsPage(IReadOnlyList<ResellerLevelRow> Rows, ResellerLevelInput Input);

public static class ConsignmentLabels
{
    public static string Of(ResellerLevel level) => level switch
    {
        ResellerLevel.Silver => "银牌分销商",
        ResellerLevel.Gold => "金牌分销商",
        _ => "普通分销商",
    };
}
