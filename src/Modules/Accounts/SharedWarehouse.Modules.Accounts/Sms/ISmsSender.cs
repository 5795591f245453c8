namespace SharedWarehouse.Modules.Accounts.Sms;

/// A real SMS gateway adapter plugs in here by configuration; none is reachable from our machines.
public interface ISmsSender
{
    Task SendAsync(string phone, string text, CancellationToken ct);
}
