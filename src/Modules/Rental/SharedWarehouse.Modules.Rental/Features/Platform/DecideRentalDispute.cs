using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Features.Bookings;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Platform;

/// Platform customer service settles a disputed damage charge (0 up to what the merchant asked), with its reasons; final.
public sealed record DecideRentalDispute(Guid UserId, Guid BookingId, string? Damage, string? Note) : ICommand;

internal sealed class DecideRentalDisputeValidator : AbstractValidator<DecideRentalDispute>
{
    public DecideRentalDisputeValidator() =>
        RuleFor(x => x.Damage).Must(d => Money.TryParseYuan(d, out var fen) && fen >= 0).WithText("请填写正确的金额（元，最多两位小数）");
}

internal sealed class DecideRentalDisputeHandler(RentalDbContext db, IMerchantDirectory merchants, TimeProvider time) : IRequestHandler<DecideRentalDispute, Result>
{
    public async Task<Result> Handle(DecideRentalDispute c, CancellationToken ct)
    {
        Money.TryParseYuan(c.Damage, out var fen);
        return await db.ChangeAsync(merchants, await db.AnyAsync(c.BookingId, ct), b => b.Decide(c.UserId, fen, c.Note, time.GetUtcNow().UtcDateTime), ct);
    }
}
