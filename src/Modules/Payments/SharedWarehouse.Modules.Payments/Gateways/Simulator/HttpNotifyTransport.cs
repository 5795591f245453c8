using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SharedWarehouse.Modules.Payments.Gateways.Simulator;

/// Posts the form to the notify URL like an outside gateway would. A relative URL is resolved against
/// Payments:NotifyBaseUrl or, by default, the address this server listens on (resolved at sending time:
/// the server has started by then).
internal sealed class HttpNotifyTransport(IHttpClientFactory clients, PaymentsSettings settings, IServiceProvider services) : ISimulatorNotifyTransport
{
    public const string ClientName = "payments-notify";

    public async Task<NotifyResponse> PostAsync(string notifyUrl, IReadOnlyDictionary<string, string> form, CancellationToken ct)
    {
        // On Unix "/payments/…" parses as an absolute file: URI, so only http(s) counts as absolute here.
        var url = Uri.TryCreate(notifyUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute : new Uri(BaseUrl(), notifyUrl);
        using var response = await clients.CreateClient(ClientName).PostAsync(url, new FormUrlEncodedContent(form), ct);
        return new NotifyResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    private Uri BaseUrl()
    {
        if (settings.NotifyBaseUrl is { Length: > 0 } configured) return new Uri(configured.TrimEnd('/'));
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.OrderBy(a => a.StartsWith("https", StringComparison.OrdinalIgnoreCase)).FirstOrDefault()
            ?? throw new InvalidOperationException("No server address to deliver payment notifications to: set Payments:NotifyBaseUrl.");
        // Wildcard bindings (http://+:8080, http://[::]:8080, http://0.0.0.0:8080) are reached through loopback.
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "[::]" or "::" or "0.0.0.0") uri.Host = "localhost";
        return uri.Uri;
    }
}
