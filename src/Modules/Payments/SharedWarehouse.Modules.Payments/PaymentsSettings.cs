using Microsoft.Extensions.Configuration;

namespace SharedWarehouse.Modules.Payments;

/// Payments:Gateway picks the gateway ("Simulator" by default); Payments:NotifyBaseUrl is where gateways
/// send notifications (empty: the notify URL stays relative and the simulator resolves it against the
/// server's own address when it sends).
public sealed class PaymentsSettings
{
    public string Gateway { get; init; } = "Simulator";
    public string? NotifyBaseUrl { get; init; }

    public static PaymentsSettings From(IConfiguration configuration) => new()
    {
        Gateway = configuration["Payments:Gateway"] is { Length: > 0 } g ? g : "Simulator",
        NotifyBaseUrl = configuration["Payments:NotifyBaseUrl"] is { Length: > 0 } u ? u.TrimEnd('/') : null,
    };

    public string NotifyUrl(string gatewayName) => $"{NotifyBaseUrl}/payments/notify/{gatewayName}";
}
