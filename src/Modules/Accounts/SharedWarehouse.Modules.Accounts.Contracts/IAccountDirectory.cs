namespace SharedWarehouse.Modules.Accounts.Contracts;

/// Phone is already masked: other modules never need the full number.
public sealed record AccountSummary(Guid UserId, string MaskedPhone, string DisplayName, string RegionCode);

public interface IAccountDirectory
{
    Task<IReadOnlyDictionary<Guid, AccountSummary>> FindAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct);

    Task<Guid?> FindIdByPhoneAsync(string phone, CancellationToken ct);

    /// The account's own full number, normalized, for matching what was addressed to that number (a shop team's
    /// invitation); never for display — show MaskedPhone.
    Task<string?> FindPhoneAsync(Guid userId, CancellationToken ct);
}
