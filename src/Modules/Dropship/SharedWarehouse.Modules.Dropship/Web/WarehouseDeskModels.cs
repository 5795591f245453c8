using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Returns;
using SharedWarehouse.Modules.Dropship.Features.Warehouse;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Dropship.Web;

/// What a keyboard-wedge scanner typed (then Enter), and the station whose printer prints (shipping and returns).
public sealed class ScanInput
{
    public string? Code { get; set; }
    public string? Station { get; set; }
}

/// One returned line's inspection form; Code is the scanned return waybill, so the parcel is shown again after it.
public sealed class InspectInput
{
    public Guid OrderId { get; set; }
    public Guid LineId { get; set; }
    public string? Code { get; set; }
    public string? Waybill { get; set; }
    public bool Accept { get; set; }
    public string? Note { get; set; }
    public string? Station { get; set; }
}

public sealed class CloseReturnInput
{
    public string? Note { get; set; }
    public string? Status { get; set; }
    public int Page { get; set; } = 1;
}

/// Who works at the desk: the warehouse scope and, for a merchant, its shop (null = the platform, every shop).
public sealed record DeskScope(Guid Scope, Guid? ShopId);

/// One page of the warehouse desk (the same views serve the platform's and a merchant's warehouse).
public sealed class WarehouseDeskPage
{
    public const string InTab = "in", OutTab = "out", ReturnsTab = "returns", StockTab = "stock";

    public required string BasePath { get; init; }
    public required string Tab { get; init; }
    public bool IsPlatform { get; init; }
    /// What stays in the scan box: the typed code after an error, empty after a success.
    public string? Code { get; set; }
    public string? Station { get; set; }
    /// The code of the scan whose result is shown.
    public string? Scanned { get; set; }
    public ScanInResult? In { get; set; }
    public ScanOutResult? Out { get; set; }
    public PrintJobState? Print { get; set; }
    public ReturnParcel? Parcel { get; set; }
    public InspectionResult? Inspection { get; set; }
    /// The inspection form that was posted (its note and errors are shown in that line's form only).
    public InspectInput? Inspect { get; set; }
    public PagedResult<ReturnStockRow>? Stock { get; set; }
    /// The ship tab: orders of this warehouse with every item in hand.
    public IReadOnlyList<ReadyOrder> Ready { get; set; } = [];
    public ReturnStatus? StatusFilter { get; set; }

    public string Title => IsPlatform ? "平台代发仓库" : "代发仓库";

    public string ActionPath => Tab switch
    {
        OutTab => BasePath + "/out",
        ReturnsTab => BasePath + "/returns",
        StockTab => BasePath + "/returned-stock",
        _ => BasePath,
    };
}
