using PreCoder.Classification.Classifiers;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Suggestions;
using PreCoder.Llm.Chat;
using PreCoder.Llm.Configuration;
using PreCoder.Llm.Privacy;

namespace PreCoder.Llm.Coding;

/// <summary>
/// Codes an interview with a language model, one request per codebook category (and per chunk of a long interview),
/// not per variable, to bound cost. Every answer is verified; a rejected one is retried once with its problems, and a
/// variable still without a verified answer gets the fallback classifier's suggestion, marked as such in its rationale.
/// Variables the model does not code (passage-level, numeric, nominal, or with nothing to read) keep the fallback's.
/// </summary>
public sealed class LlmClassifier : IClassifier
{
    public const string ClassifierName = "llm";

    /// <summary>An LLM's own certainty is not calibrated; suggestions sit in the medium band until <c>evaluate</c> measures them.</summary>
    public const double Confidence = 0.5;

    private readonly ILlmChat _chat;
    private readonly Codebook _codebook;
    private readonly IClassifier _fallback;
    private readonly LlmOptions _options;
    private readonly Pseudonymiser? _pseudonymiser;
    private readonly TimeProvider _time;
    private readonly CategoryPrompt _prompt = new();

    public LlmClassifier(ILlmChat chat, Codebook codebook, IClassifier fallback, LlmOptions options, Pseudonymiser? pseudonymiser, TimeProvider time)
    {
        _chat = chat;
        _codebook = codebook;
        _fallback = fallback;
        _options = options;
        _pseudonymiser = pseudonymiser;
        _time = time;
        ModelVersion = $"{options.Model}/{_prompt.Version}";
    }

    public string Name => ClassifierName;

    /// <summary>The run's tokens and cost, for the summary; set by whoever opened the connection.</summary>
    public Audit.LlmUsage? Usage { get; init; }

    /// <summary>The model and the prompt templates' versions, e.g. <c>llama3.1:8b/code-category.v1+code-correction.v1</c>.</summary>
    public string ModelVersion { get; }

    /// <summary>True for a variable the model is asked about in this interview.</summary>
    public static bool IsCoded(Variable v, InterviewCase interview) =>
        v.Unit == CodingUnit.Interview
        && v.Scale.HasPresence
        && v.AppliesToAttributes(interview.Attributes ?? new Dictionary<string, string>())
        && interview.Passages.Any(p => RoleMatch.Accepts(v.Role, p.Role));

    public async Task<IReadOnlyList<Suggestion>> ClassifyAsync(InterviewCase interview, CancellationToken cancellationToken)
    {
        var fallback = await _fallback.ClassifyAsync(interview, cancellationToken);
        var coded = _codebook.Variables.Where(v => IsCoded(v, interview)).ToArray();
        var categories = _codebook.Categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        // Categories go out together; the resilience pipeline's concurrency limit decides how many are in flight.
        var outcomes = await Task.WhenAll(coded
            .GroupBy(v => v.Category, StringComparer.Ordinal)
            .Select(g => CodeCategoryAsync(categories.GetValueOrDefault(g.Key) ?? new Category(g.Key, g.Key), g.ToArray(), interview, cancellationToken)));
        var answers = outcomes.SelectMany(o => o.Answers).ToDictionary(a => a.VariableId, StringComparer.Ordinal);
        var failures = outcomes.SelectMany(o => o.Failures).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var now = _time.GetUtcNow();
        var suggestions = new List<Suggestion>();
        foreach (var v in _codebook.Variables)
        {
            if (answers.TryGetValue(v.Id, out var a))
            {
                var rationale = a.Rationale.Length > 0 ? a.Rationale : "scored by the language model";
                suggestions.Add(MachineSuggestion.Create(this, interview, null, v.Id, a.Value, Confidence, a.Evidence, rationale, now));
                continue;
            }
            var prefix = failures.TryGetValue(v.Id, out var reason)
                ? $"fallback to the embedded classifier (LLM answer rejected: {reason})"
                : "from the embedded classifier (not a variable the LLM codes)";
            suggestions.AddRange(fallback.Where(s => s.VariableId == v.Id).Select(s =>
                MachineSuggestion.Create(this, interview, s.PassageId, s.VariableId, s.Value, s.Confidence, s.Evidence, $"{prefix}: {s.Rationale}", now)));
        }
        return suggestions;
    }

