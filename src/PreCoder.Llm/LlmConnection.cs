using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using PreCoder.Core.Errors;
using PreCoder.Llm.Audit;
using PreCoder.Llm.Caching;
using PreCoder.Llm.Chat;
using PreCoder.Llm.Configuration;
using PreCoder.Llm.Privacy;
using PreCoder.Llm.Resilience;

namespace PreCoder.Llm;

/// <summary>
/// The model as one study's run sees it: settings checked, the privacy guard passed, Semantic Kernel's connector on an
/// HTTP client with the resilience handler, wrapped by the study's response cache and audit log. Built before any
/// request, so a bad setting or a refused endpoint stops the run with nothing sent.
/// </summary>
public sealed class LlmConnection : IDisposable
{
    private readonly HttpClient _http;

    private LlmConnection(LlmOptions options, Uri endpoint, string studyFolder, HttpClient http, ILlmChat chat, LlmUsage usage, bool pseudonymise)
    {
        Options = options;
        Endpoint = endpoint;
        StudyFolder = studyFolder;
        _http = http;
        Chat = chat;
        Usage = usage;
        Pseudonymise = pseudonymise;
    }

    public LlmOptions Options { get; }

    public Uri Endpoint { get; }

    public string StudyFolder { get; }

    /// <summary>Audited, cached, resilient chat completion.</summary>
    public ILlmChat Chat { get; }

    public LlmUsage Usage { get; }

    /// <summary>True when names must be replaced before sending (a remote endpoint, or <c>Llm:Pseudonymise=Always</c>).</summary>
    public bool Pseudonymise { get; }

    public static string CacheDirectory(string studyFolder) => Path.Combine(studyFolder, "llm", "cache");

    public static string AuditLogPath(string studyFolder) => Path.Combine(studyFolder, "logs", "llm-audit.jsonl");

    public static string PseudonymTablePath(string studyFolder) => Path.Combine(studyFolder, "llm", "pseudonyms.json");

    /// <param name="transport">The innermost HTTP handler; tests pass one that records requests. Default: sockets.</param>
    /// <exception cref="InputException">A setting cannot work, or the endpoint is remote and the study keeps its text local.</exception>
    public static LlmConnection Open(LlmOptions options, string studyFolder, bool allowNetwork, TimeProvider? time = null, HttpMessageHandler? transport = null, ILogger? logger = null)
    {
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new InputException("configuration", null, ex.Message);
        }
        var endpoint = new Uri(options.Endpoint, UriKind.Absolute);
        EndpointGuard.EnsureAllowed(endpoint, allowNetwork);
        time ??= TimeProvider.System;
        var key = ApiKey.FromEnvironment(options.ApiKeyEnv);
        if (options.Provider == LlmProvider.AzureOpenAI && key is null)
        {
            throw new InputException("Llm:ApiKeyEnv", null, $"Azure OpenAI needs a key: set the environment variable {options.ApiKeyEnv}");
        }
        var pipeline = LlmResilience.Build(options, time, logger);
        // The pipeline's timeout governs each attempt; HttpClient's own would cut across retries.
        var http = new HttpClient(new ResilientHttpHandler(pipeline, transport ?? new SocketsHttpHandler()), disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        IChatCompletionService service = options.Provider switch
        {
            LlmProvider.AzureOpenAI => new AzureOpenAIChatCompletionService(options.Model, options.Endpoint, key!, httpClient: http),
            // A local server needs no key, but the client library refuses an empty one; this placeholder is not a secret.
            // The custom-endpoint constructor is marked experimental (SKEXP0010); it is the one that reaches Ollama and vLLM.
#pragma warning disable SKEXP0010
            _ => new OpenAIChatCompletionService(options.Model, endpoint, key ?? "no-key", httpClient: http),
#pragma warning restore SKEXP0010
        };
        var pseudonymise = options.Pseudonymise == PseudonymiseMode.Always || !EndpointGuard.IsLocal(endpoint);
        var usage = new LlmUsage(options.InputCostPerMillion, options.OutputCostPerMillion);
        ILlmChat chat = new SemanticKernelChat(service, options);
        chat = new CachedChat(chat, new ResponseCache(CacheDirectory(studyFolder)), options.Model);
        chat = new AuditedChat(chat, new AuditLog(AuditLogPath(studyFolder)), usage, options.Model, endpoint.Host, pseudonymise, time);
        return new LlmConnection(options, endpoint, studyFolder, http, chat, usage, pseudonymise);
    }

    /// <summary>
    /// The study's pseudonymiser when names must be masked (null otherwise): names found in these texts and speaker
    /// labels, minus the codebook's vocabulary, numbered stably in the study's table.
    /// </summary>
    public Pseudonymiser? PseudonymiserFor(IEnumerable<string> texts, IEnumerable<string> speakers, IEnumerable<string> vocabulary) =>
        Pseudonymise
            ? Pseudonymiser.LoadOrExtend(PseudonymTablePath(StudyFolder), NameFinder.Find(texts, speakers, vocabulary, Options.KeepTerms, Options.MaskTerms))
            : null;

    public void Dispose() => _http.Dispose();
}
