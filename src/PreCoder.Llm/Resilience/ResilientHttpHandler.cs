using Polly;

namespace PreCoder.Llm.Resilience;

/// <summary>
/// Runs each HTTP request through the resilience pipeline. Each attempt sends a fresh copy of the request (a request
/// message can be sent once) and reads the whole body inside the attempt, so a connection cut mid-body is a failed
/// attempt that is retried, not an error surfacing later in the connector's JSON reader.
/// </summary>
public sealed class ResilientHttpHandler(ResiliencePipeline<HttpResponseMessage> pipeline, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        return await pipeline.ExecuteAsync(async token =>
        {
            using var attempt = Copy(request, body);
            var response = await base.SendAsync(attempt, token);
            try
            {
                await response.Content.LoadIntoBufferAsync(token);
            }
            catch
            {
                response.Dispose();
                throw;
            }
            return response;
        }, cancellationToken);
    }

    private static HttpRequestMessage Copy(HttpRequestMessage request, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var (name, values) in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(name, values);
        }
        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var (name, values) in request.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(name, values);
            }
        }
        return copy;
    }
}
