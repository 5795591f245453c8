using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Accounts.Sms;

public sealed record SimulatedSms(string Phone, string Text, DateTime SentUtc);

/// Development stand-in for an SMS gateway: keeps the last messages for the dev page and writes them to
/// the log, which is its purpose. Real senders never log the text.
public sealed class SimulatedSmsSender(TimeProvider time, ILogger<SimulatedSmsSender> logger) : ISmsSender
{
    private const int Keep = 200;
    private readonly ConcurrentQueue<SimulatedSms> _sent = new();

    public IReadOnlyList<SimulatedSms> Recent => _sent.Reverse().ToList();

    public Task SendAsync(string phone, string text, CancellationToken ct)
    {
        _sent.Enqueue(new SimulatedSms(phone, text, time.GetUtcNow().UtcDateTime));
        while (_sent.Count > Keep) _sent.TryDequeue(out _);
        logger.LogWarning("[SMS simulator] to {Phone}: {Text}", MainlandMobile.Mask(phone), text);
        return Task.CompletedTask;
    }

    public string? LatestCodeFor(string phone) =>
        Recent.FirstOrDefault(m => m.Phone == phone)?.Text is { } text ? new string(text.Where(char.IsAsciiDigit).Take(6).ToArray()) : null;
}
