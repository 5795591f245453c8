using System.Security.Cryptography;
using System.Text;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Accounts.Domain;

public enum SmsPurpose { Register = 1, ResetPassword = 2 }

public enum SmsCodeCheck { Ok, Missing, Expired, TooManyAttempts, Wrong }

/// A one-time code sent by SMS. Only a hash is stored; a code expires, allows a few wrong guesses and
/// is consumed once.
public sealed class SmsCode : Entity
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(60);
    public const int MaxAttempts = 5;
    public const int MaxPerPhonePerDay = 10;

    private SmsCode() { }

    public string Phone { get; private init; } = "";
    public SmsPurpose Purpose { get; private init; }
    public string CodeHash { get; private init; } = "";
    public DateTime CreatedUtc { get; private init; }
    public DateTime ExpiresUtc { get; private init; }
    public int Attempts { get; private set; }
    public DateTime? ConsumedUtc { get; private set; }

    public static (SmsCode Code, string PlainText) Issue(string phone, SmsPurpose purpose, DateTime nowUtc)
    {
        var plain = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        return (new SmsCode
        {
            Phone = phone, Purpose = purpose, CodeHash = Hash(phone, purpose, plain),
            CreatedUtc = nowUtc, ExpiresUtc = nowUtc + Lifetime,
        }, plain);
    }

    public SmsCodeCheck Check(string? plain, DateTime nowUtc)
    {
        if (ConsumedUtc is not null) return SmsCodeCheck.Missing;
        if (nowUtc >= ExpiresUtc) return SmsCodeCheck.Expired;
        if (Attempts >= MaxAttempts) return SmsCodeCheck.TooManyAttempts;
        var given = Encoding.UTF8.GetBytes(Hash(Phone, Purpose, plain?.Trim() ?? ""));
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(CodeHash)) ? SmsCodeCheck.Ok : SmsCodeCheck.Wrong;
    }

    public static TimeSpan? WaitBeforeResend(DateTime lastSentUtc, DateTime nowUtc) =>
        nowUtc - lastSentUtc < ResendAfter ? ResendAfter - (nowUtc - lastSentUtc) : null;

    private static string Hash(string phone, SmsPurpose purpose, string plain) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{phone}|{(int)purpose}|{plain}")));
}
