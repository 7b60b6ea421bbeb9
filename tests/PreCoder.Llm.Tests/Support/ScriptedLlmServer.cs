using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PreCoder.Llm.Tests.Support;

/// <summary>
/// An OpenAI-compatible chat completions server on 127.0.0.1 for tests: answers each request with the next scripted
/// response, or with <see cref="Default"/> when the script is used up, and records every request it receives.
/// </summary>
public sealed class ScriptedLlmServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<Func<RecordedRequest, ScriptedResponse>> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly CancellationTokenSource _stop = new();
    private int _inFlight;
    private int _maxInFlight;

    public ScriptedLlmServer()
    {
        var port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        Endpoint = $"http://127.0.0.1:{port}/v1";
        _ = Task.Run(LoopAsync);
    }

    public string Endpoint { get; }

    /// <summary>Answers requests once the script is used up. Default: a valid coding answer for whatever was asked.</summary>
    public Func<RecordedRequest, ScriptedResponse> Default { get; set; } = r => ScriptedResponse.Chat(CodingAnswers.Valid(r));

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>Most requests the server was answering at the same moment.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public ScriptedLlmServer Then(ScriptedResponse response) => Then(_ => response);

    public ScriptedLlmServer Then(Func<RecordedRequest, ScriptedResponse> response)
    {
        _script.Enqueue(response);
        return this;
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var request = new RecordedRequest(DateTimeOffset.UtcNow, context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body);
            _requests.Enqueue(request);
            var response = _script.TryDequeue(out var next) ? next(request) : Default(request);
            if (response.Delay > TimeSpan.Zero)
            {
                await Task.Delay(response.Delay, _stop.Token);
            }
            var bytes = Encoding.UTF8.GetBytes(response.Body);
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }
            context.Response.ContentLength64 = bytes.Length;
            if (response.Truncate)
            {
                await context.Response.OutputStream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
                await context.Response.OutputStream.FlushAsync();
                context.Response.Abort();
                return;
            }
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception)
        {
            // The client gave up (a timeout test) or the server is stopping: nothing to answer.
            try
            {
                context.Response.Abort();
            }
            catch (Exception)
            {
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
    }
}
