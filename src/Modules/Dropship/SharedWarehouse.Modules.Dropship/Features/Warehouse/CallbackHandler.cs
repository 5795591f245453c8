using System.Net;
using System.Net.Sockets;

namespace SharedWarehouse.Modules.Dropship.Features.Warehouse;

/// The connection handler of tracking callbacks: URLs come from merchants, so no redirects are followed and, unless
/// configured otherwise, a host that resolves to a loopback, private, link-local or unspecified address is refused
/// at connect time (after DNS, so a public name pointing inside is refused too).
internal static class CallbackHandler
{
    public static SocketsHttpHandler Create(DropshipOptions options) => new()
    {
        AllowAutoRedirect = false,
        ConnectCallback = async (context, ct) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
            var allowed = addresses.Where(a => options.AllowPrivateCallbackHosts || IsPublic(a)).ToArray();
            if (allowed.Length == 0) throw new HttpRequestException($"Callback host {context.DnsEndPoint.Host} is not a public address.");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return false;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast);
        var b = address.GetAddressBytes();
        return !(b[0] == 10 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254)
                 || (b[0] == 100 && b[1] is >= 64 and <= 127) || b[0] == 0 || b[0] >= 224);
    }
}
