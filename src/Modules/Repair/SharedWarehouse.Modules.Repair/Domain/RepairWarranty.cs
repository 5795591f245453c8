namespace SharedWarehouse.Modules.Repair.Domain;

/// Is a repair free? The product's warranty runs from the moment the buyer received the line (a repair can only be asked
/// for a received sub-order, so that moment is always known); a completed repair carries its own warranty (default 90
/// days) and a new repair of the same line inside it is free too (the merchant refuses one for a different fault).
public static class RepairWarranty
{
    public static WarrantyBasis Of(DateTime receivedUtc, int warrantyMonths, DateTime? repairWarrantyUntilUtc, DateTime now)
    {
        if (warrantyMonths > 0 && receivedUtc.AddMonths(warrantyMonths) > now) return WarrantyBasis.ProductWarranty;
        if (repairWarrantyUntilUtc > now) return WarrantyBasis.RepairWarranty;
        return WarrantyBasis.None;
    }
}
