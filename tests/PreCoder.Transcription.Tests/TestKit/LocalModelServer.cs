using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PreCoder.Transcription.Tests.TestKit;

/// <summary>
/// A hand-written HTTP server on 127.0.0.1 that serves one file with range support and can misbehave on request:
/// drop the first connection half way, answer 404, or never answer.
/// </summary>
public sealed class LocalModelServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _content;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LocalModelServer(byte[] content, ServerBehaviour behaviour = ServerBehaviour.Normal)
    {
        _content = content;
        Behaviour = behaviour;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string BaseUrl { get; }

    public ServerBehaviour Behaviour { get; }

    /// <summary>The Range header of every request, in order ("" when none).</summary>
    public ConcurrentQueue<string> Ranges { get; } = new();

    public int Requests => Ranges.Count;

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var range = context.Request.Headers["Range"] ?? "";
        Ranges.Enqueue(range);
        var response = context.Response;
        try
        {
            switch (Behaviour)
            {
                case ServerBehaviour.NotFound:
                    response.StatusCode = 404;
                    response.Close();
                    return;
                case ServerBehaviour.NeverAnswer:
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                    return;
            }
            long from = 0;
            if (range.StartsWith("bytes=", StringComparison.Ordinal))
            {
                from = long.Parse(range["bytes=".Length..].TrimEnd('-'));
                if (from >= _content.Length)
                {
                    response.StatusCode = 416;
                    response.Close();
                    return;
                }
                response.StatusCode = 206;
                response.AddHeader("Content-Range", $"bytes {from}-{_content.Length - 1}/{_content.Length}");
            }
            response.ContentLength64 = _content.Length - from;
            if (Behaviour == ServerBehaviour.DropFirstHalfway && Requests == 1)
            {
                await response.OutputStream.WriteAsync(_content.AsMemory((int)from, (_content.Length - (int)from) / 2));
                await response.OutputStream.FlushAsync();
                response.Abort();
                return;
            }
            await response.OutputStream.WriteAsync(_content.AsMemory((int)from));
            response.Close();
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
            response.Abort();
        }
        catch (HttpListenerException)
        {
            // The client went away.
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Abort();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // Stopped.
        }
    }
}
