using FluentValidation;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Features.Bookings;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Merchant;

/// The merchant takes the unit back on a date (today by default), with a damage charge (yuan, blank = none), a note and
/// photos when charging. Late days and the settlement follow RentalPricing.Settle.
public sealed record RecordRentalReturn(Guid UserId, Guid BookingId, DateOnly? ReturnedOn, string? Damage, string? Note,
    IReadOnlyList<UploadedImage>? Images = null) : ICommand, IWithEvidence;

internal sealed class RecordRentalReturnValidator : EvidenceValidator<RecordRentalReturn>
{
    public RecordRentalReturnValidator() =>
        RuleFor(x => x.Damage).Must(d => string.IsNullOrWhiteSpace(d) || (Money.TryParseYuan(d, out var fen) && fen >= 0))
            .WithText("请填写正确的金额（元，最多两位小数）");
}

internal sealed class RecordRentalReturnHandler(RentalDbContext db, IMerchantDirectory merchants, IShopAccess shops, IFileStore files, TimeProvider time,
    IOptions<RentalOptions> options) : IRequestHandler<RecordRentalReturn, Result>
{
    public async Task<Result> Handle(RecordRentalReturn c, CancellationToken ct)
    {
        var today = ChinaTime.Today(time);
        var damage = Money.TryParseYuan(c.Damage, out var fen) ? fen : 0;
        return await db.ChangeAsync(merchants, await db.OfMerchantAsync(shops, c.UserId, c.BookingId, ct),
            b => b.RecordReturn(c.UserId, c.ReturnedOn ?? today, today, damage, c.Note, time.GetUtcNow().UtcDateTime, options.Value.ChargeAnswer),
            files, c.Images, ct);
    }
}
