using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Ordering.Features.Orders;

namespace SharedWarehouse.Modules.Ordering;

/// Cart, address book, checkout and the single-sale order with its merchant sub-orders.
public sealed class OrderingModule : IModule
{
    public string Name => "Ordering";
    public string Schema => OrderingDbContext.SchemaName;
    public ModuleLayer Layer => ModuleLayer.Selling;
    public Type DbContextType => typeof(OrderingDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<OrderingDbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(OrderingModule).Assembly);
        services.AddModuleOptions<OrderingOptions>(configuration, OrderingOptions.Section);
        services.AddRegionSettingCheck<OrderingOptions>("Ordering:WaybillSender:RegionCode", o => o.WaybillSender.RegionCode);
        services.AddScoped<SharedWarehouse.BuildingBlocks.Web.INavigationContributor, Web.OrderingNavigation>();
        services.AddScoped<SharedWarehouse.BuildingBlocks.Web.IDashboardContributor, Web.OrderingDashboard>();
        services.AddScoped<Web.MergeVisitorCartFilter>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.AddService<Web.MergeVisitorCartFilter>());
        services.AddIntegrationEventHandler<PaymentSucceeded, PaymentSucceededHandler, OrderingDbContext>();
        services.AddIntegrationEventHandler<PaymentRefunded, PaymentRefundedHandler, OrderingDbContext>();
        services.AddIntegrationEventHandler<PaymentFailed, PaymentFailedHandler, OrderingDbContext>();
        services.AddIntegrationEventHandler<Courier.Contracts.ParcelStatusChanged, Features.Shipping.ParcelDeliveredHandler, OrderingDbContext>();
        services.AddScheduledJob<CancelOverdueOrdersJob>(CancelOverdueOrdersJob.Name, "取消超时未支付的订单并释放库存", TimeSpan.FromMinutes(1));
        services.AddScoped<Contracts.IRatings, Features.Reviews.Ratings>();
        services.AddScoped<Contracts.IOrderLines, Features.AfterSales.OrderLinesForAfterSale>();
        services.AddIntegrationEventHandler<Contracts.AfterSaleOpened, Features.AfterSales.AfterSaleOpenedHandler, OrderingDbContext>();
        services.AddIntegrationEventHandler<Contracts.AfterSaleClosed, Features.AfterSales.AfterSaleClosedHandler, OrderingDbContext>();
        services.AddIntegrationEventHandler<Contracts.AfterSaleRefundApproved, Features.AfterSales.AfterSaleRefundApprovedHandler, OrderingDbContext>();
        services.AddIntegrationEventHandler<Contracts.AfterSaleExchangeApproved, Features.AfterSales.AfterSaleExchangeApprovedHandler, OrderingDbContext>();
        services.TryAddSingleton<IFileStore, LocalFileStore>(); // review photos

        services.AddScheduledJob<AutoConfirmReceiptJob>(AutoConfirmReceiptJob.Name, "超时自动确认收货", TimeSpan.FromHours(1));
        services.AddScheduledJob<Features.Consignment.ConsignmentSettlementJob>(Features.Consignment.ConsignmentSettlementJob.Name,
            "代销结算：收货后给供货商与分销商的钱包入账", TimeSpan.FromMinutes(1));
        services.AddScheduledJob<RecoverPlacingOrdersJob>(RecoverPlacingOrdersJob.Name, "收尾中断的下单过程（释放其预占）", TimeSpan.FromMinutes(5));
    }
}
