using System.Text.Json;
using PreCoder.Llm.Chat;
using PreCoder.Llm.Privacy;
using PreCoder.Llm.Prompts;

namespace PreCoder.Llm.Translation;

/// <summary>
/// Translates one segment's text into English, so a translation stays aligned with its segment (its times, speaker
/// and passage). The answer is read strictly (<c>{"english": "..."}</c>, not empty); a bad one is retried once with
/// the problem, then the segment is left untranslated rather than given a wrong text.
/// </summary>
public sealed class SegmentTranslator
{
    public const string Purpose = "translate";

    private const string Schema = """{"type":"object","additionalProperties":false,"required":["english"],"properties":{"english":{"type":"string"}}}""";

    private readonly ILlmChat _chat;
    private readonly Pseudonymiser? _pseudonymiser;
    private readonly PromptTemplate _template = PromptTemplate.Load("translate");

    public SegmentTranslator(ILlmChat chat, string model, Pseudonymiser? pseudonymiser)
    {
        _chat = chat;
        _pseudonymiser = pseudonymiser;
        Source = $"llm:{model}/{_template.Version}";
    }

    /// <summary>Where the English came from, e.g. <c>llm:llama3.1:8b/translate.v1</c>: recorded with the translations.</summary>
    public string Source { get; }

    /// <exception cref="LlmCallException">The model could not be reached or gave no usable translation after one retry.</exception>
    public async Task<string> TranslateAsync(string text, string? language, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>
        {
            ["language"] = string.IsNullOrWhiteSpace(language) ? "unknown (detect it)" : language,
            ["text"] = _pseudonymiser?.Mask(text) ?? text,
        };
        var request = new LlmRequest(Purpose, _template.Version, _template.RenderSystem(values), _template.RenderUser(values), Schema: Schema);
        var reply = await _chat.CompleteAsync(request, cancellationToken);
        if (Read(reply.Content, out var english, out var problem))
        {
            return english;
        }
        var retry = request with { PreviousAnswer = reply.Content, Correction = $"That answer could not be used: {problem} Answer with one JSON object only: {{\"english\":\"<the English translation>\"}}" };
        var second = await _chat.CompleteAsync(retry, cancellationToken);
        return Read(second.Content, out english, out problem)
            ? english
            : throw new LlmCallException($"no usable translation after one retry ({problem})");
    }

    private bool Read(string content, out string english, out string problem)
    {
        english = "";
        try
        {
            using var doc = JsonDocument.Parse(content.Trim().Trim('`').Trim());
            if (doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("english", out var e)
                && e.ValueKind == JsonValueKind.String
                && e.GetString() is { } s && !string.IsNullOrWhiteSpace(s))
            {
                english = _pseudonymiser?.Restore(s.Trim()) ?? s.Trim();
                problem = "";
                return true;
            }
            problem = "it has no non-empty \"english\" string.";
            return false;
        }
        catch (JsonException)
        {
            problem = "it is not valid JSON.";
            return false;
        }
    }
}
