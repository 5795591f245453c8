using SharedWarehouse.Modules.Rental.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Features.Items;

/// The terms as typed in the item form (money in yuan; week and month prices optional), read into RentalTerms with an
/// error next to each field that cannot be read; the rules themselves are RentalTerms.Validate.
public sealed record RentalTermsText(string? Deposit, string? DayPrice, string? WeekPrice, string? MonthPrice, int? MinDays, int? MaxDays,
    int? BufferDays, string? LateFeePerDay, EarlyReturnPolicy EarlyReturn)
{
    private const string BadMoney = "请填写正确的金额（元，最多两位小数）";

    public Result<RentalTerms> Read()
    {
        var errors = new List<Error>();
        long Required(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) { errors.Add(Error.Validation(field, "请填写金额")); return 0; }
            if (!Money.TryParseYuan(text, out var fen)) { errors.Add(Error.Validation(field, BadMoney)); return 0; }
            return fen;
        }
        long? Optional(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (!Money.TryParseYuan(text, out var fen)) { errors.Add(Error.Validation(field, BadMoney)); return null; }
            return fen;
        }
        int Days(string field, int? value, int? fallback)
        {
            if ((value ?? fallback) is { } days) return days;
            errors.Add(Error.Validation(field, "请填写天数"));
            return 0;
        }
        var terms = new RentalTerms(Required(nameof(Deposit), Deposit),
            new RentalPrices(Required(nameof(DayPrice), DayPrice), Optional(nameof(WeekPrice), WeekPrice), Optional(nameof(MonthPrice), MonthPrice)),
            Days(nameof(MinDays), MinDays, null), Days(nameof(MaxDays), MaxDays, null), Days(nameof(BufferDays), BufferDays, 0),
            Required(nameof(LateFeePerDay), LateFeePerDay), EarlyReturn);
        if (errors.Count > 0) return Result<RentalTerms>.Failure(errors);
        var invalid = terms.Validate();
        return invalid.Count > 0 ? Result<RentalTerms>.Failure(invalid) : terms;
    }
}
