using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Domain;

/// The address as it was at checkout: later edits of the address book never change a placed order.
public sealed record ShipTo(string Recipient, string Phone, string RegionCode, string Detail);

public enum InvoiceKind { None = 0, Personal = 1, Company = 2 }

/// 发票信息: none, personal (a name as title) or company (name + unified social credit code as tax id).
public sealed record Invoice(InvoiceKind Kind, string? Title, string? TaxId)
{
    public const int MaxTitleLength = 100;
    public static readonly Invoice None = new(InvoiceKind.None, null, null);

    public static Result<Invoice> Create(InvoiceKind kind, string? title, string? taxId)
    {
        if (kind == InvoiceKind.None) return None;
        title = title?.Trim();
        if (string.IsNullOrEmpty(title)) return Error.Validation("InvoiceTitle", "请填写发票抬头");
        if (title.Length > MaxTitleLength) return Error.Validation("InvoiceTitle", "发票抬头最多 {0} 个字", MaxTitleLength);
        if (kind == InvoiceKind.Personal) return new Invoice(kind, title, null);
        taxId = taxId?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(taxId)) return Error.Validation("TaxId", "请填写纳税人识别号");
        if (!CreditCode.IsValid(taxId)) return Error.Validation("TaxId", "纳税人识别号应为18位统一社会信用代码，且校验位正确");
        return new Invoice(kind, title, taxId);
    }
}

/// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-letter alphabet, the last one a check character.
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string code)
    {
        if (code.Length != 18) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Alphabet.IndexOf(code[i]);
            if (v < 0) return false;
            sum += v * Weights[i];
        }
        var check = (31 - sum % 31) % 31;
        return code[17] == Alphabet[check];
    }
}

/// Shipping per merchant sub-order: a flat express fee, free from a threshold of goods value; pickup is free.
public sealed record ShippingPolicy(long ExpressFeeFen, long FreeFromFen)
{
    public long FeeFor(DeliveryMethod delivery, long goodsFen) =>
        delivery == DeliveryMethod.SelfPickup || goodsFen >= FreeFromFen ? 0 : ExpressFeeFen;
}