    private sealed record CategoryOutcome(IReadOnlyList<VariableAnswer> Answers, IReadOnlyDictionary<string, string> Failures);

    private async Task<CategoryOutcome> CodeCategoryAsync(Category category, IReadOnlyList<Variable> variables, InterviewCase interview, CancellationToken cancellationToken)
    {
        var passages = interview.Passages
            .Where(p => variables.Any(v => RoleMatch.Accepts(v.Role, p.Role)))
            .Select(p => SentPassage.Of(p, _pseudonymiser))
            .ToArray();
        var budget = (int)((_options.ContextTokens - _options.MaxOutputTokens) * PassageChunker.CharsPerToken) - _prompt.OverheadChars(category, variables);
        var chunks = PassageChunker.Chunk(passages, Math.Max(budget, 2000));
        var perChunk = new List<IReadOnlyDictionary<string, VariableAnswer>>();
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < chunks.Count; i++)
        {
            var (valid, failed) = await CodeChunkAsync(category, variables, chunks[i], i + 1, chunks.Count, cancellationToken);
            perChunk.Add(valid);
            foreach (var (id, reason) in failed)
            {
                failures.TryAdd(id, reason);
            }
        }
        // A variable that failed in any part falls back whole: half an interview's reading is not the interview's score.
        var answers = variables.Where(v => !failures.ContainsKey(v.Id)).Select(v => Merge(v, perChunk.Select(c => c[v.Id]).ToArray())).ToArray();
        return new CategoryOutcome(answers, failures);
    }

    private async Task<(IReadOnlyDictionary<string, VariableAnswer> Valid, IReadOnlyDictionary<string, string> Failed)> CodeChunkAsync(
        Category category, IReadOnlyList<Variable> variables, IReadOnlyList<SentPassage> chunk, int part, int parts, CancellationToken cancellationToken)
    {
        var request = _prompt.Build(category, variables, chunk, part, parts);
        var ids = variables.Select(v => v.Id).ToArray();
        ParsedAnswer first;
        string content;
        try
        {
            content = (await _chat.CompleteAsync(request, cancellationToken)).Content;
            first = AnswerParser.Parse(content, variables, chunk, _pseudonymiser);
        }
        catch (LlmCallException ex)
        {
            return (new Dictionary<string, VariableAnswer>(), ids.ToDictionary(id => id, _ => $"call failed: {ex.Message}"));
        }
        var missing = first.Missing(ids);
        // An extra or foreign variable is dropped, not worth a retry when every asked variable has a verified answer.
        if (missing.Count == 0)
        {
            return (first.Valid, new Dictionary<string, string>());
        }
        var valid = new Dictionary<string, VariableAnswer>(first.Valid, StringComparer.Ordinal);
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var second = AnswerParser.Parse((await _chat.CompleteAsync(_prompt.Correct(request, content, first.Problems, variables.Count), cancellationToken)).Content, variables, chunk, _pseudonymiser);
            foreach (var id in missing)
            {
                if (second.Valid.TryGetValue(id, out var answer))
                {
                    valid[id] = answer;
                }
                else
                {
                    failed[id] = $"{first.ReasonFor(id)}; again after one retry: {second.ReasonFor(id)}";
                }
            }
        }
        catch (LlmCallException ex)
        {
            foreach (var id in missing)
            {
                failed[id] = $"{first.ReasonFor(id)}; retry call failed: {ex.Message}";
            }
        }
        return (valid, failed);
    }

    /// <summary>Chunks of one interview: the highest score any part supports (missing only if every part says so), and the quotes behind it.</summary>
    private static VariableAnswer Merge(Variable v, IReadOnlyList<VariableAnswer> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }
        var numeric = parts.Where(p => p.Value is not null).ToArray();
        if (numeric.Length == 0)
        {
            return parts[0];
        }
        var best = numeric.MaxBy(p => p.Value)!;
        var evidence = numeric.Where(p => p.Value > 0).OrderByDescending(p => p.Value).SelectMany(p => p.Evidence).Take(AnswerParser.MaxQuotes).ToArray();
        return new VariableAnswer(v.Id, best.Value, evidence, best.Rationale);
    }
}
