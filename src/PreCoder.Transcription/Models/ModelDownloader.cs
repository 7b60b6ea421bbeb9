using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using PreCoder.Core.Errors;

namespace PreCoder.Transcription.Models;

/// <summary>
/// Downloads a model into <c>NAME.part</c>, resuming with an HTTP range request after a dropped connection, retrying
/// transient failures with exponential back-off (Polly), checking the SHA-256 against the manifest and the ggml
/// header, and only then renaming it into place - so a model file that exists is a complete one.
/// </summary>
public sealed partial class ModelDownloader
{
    private readonly HttpClient _http;
    private readonly ModelDownloadOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ModelDownloader> _logger;
    private readonly ResiliencePipeline _retry;
    private readonly ResiliencePipeline _response;

    public ModelDownloader(HttpClient http, ModelDownloadOptions? options = null, TimeProvider? timeProvider = null, ILogger<ModelDownloader>? logger = null)
    {
        _http = http;
        _options = options ?? new ModelDownloadOptions();
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<ModelDownloader>.Instance;
        _retry = new ResiliencePipelineBuilder { TimeProvider = _time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, _options.MaxRetries),
                Delay = _options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder()
                    .Handle<ModelDownloadException>()
                    .Handle<TimeoutRejectedException>()
                    .Handle<IOException>()
                    .Handle<HttpRequestException>(e => e.StatusCode is null or >= HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests),
                OnRetry = args =>
                {
                    LogRetry(args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.Message);
                    return default;
                },
            })
            .Build();
        _response = new ResiliencePipelineBuilder { TimeProvider = _time }.AddTimeout(_options.ResponseTimeout).Build();
    }

    /// <summary>Downloads <paramref name="model"/> into <paramref name="directory"/>; returns the file's path.</summary>
    /// <exception cref="UnavailableException">The server does not have it, or every attempt failed.</exception>
    public async Task<string> DownloadAsync(ModelManifestEntry model, string directory, IProgress<(long Done, long? Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, model.File);
        var part = target + ".part";
        try
        {
            await _retry.ExecuteAsync(async ct => await AttemptAsync(model, part, progress, ct), cancellationToken);
        }
        catch (Exception ex) when (ex is ModelDownloadException or TimeoutRejectedException or IOException or HttpRequestException)
        {
            throw new UnavailableException($"{model.Url}: download of {model.File} failed after {_options.MaxRetries + 1} attempts ({ex.Message.TrimEnd('.')}); run the command again to resume, or put the file in {directory}/ yourself");
        }
        try
        {
            GgmlModelReader.Validate(part);
        }
        catch (InputException ex)
        {
            File.Delete(part);
            throw new UnavailableException($"{model.Url}: the download is not a usable model ({ex.Problem}); it was deleted");
        }
        File.Move(part, target, overwrite: true);
        return target;
    }

    private async Task AttemptAsync(ModelManifestEntry model, string part, IProgress<(long Done, long? Total)>? progress, CancellationToken cancellationToken)
    {
        var have = File.Exists(part) ? new FileInfo(part).Length : 0;
        using var request = new HttpRequestMessage(HttpMethod.Get, model.Url);
        if (have > 0)
        {
            request.Headers.Range = new RangeHeaderValue(have, null);
        }
        using var response = await _response.ExecuteAsync(
            async ct => await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct), cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            throw new UnavailableException($"{model.Url}: not found on the server (HTTP {(int)response.StatusCode}); check the manifest's URL for {model.Name}");
        }
        var append = false;
        if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable && have > 0)
        {
            // The part file already holds everything the server has: check it.
            Verify(model, part);
            return;
        }
        if (response.StatusCode == HttpStatusCode.PartialContent)
        {
            append = response.Content.Headers.ContentRange?.From == have;
            if (!append)
            {
                throw new ModelDownloadException($"server resumed at byte {response.Content.Headers.ContentRange?.From} instead of {have}");
            }
            LogResuming(model.File, have);
        }
        else
        {
            response.EnsureSuccessStatusCode();
            have = 0;
        }
        long? total = response.Content.Headers.ContentLength is { } length ? length + have : model.Size;
        await using (var file = new FileStream(part, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        await using (var body = await response.Content.ReadAsStreamAsync(cancellationToken))
        {
            var buffer = new byte[1 << 16];
            while (true)
            {
                using var stall = new CancellationTokenSource(_options.StallTimeout, _time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stall.Token);
                int n;
                try
                {
                    n = await body.ReadAsync(buffer, linked.Token);
                }
                catch (OperationCanceledException) when (stall.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw new ModelDownloadException($"no data for {_options.StallTimeout.TotalSeconds:F0} s");
                }
                if (n == 0)
                {
                    break;
                }
                await file.WriteAsync(buffer.AsMemory(0, n), cancellationToken);
                have += n;
                progress?.Report((have, total));
            }
        }
        if (total is { } expected && have < expected)
        {
            throw new ModelDownloadException($"connection closed at byte {have} of {expected}");
        }
        Verify(model, part);
    }

    private static void Verify(ModelManifestEntry model, string part)
    {
        var length = new FileInfo(part).Length;
        if (model.Size is { } size && length != size)
        {
            File.Delete(part);
            throw new ModelDownloadException($"size {length} bytes, the manifest says {size}");
        }
        if (model.Sha256 is { } expected)
        {
            var actual = Sha256Of(part);
            if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                File.Delete(part);
                throw new ModelDownloadException($"SHA-256 mismatch: expected {expected}, got {actual}");
            }
        }
    }

    /// <summary>Lower-case hex SHA-256 of a file.</summary>
    public static string Sha256Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model download attempt {Attempt} failed ({Reason}); retrying in {Delay}")]
    private partial void LogRetry(int attempt, TimeSpan delay, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming {File} at byte {Offset}")]
    private partial void LogResuming(string file, long offset);
}
