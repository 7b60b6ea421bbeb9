namespace PreCoder.Llm.Configuration;

/// <summary>
/// The <c>Llm</c> configuration section: which language model codes and translates, and how hard to try. Validated by
/// <see cref="Validate"/> before any request, so a bad value fails at start instead of after an hour of calls.
/// </summary>
public sealed class LlmOptions
{
    public const string Section = "Llm";

    /// <summary>OpenAI (any OpenAI-compatible server: Ollama, llama.cpp, vLLM, OpenAI) or AzureOpenAI. The default value is OpenAI.</summary>
    public LlmProvider Provider { get; set; } = LlmProvider.OpenAI;

    /// <summary>
    /// Base URL of the API, e.g. <c>http://127.0.0.1:11434/v1</c> for Ollama. The default value is Ollama's local
    /// address; an address that is not on this machine needs <c>Study:AllowNetwork</c>.
    /// </summary>
    public string Endpoint { get; set; } = "http://127.0.0.1:11434/v1";

    /// <summary>Model name (Azure: the deployment name). Part of every suggestion's model version and of the cache key.</summary>
    public string Model { get; set; } = "";

    /// <summary>
    /// Name of the environment variable that holds the API key. The key itself is never read from settings files and
    /// is never written anywhere. An unset variable sends no key (local servers need none). The default value is OPENAI_API_KEY.
    /// </summary>
    public string ApiKeyEnv { get; set; } = "OPENAI_API_KEY";

    /// <summary>Longest wait for one HTTP attempt before it counts as failed and may be retried. The default value is 2 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts after the first on 429, 5xx, timeouts and broken connections. The default value is 4.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>First back-off delay; doubled each retry, with jitter. The default value is 2 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait between attempts, also the most a server's <c>Retry-After</c> is honoured for. The default value is 2 minutes.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Share of failed attempts within <see cref="BreakerSamplingDuration"/> that opens the circuit. The default value is 0.5.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts within the sampling window before the breaker may open. The default value is 6.</summary>
    public int BreakerMinimumThroughput { get; set; } = 6;

    /// <summary>Window over which failures are counted. The default value is 1 minute.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an open circuit fails calls at once (they fall back) before trying the server again. The default value is 1 minute.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Requests in flight at once; further ones wait their turn. The default value is 2.</summary>
    public int MaxConcurrency { get; set; } = 2;

    /// <summary>Most tokens the model may write per answer (sent as max_completion_tokens). The default value is 4096.</summary>
    public int MaxOutputTokens { get; set; } = 4096;

    /// <summary>
    /// The model's context window in tokens. An interview whose passages do not fit (with the prompt and the answer)
    /// is sent in chunks and the evidence merged. The default value is 16384.
    /// </summary>
    public int ContextTokens { get; set; } = 16384;

    /// <summary>
    /// JsonSchema (default): each request carries a JSON schema of the answer; JsonObject or Text for servers that
    /// reject schemas. Answers are verified the same way in every case.
    /// </summary>
    public ResponseFormat ResponseFormat { get; set; } = ResponseFormat.JsonSchema;

    /// <summary>Sampling temperature; 0 makes reruns as repeatable as the server allows. The default value is 0.</summary>
    public double Temperature { get; set; }

    /// <summary>Seed sent with each request, for servers that honour it. The default value is 17.</summary>
    public long Seed { get; set; } = 17;

    /// <summary>Price per million input tokens, for the run's estimated cost (0 for a local model). The default value is 0.</summary>
    public decimal InputCostPerMillion { get; set; }

    /// <summary>Price per million output tokens. The default value is 0.</summary>
    public decimal OutputCostPerMillion { get; set; }

    /// <summary>Remote (default): pseudonymise names and places only when text leaves the machine; Always: also for a local server.</summary>
    public PseudonymiseMode Pseudonymise { get; set; } = PseudonymiseMode.Remote;

    /// <summary>Capitalised words never replaced by a placeholder (besides the codebook's own words), e.g. Syria or Allah.</summary>
    public string[] KeepTerms { get; set; } = [];

    /// <summary>Words always replaced by a placeholder (names the automatic detection could miss, e.g. written in lower case).</summary>
    public string[] MaskTerms { get; set; } = [];

    /// <summary>Throws with the setting's name and the problem when a value cannot work.</summary>
    public void Validate()
    {
        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"Llm:Endpoint '{Endpoint}' is not an http(s) URL");
        }
        if (string.IsNullOrWhiteSpace(Model))
        {
            throw new ArgumentException("Llm:Model is not set (e.g. --set Llm:Model=llama3.1:8b)");
        }
        Positive(Timeout, "Llm:Timeout");
        Positive(RetryDelay, "Llm:RetryDelay");
        Positive(BreakerSamplingDuration, "Llm:BreakerSamplingDuration");
        Positive(BreakDuration, "Llm:BreakDuration");
        if (MaxRetryDelay < RetryDelay)
        {
            throw new ArgumentException("Llm:MaxRetryDelay must be at least Llm:RetryDelay");
        }
        if (MaxRetries is < 0 or > 20)
        {
            throw new ArgumentException("Llm:MaxRetries must be between 0 and 20");
        }
        if (BreakerFailureRatio is <= 0 or > 1)
        {
            throw new ArgumentException("Llm:BreakerFailureRatio must be above 0 and at most 1");
        }
        if (BreakerMinimumThroughput < 2)
        {
            throw new ArgumentException("Llm:BreakerMinimumThroughput must be at least 2");
        }
        if (MaxConcurrency < 1 || MaxOutputTokens < 16)
        {
            throw new ArgumentException("Llm:MaxConcurrency must be at least 1 and Llm:MaxOutputTokens at least 16");
        }
        if (ContextTokens < MaxOutputTokens + 1024)
        {
            throw new ArgumentException("Llm:ContextTokens must leave at least 1024 tokens besides Llm:MaxOutputTokens");
        }
        if (string.IsNullOrWhiteSpace(ApiKeyEnv))
        {
            throw new ArgumentException("Llm:ApiKeyEnv must name an environment variable");
        }
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{name} must be positive");
        }
    }
}
