using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Printing.Domain;

public enum PrinterProtocol { EscPos = 1 }

/// A networked label printer (raw TCP, usually port 9100), optionally assigned to one picker (by mobile) and/or
/// a station (e.g. "收货台1"), which is how the picker app finds "my printer".
public sealed class Printer : AggregateRoot
{
    public const int MaxNameLength = 40, MaxHostLength = 100, MaxStationLength = 40, DefaultPort = 9100;
    public static readonly int[] PaperWidths = [58, 80];

    private Printer() { }

    public string Name { get; private set; } = "";
    public string Host { get; private set; } = "";
    public int Port { get; private set; }
    public PrinterProtocol Protocol { get; private set; }
    public int PaperWidthMm { get; private set; }
    public string? PickerPhone { get; private set; }
    public string? Station { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime UpdatedUtc { get; private set; }

    public static Printer Add(PrinterSettings settings, DateTime now)
    {
        var printer = new Printer { CreatedUtc = now };
        printer.Apply(settings, now);
        return printer;
    }

    public void Change(PrinterSettings settings, DateTime now) => Apply(settings, now);

    private void Apply(PrinterSettings s, DateTime now)
    {
        Name = s.Name.Trim();
        Host = s.Host.Trim();
        Port = s.Port;
        Protocol = s.Protocol;
        PaperWidthMm = s.PaperWidthMm;
        PickerPhone = string.IsNullOrWhiteSpace(s.PickerPhone) ? null : s.PickerPhone.Trim();
        Station = string.IsNullOrWhiteSpace(s.Station) ? null : s.Station.Trim();
        UpdatedUtc = now;
    }
}

/// Already validated values (the command's validator checks them).
public sealed record PrinterSettings(string Name, string Host, int Port, PrinterProtocol Protocol, int PaperWidthMm, string? PickerPhone, string? Station);
