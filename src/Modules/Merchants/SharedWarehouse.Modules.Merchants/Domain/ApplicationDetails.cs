namespace SharedWarehouse.Modules.Merchants.Domain;

/// What the applicant fills in; IdNumber is already normalised and checked.
public sealed record ApplicationDetails(string ShopName, ShopType ShopType, string BusinessScope, string RegionCode,
    string LegalPersonName, string IdNumber);
