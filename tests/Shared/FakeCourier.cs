using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Testing;

/// Stands in for ICourier while the host has no courier of its own (TryAdd: once the Courier module and its simulator
/// are registered, they are used instead). Waybills are kept in memory, one per reference; printing goes through
/// the real label print queue, so a fake TCP 9100 printer at the chosen station receives the bytes.
public sealed class FakeCourier(FakeCourier.Ledger ledger, ILabelPrinting printing, TimeProvider time) : ICourier
{
    public const string CarrierName = "测试快递";

    public static void TryRegister(IServiceCollection services)
    {
        services.TryAddSingleton<Ledger>();
        services.TryAddScoped<ICourier, FakeCourier>();
    }

    public sealed class Ledger
    {
        public ConcurrentDictionary<string, Waybill> ByReference { get; } = new();
        public ConcurrentDictionary<string, Waybill> ByNumber { get; } = new();
    }

    public Task<Result<Waybill>> CreateWaybillAsync(WaybillRequest request, CancellationToken ct)
    {
        var waybill = ledger.ByReference.GetOrAdd(request.Reference, _ => new Waybill(request.Reference, request.ShopId, "FAKE", CarrierName,
            "FK" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999), request.OrderNumber, time.GetUtcNow().UtcDateTime));
        ledger.ByNumber[waybill.TrackingNumber] = waybill;
        return Task.FromResult(Result.Success(waybill));
    }

    public Task<Result<Guid>> PrintWaybillAsync(string trackingNumber, PrinterChoice printer, CancellationToken ct)
    {
        if (!ledger.ByNumber.TryGetValue(trackingNumber, out var waybill)) return Task.FromResult(Result<Guid>.Failure(Error.NotFound()));
        var label = new LabelContent(waybill.TrackingNumber, waybill.OrderNumber ?? "-", "WAYBILL", "", "", CarrierName, 0, "",
            DateOnly.FromDateTime(waybill.CreatedUtc));
        return printing.EnqueueAsync(label, printer, $"waybill:{trackingNumber}:{printer.Station}", ct);
    }

    public Task<Waybill?> FindAsync(string trackingNumber, CancellationToken ct) =>
        Task.FromResult(ledger.ByNumber.TryGetValue(trackingNumber, out var w) ? w : null);

    public Task<IReadOnlyList<TrackingEvent>> TrackingAsync(string trackingNumber, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<TrackingEvent>>([]);
}
