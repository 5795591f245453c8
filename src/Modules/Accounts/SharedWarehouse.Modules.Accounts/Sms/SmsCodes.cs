using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.Modules.Accounts.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Accounts.Sms;

/// Issues, checks and consumes SMS codes. Checking runs during validation, before the command's
/// transaction, so a wrong guess is counted even though the command itself fails and rolls back.
public sealed class SmsCodes(AccountsDbContext db, ISmsSender sender, TimeProvider time)
{
    public async Task<Result> SendAsync(string phone, SmsPurpose purpose, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var recent = await db.SmsCodes.Where(c => c.Phone == phone && c.CreatedUtc > now.AddDays(-1))
            .OrderByDescending(c => c.CreatedUtc).Select(c => new { c.CreatedUtc, c.Purpose }).ToListAsync(ct);
        var lastOfPurpose = recent.FirstOrDefault(c => c.Purpose == purpose);
        if (lastOfPurpose is not null && SmsCode.WaitBeforeResend(lastOfPurpose.CreatedUtc, now) is { } wait)
            return Result.Failure(Error.Validation("Phone", "发送过于频繁，请 {0} 秒后再试", (int)Math.Ceiling(wait.TotalSeconds)));
        if (recent.Count >= SmsCode.MaxPerPhonePerDay)
            return Result.Failure(Error.Validation("Phone", "该手机号今天获取验证码的次数已达上限"));

        var (code, plain) = SmsCode.Issue(phone, purpose, now);
        db.SmsCodes.Add(code);
        await db.SaveChangesAsync(ct);
        var text = TextCatalog.Translate("{0} 是您的共享仓超验证码，{1} 分钟内有效，请勿告诉他人。");
        await sender.SendAsync(phone, string.Format(text, plain, (int)SmsCode.Lifetime.TotalMinutes), ct);
        return Result.Success();
    }

    public async Task<SmsCodeCheck> CheckAsync(string phone, SmsPurpose purpose, string? plain, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var latest = await db.SmsCodes.AsNoTracking().Where(c => c.Phone == phone && c.Purpose == purpose)
            .OrderByDescending(c => c.CreatedUtc).FirstOrDefaultAsync(ct);
        if (latest is null) return SmsCodeCheck.Missing;
        var check = latest.Check(plain, now);
        if (check == SmsCodeCheck.Wrong)
            await db.SmsCodes.Where(c => c.Id == latest.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Attempts, c => c.Attempts + 1), ct);
        return check;
    }

    /// One conditional update: of two requests racing with the same code, exactly one wins.
    public async Task<bool> ConsumeAsync(string phone, SmsPurpose purpose, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var latestId = await db.SmsCodes.Where(c => c.Phone == phone && c.Purpose == purpose)
            .OrderByDescending(c => c.CreatedUtc).Select(c => c.Id).FirstOrDefaultAsync(ct);
        return await db.SmsCodes.Where(c => c.Id == latestId && c.ConsumedUtc == null && c.ExpiresUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ConsumedUtc, now), ct) == 1;
    }

    public static string MessageFor(SmsCodeCheck check) => check switch
    {
        SmsCodeCheck.Expired => "验证码已过期，请重新获取",
        SmsCodeCheck.TooManyAttempts => "验证码错误次数过多，请重新获取",
        SmsCodeCheck.Missing => "请先获取验证码",
        _ => "验证码不正确",
    };
}
