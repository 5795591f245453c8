using System.Security.Cryptography;
using System.Text;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Dropship.Domain;

/// Who picks and ships a merchant's dropship orders: its own pickers and warehouse, or the platform's
/// (platform dropship: paid from the merchant's wallet).
public enum DropshipMode { OwnTeam = 1, Platform = 2 }

/// A shop's dropship settings: mode, the API key its order downloader uses, where shipped orders' tracking
/// numbers go back to (the outside shop's callback), and the sender printed on waybills.
public sealed class DropshipAccount : AggregateRoot
{
    public const int KeyPrefixLength = 8;

    private DropshipAccount() { }

    public Guid ShopId { get; private set; }
    public DropshipMode Mode { get; private set; } = DropshipMode.OwnTeam;
    public string? ApiKeyPrefix { get; private set; }
    public string? ApiKeyHash { get; private set; }
    public DateTime? ApiKeyIssuedUtc { get; private set; }
    public string? CallbackUrl { get; private set; }
    public string SenderName { get; private set; } = "";
    public string SenderPhone { get; private set; } = "";
    public string SenderRegionCode { get; private set; } = "";
    public string SenderAddress { get; private set; } = "";

    public bool HasSender => SenderName.Length > 0 && SenderPhone.Length > 0 && SenderAddress.Length > 0;

    public static DropshipAccount Open(Guid shopId) => new() { ShopId = shopId };

    public Result Configure(DropshipMode mode, string? callbackUrl, string senderName, string senderPhone, string senderRegionCode,
        string senderAddress)
    {
        var errors = new List<Error>();
        if (!Enum.IsDefined(mode)) errors.Add(Error.Validation("Mode", "请选择代发方式"));
        var url = callbackUrl?.Trim();
        if (!string.IsNullOrEmpty(url) && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http") || url.Length > 300))
            errors.Add(Error.Validation("CallbackUrl", "回传地址须是 http(s) 开头的完整网址"));
        if (string.IsNullOrWhiteSpace(senderName) || senderName.Trim().Length > 30) errors.Add(Error.Validation("SenderName", "请填写寄件人（30 字以内）"));
        if (!MainlandMobile.IsValid(senderPhone)) errors.Add(Error.Validation("SenderPhone", "请填写正确的手机号"));
        if (string.IsNullOrWhiteSpace(senderAddress) || senderAddress.Trim().Length > 120) errors.Add(Error.Validation("SenderAddress", "请填写寄件地址（120 字以内）"));
        if (errors.Count > 0) return Result.Failure(errors);
        Mode = mode;
        CallbackUrl = string.IsNullOrEmpty(url) ? null : url;
        SenderName = senderName.Trim();
        SenderPhone = MainlandMobile.Normalize(senderPhone);
        SenderRegionCode = senderRegionCode;
        SenderAddress = senderAddress.Trim();
        return Result.Success();
    }

    /// A new key replaces the old one at once; only its hash is kept, so the key is shown to the merchant once.
    public string IssueApiKey(DateTime now)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(KeyPrefixLength / 2));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        ApiKeyPrefix = prefix;
        ApiKeyHash = Hash(secret);
        ApiKeyIssuedUtc = now;
        return $"sw_{prefix}_{secret}";
    }

    /// The prefix a presented key claims (to find the account), or null when the key is malformed.
    public static string? PrefixOf(string? key) =>
        key is { Length: > 12 } && key.StartsWith("sw_", StringComparison.Ordinal) && key[3 + KeyPrefixLength] == '_' ? key.Substring(3, KeyPrefixLength) : null;

    public bool Accepts(string key)
    {
        if (ApiKeyHash is null || PrefixOf(key) != ApiKeyPrefix) return false;
        var presented = Encoding.ASCII.GetBytes(Hash(key[(4 + KeyPrefixLength)..]));
        return CryptographicOperations.FixedTimeEquals(presented, Encoding.ASCII.GetBytes(ApiKeyHash));
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
