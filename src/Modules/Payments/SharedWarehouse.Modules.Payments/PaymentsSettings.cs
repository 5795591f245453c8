using System.ComponentModel.DataAnnotations;

namespace SharedWarehouse.Modules.Payments;

/// Payments:Gateway picks the gateway ("Simulator" by default); Payments:NotifyBaseUrl is where gateways
/// send notifications (empty: the notify URL stays relative and the simulator resolves it against the
/// server's own address when it sends).
public sealed class PaymentsSettings
{
    public const string Section = "Payments";

    public string Gateway { get; set; } = "Simulator";

    [RegularExpression(@"^(https?://\S+)?$", ErrorMessage = "Payments:NotifyBaseUrl must be an absolute http(s) address.")]
    public string? NotifyBaseUrl { get; set; }

    public string NotifyUrl(string gatewayName) => $"{NotifyBaseUrl?.TrimEnd('/')}/payments/notify/{gatewayName}";
}
