using System.ComponentModel.DataAnnotations;

namespace SharedWarehouse.Modules.Repair;

/// Repair settings (appsettings "Repair"): the warranty of a product without terms of its own, the warranty a finished
/// repair carries against the same fault, and after how many days in the workshop a repair shows as overdue on the desk.
public sealed class RepairOptions
{
    public const string Section = "Repair";
    [Range(0, 120)]
    public int DefaultWarrantyMonths { get; set; }
    [Range(0, 3650)]
    public int RepairWarrantyDays { get; set; } = 90;
    [Range(1, 365)]
    public int RepairDays { get; set; } = 7;

    public TimeSpan RepairWarranty => TimeSpan.FromDays(RepairWarrantyDays);
    public TimeSpan RepairTime => TimeSpan.FromDays(RepairDays);
}
