using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Persistence;

namespace SharedWarehouse.Modules.Payments.Gateways.Simulator;

/// Payments:Simulator. The rates make the simulator behave like a real gateway on a bad day: a rate of
/// 0 never, 1 always (tests set them so). A single instance, so tests can change it at run time.
public sealed class SimulatorOptions
{
    public const string Section = "Payments:Simulator";

    /// Shared with the "gateway"; when empty a random one is made once and kept in the data folder.
    public string? Secret { get; set; }
    /// Share of notifications delivered twice.
    [Range(0.0, 1.0)]
    public double DuplicateRate { get; set; } = 0.1;
    /// Share of outcomes preceded by a stale "pending" notification (and, for a success, followed by a
    /// stale "failed" one from an earlier declined attempt).
    [Range(0.0, 1.0)]
    public double ReorderRate { get; set; } = 0.1;
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;
    [Range(1, 3600)]
    public int DeliveryIntervalSeconds { get; set; } = 5;
    public string MerchantName { get; set; } = "共享云仓商城";
}

/// The notification secret. Never logged: only its source is.
public sealed class SimulatorSecret(SimulatorOptions options, IOptions<StorageOptions> storage)
{
    private readonly Lazy<byte[]> _key = new(() => Load(options, storage.Value));

    public byte[] Key => _key.Value;

    private static byte[] Load(SimulatorOptions options, StorageOptions storage)
    {
        if (!string.IsNullOrWhiteSpace(options.Secret)) return Encoding.UTF8.GetBytes(options.Secret);
        // A dev default kept next to the database: stable across restarts and shared by nodes sharing the folder.
        var path = Path.Combine(storage.DataPath, "payments-simulator.key");
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Made earlier or by another node at the same moment: use that one.
        }
        return Encoding.UTF8.GetBytes(File.ReadAllText(path).Trim());
    }
}
