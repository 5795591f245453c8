using System.Net.Sockets;

namespace SharedWarehouse.Modules.Printing.Queue;

/// A failed attempt with the message shown on the print-jobs page.
public sealed class PrinterException(string message, Exception? inner = null) : Exception(message, inner);

/// How bytes reach a printer; the TCP one in the app, anything in tests.
public interface IPrinterTransport
{
    /// Returns when the printer has taken the bytes; throws PrinterException otherwise.
    Task SendAsync(string host, int port, byte[] payload, CancellationToken ct);
}

/// Raw TCP ("port 9100" / JetDirect): connect, write, optionally ask for the status byte, close. Every step has
/// its own timeout, so an unreachable or stalled printer costs one timeout, never a hung worker.
public sealed class TcpPrinterTransport(PrintingOptions options) : IPrinterTransport
{
    /// DLE EOT 1: transmit printer status, answered in real time once the printer reads it.
    public static readonly byte[] StatusRequest = [0x10, 0x04, 0x01];

    public async Task SendAsync(string host, int port, byte[] payload, CancellationToken ct)
    {
        using var client = new TcpClient { NoDelay = true, SendTimeout = options.WriteTimeoutMs, ReceiveTimeout = options.WriteTimeoutMs };
        await Step(ct, options.ConnectTimeout, t => client.ConnectAsync(host, port, t),
            $"连接打印机超时（{options.ConnectTimeout.TotalSeconds:0.#} 秒）", "无法连接打印机");
        var stream = client.GetStream();
        var bytes = options.AwaitStatus ? [.. payload, .. StatusRequest] : payload;
        await Step(ct, options.WriteTimeout, async t => { await stream.WriteAsync(bytes, t); await stream.FlushAsync(t); },
            $"打印机未接收数据（{options.WriteTimeout.TotalSeconds:0.#} 秒内写不完）", "发送失败");
        if (options.AwaitStatus)
        {
            var status = new byte[1];
            var read = 0;
            await Step(ct, options.WriteTimeout, async t => read = await stream.ReadAsync(status, t),
                $"打印机无响应（{options.WriteTimeout.TotalSeconds:0.#} 秒内未返回状态）", "读取打印机状态失败");
            if (read == 0) throw new PrinterException("打印机未返回状态就断开了连接");
            if ((status[0] & 0x08) != 0) throw new PrinterException("打印机离线（缺纸、开盖或故障）");
        }
        client.Client.Shutdown(SocketShutdown.Both);
    }

    private static async Task Step(CancellationToken ct, TimeSpan timeout, Func<CancellationToken, ValueTask> step, string timeoutMessage, string failureMessage)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            await step(cts.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new PrinterException(timeoutMessage);
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            var code = (ex as SocketException ?? ex.InnerException as SocketException)?.SocketErrorCode.ToString() ?? ex.GetType().Name;
            throw new PrinterException($"{failureMessage}（{code}）", ex);
        }
    }
}
