using System.Security.Cryptography;
using System.Text;

namespace SharedWarehouse.Modules.Payments.Gateways.Simulator;

/// HMAC-SHA256 over the canonical payload: every field but "sign", sorted by name (ordinal), joined as
/// name=value&…, UTF-8; the signature is lower-case hex. The same scheme real gateways use (minus RSA).
public static class SimulatorSignature
{
    public const string Field = "sign";

    public static string Canonical(IReadOnlyDictionary<string, string> fields) =>
        string.Join('&', fields.Where(f => f.Key != Field).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));

    public static string Sign(IReadOnlyDictionary<string, string> fields, byte[] secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(Canonical(fields))));

    /// Constant-time comparison, so the check leaks nothing about how much of a forged signature was right.
    public static bool IsValid(IReadOnlyDictionary<string, string> fields, byte[] secret)
    {
        if (!fields.TryGetValue(Field, out var given) || given.Length != 64) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(fields, secret));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(given.ToLowerInvariant()));
    }
}
