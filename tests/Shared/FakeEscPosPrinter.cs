using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace SharedWarehouse.Testing;

public enum FakePrinterMode
{
    /// Reads everything and answers each status request (DLE EOT 1) with "online".
    Normal,
    /// Accepts the connection but never reads (a jammed or hung printer): writes block once the buffers fill,
    /// status requests are never answered.
    Stalled,
    /// Reads everything but answers status requests with "offline" (cover open / paper out).
    PaperOut,
}

/// A networked ESC/POS printer on 127.0.0.1 for tests and benchmarks: captures the bytes of every connection.
/// Linked into the test projects and the benchmark (tests/Shared).
public sealed class FakeEscPosPrinter : IAsyncDisposable
{
    private static readonly byte[] StatusRequest = [0x10, 0x04, 0x01];
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<byte[]> _received = new();
    private readonly ConcurrentBag<Socket> _held = [];
    private readonly Task _acceptLoop;
    private int _open, _maxOpen, _connections;

    private FakeEscPosPrinter(FakePrinterMode mode)
    {
        Mode = mode;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        if (mode == FakePrinterMode.Stalled) _listener.Server.ReceiveBufferSize = 1024; // inherited by accepted sockets
        _listener.Start(backlog: 64);
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptLoopAsync();
    }

    public static FakeEscPosPrinter Start(FakePrinterMode mode = FakePrinterMode.Normal) => new(mode);

    /// A port nothing listens on: an offline printer (connection refused).
    public static int OfflinePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public FakePrinterMode Mode { get; }
    public int Port { get; }
    public string Host => "127.0.0.1";

    /// The bytes of each finished connection, in the order the connections closed.
    public IReadOnlyList<byte[]> Received => _received.ToArray();
    public int Connections => Volatile.Read(ref _connections);
    /// The most connections that were open at the same moment (one printer = one at a time).
    public int MaxConcurrentConnections => Volatile.Read(ref _maxOpen);

    public async Task<IReadOnlyList<byte[]>> WaitForJobsAsync(int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (_received.Count < count && DateTime.UtcNow < until) await Task.Delay(20);
        return Received;
    }

    private async Task AcceptLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                if (Mode == FakePrinterMode.Stalled)
                {
                    _held.Add(socket); // never read
                    continue;
                }
                _ = Task.Run(() => ServeAsync(socket));
            }
        }
        catch (OperationCanceledException) { }
        catch (ObjectDisposedException) { }
        catch (SocketException) { }
    }

    private async Task ServeAsync(Socket socket)
    {
        var open = Interlocked.Increment(ref _open);
        int seen;
        while (open > (seen = Volatile.Read(ref _maxOpen)) && Interlocked.CompareExchange(ref _maxOpen, open, seen) != seen) { }
        var data = new List<byte>();
        var answered = 0;
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var n = await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (n == 0) break;
                data.AddRange(buffer.AsSpan(0, n));
                for (var requests = CountStatusRequests(data); answered < requests; answered++)
                    await socket.SendAsync(new[] { Mode == FakePrinterMode.PaperOut ? (byte)0x1A : (byte)0x12 }, SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException) { }
        finally
        {
            Interlocked.Decrement(ref _open);
            _received.Enqueue(data.ToArray());
            socket.Dispose();
        }
    }

    private static int CountStatusRequests(List<byte> data)
    {
        var count = 0;
        for (var i = 0; i + 2 < data.Count; i++)
            if (data[i] == StatusRequest[0] && data[i + 1] == StatusRequest[1] && data[i + 2] == StatusRequest[2]) count++;
        return count;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        foreach (var socket in _held) socket.Dispose();
        try { await _acceptLoop; } catch { /* stopping */ }
        _stop.Dispose();
    }
}
