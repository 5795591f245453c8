using Microsoft.AspNetCore.Http;
using SharedWarehouse.Modules.Rental.Domain;
using SharedWarehouse.Modules.Rental.Features.Items;
using SharedWarehouse.Modules.Rental.Features.Queries;

namespace SharedWarehouse.Modules.Rental.Web;

/// 预订: the period (returned on EndDate), pick-up or delivery, and the form's key (one booking per form however often sent).
public sealed class BookInput
{
    public Guid RequestKey { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public RentalFulfilment Fulfilment { get; set; } = RentalFulfilment.Pickup;
    public string? DeliveryAddress { get; set; }
}

/// A rental item's form: the SKU (new items only), prices in yuan (week and month optional), periods in days.
public sealed class ItemInput
{
    public Guid? SkuId { get; set; }
    public string? Description { get; set; }
    public string? Deposit { get; set; }
    public string? DayPrice { get; set; }
    public string? WeekPrice { get; set; }
    public string? MonthPrice { get; set; }
    public int? MinDays { get; set; } = 1;
    public int? MaxDays { get; set; } = 30;
    public int? BufferDays { get; set; } = 1;
    public string? LateFeePerDay { get; set; }
    public EarlyReturnPolicy EarlyReturn { get; set; } = EarlyReturnPolicy.NoRefund;
    public bool IsListed { get; set; } = true;

    public RentalTermsText Terms => new(Deposit, DayPrice, WeekPrice, MonthPrice, MinDays, MaxDays, BufferDays, LateFeePerDay, EarlyReturn);

    public static ItemInput Of(RentalItem i) => new()
    {
        Description = i.Description, Deposit = SharedWarehouse.SharedKernel.Money.Yuan(i.DepositFen), DayPrice = SharedWarehouse.SharedKernel.Money.Yuan(i.DayPriceFen),
        WeekPrice = i.WeekPriceFen is { } w ? SharedWarehouse.SharedKernel.Money.Yuan(w) : null,
        MonthPrice = i.MonthPriceFen is { } m ? SharedWarehouse.SharedKernel.Money.Yuan(m) : null,
        MinDays = i.MinDays, MaxDays = i.MaxDays, BufferDays = i.BufferDays, LateFeePerDay = SharedWarehouse.SharedKernel.Money.Yuan(i.LateFeePerDayFen),
        EarlyReturn = i.EarlyReturn, IsListed = i.IsListed,
    };
}

/// A new unit: its serial number and warehouse.
public sealed class UnitInput
{
    public string? Serial { get; set; }
    public Guid? WarehouseId { get; set; }
}

/// Every small form of a booking page (hand over, return, dispute, decide) binds to this one model; Form names the form that
/// was posted, so only its fields show the errors and typed values.
public sealed class BookingStepInput
{
    public string? Note { get; set; }
    public string? Damage { get; set; }
    public DateOnly? ReturnedOn { get; set; }
    public string? TrackingNumber { get; set; }
    public List<IFormFile>? Images { get; set; }
    public string? Form { get; set; }
}

/// A booking page: the booking, the form that failed (if any) with what was typed, and where this viewer's copy lives.
public sealed record RentalBookingPage(RentalBooking Booking, BookingStepInput Input, string Path, DateOnly Today);

public static class RentalLabels
{
    public static string Of(RentalStatus s) => s switch
    {
        RentalStatus.AwaitingPayment => "待付款",
        RentalStatus.Booked => "待交付",
        RentalStatus.Out => "租用中",
        RentalStatus.ChargeProposed => "待确认扣款",
        RentalStatus.Disputed => "平台介入中",
        RentalStatus.AwaitingBalance => "待补缴",
        RentalStatus.Closed => "已完成",
        RentalStatus.Cancelled => "已取消",
        _ => "已过期",
    };

    public static string Badge(RentalStatus s) => s switch
    {
        RentalStatus.AwaitingPayment or RentalStatus.ChargeProposed or RentalStatus.AwaitingBalance => "text-bg-warning",
        RentalStatus.Disputed => "text-bg-danger",
        RentalStatus.Booked or RentalStatus.Out => "text-bg-primary",
        RentalStatus.Closed => "text-bg-success",
        _ => "text-bg-secondary",
    };

    public static string Of(RentalParty p) => p switch
    {
        RentalParty.Buyer => "买家",
        RentalParty.Merchant => "商家",
        RentalParty.Platform => "平台",
        _ => "系统",
    };

    public static string Of(RentalFulfilment f) => f == RentalFulfilment.Delivery ? "送货上门" : "到店自取";

    public static string Of(EarlyReturnPolicy p) => p == EarlyReturnPolicy.RefundUnusedDays ? "提前归还退还未使用天数的租金" : "提前归还不退租金";

    public static string Of(RentalDeskFilter f) => f switch
    {
        RentalDeskFilter.Active => "进行中",
        RentalDeskFilter.ToHandOver => "待交付",
        RentalDeskFilter.DueToday => "今日到期",
        RentalDeskFilter.Overdue => "逾期未还",
        RentalDeskFilter.Unsettled => "待结清",
        _ => "全部",
    };
}
