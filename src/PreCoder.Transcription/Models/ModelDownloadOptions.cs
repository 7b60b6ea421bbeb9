namespace PreCoder.Transcription.Models;

/// <summary>Retries and timeouts of model downloads.</summary>
public sealed class ModelDownloadOptions
{
    /// <summary>Attempts after the first. The default value is 4.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>Base delay of the exponential back-off between attempts. The default value is 2 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long to wait for the server to start answering. The default value is 60 seconds.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a download may receive nothing before the attempt is abandoned (and resumed). The default value is 60 seconds.</summary>
    public TimeSpan StallTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
