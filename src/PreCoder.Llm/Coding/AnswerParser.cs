using System.Globalization;
using System.Text.Json;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Llm.Privacy;

namespace PreCoder.Llm.Coding;

/// <summary>
/// Reads a model's answer strictly against what was asked: a JSON object with a <c>codes</c> array; each code a
/// variable of the requested category, coded once, a value on its scale or "missing", and for a value above 0 at least
/// one quote found in the passage it cites. Anything else is a problem; only verified answers are returned.
/// </summary>
public static class AnswerParser
{
    /// <summary>Quotes kept per variable, as for the embedded classifier.</summary>
    public const int MaxQuotes = 3;

    public static ParsedAnswer Parse(string content, IReadOnlyList<Variable> requested, IReadOnlyList<SentPassage> passages, Pseudonymiser? pseudonymiser)
    {
        var problems = new List<AnswerProblem>();
        var valid = new Dictionary<string, VariableAnswer>(StringComparer.Ordinal);
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(StripFence(content));
            root = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            problems.Add(new(null, "The answer is not valid JSON. Answer with one JSON object only.", "answer was not valid JSON"));
            return new(valid, problems);
        }
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("codes", out var codes) || codes.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new(null, "The answer must be a JSON object with a \"codes\" array.", "answer had no codes array"));
            return new(valid, problems);
        }
        var byId = requested.ToDictionary(v => v.Id, StringComparer.Ordinal);
        var byPassage = passages.ToDictionary(p => p.Passage.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes.EnumerateArray())
        {
            if (code.ValueKind != JsonValueKind.Object || !code.TryGetProperty("variable", out var idElement) || idElement.ValueKind != JsonValueKind.String)
            {
                problems.Add(new(null, "Every item of \"codes\" must be an object with a \"variable\" id.", "a code had no variable id"));
                continue;
            }
            var id = idElement.GetString()!;
            if (!byId.TryGetValue(id, out var variable))
            {
                problems.Add(new(null, $"\"{id}\" is not one of the variables of this category; code only the variables listed.", "answer named a variable outside the category"));
                continue;
            }
            if (!seen.Add(id))
            {
                valid.Remove(id);
                problems.Add(new(id, $"{id} is coded more than once; code each variable once.", "variable coded more than once"));
                continue;
            }
            if (ReadVariable(code, variable, byPassage, pseudonymiser, problems) is { } answer)
            {
                valid[id] = answer;
            }
        }
        foreach (var v in requested.Where(v => !seen.Contains(v.Id)))
        {
            problems.Add(new(v.Id, $"{v.Id} has no code; code every variable listed.", "no answer for the variable"));
        }
        return new(valid, problems);
    }

    private static VariableAnswer? ReadVariable(JsonElement code, Variable variable, IReadOnlyDictionary<string, SentPassage> passages, Pseudonymiser? pseudonymiser, List<AnswerProblem> problems)
    {
        var id = variable.Id;
        if (!code.TryGetProperty("score", out var scoreElement))
        {
            problems.Add(new(id, $"{id} has no \"score\".", "no score"));
            return null;
        }
        double? value;
        var text = scoreElement.ValueKind switch
        {
            JsonValueKind.Number => scoreElement.GetRawText(),
            JsonValueKind.String => scoreElement.GetString()!,
            JsonValueKind.Null => "missing",
            _ => "",
        };
        if (!variable.Scale.TryParse(text, out var score, out _) || text.Length == 0)
        {
            problems.Add(new(id, $"{id}: score {scoreElement.GetRawText()} is not on its scale; allowed: {string.Join(", ", variable.Scale.Levels.Select(l => l.ToString(CultureInfo.InvariantCulture)))} or \"missing\".",
                $"score off the scale ({variable.Scale.Describe()})"));
            return null;
        }
        value = score.Value;
        var evidence = new List<EvidenceQuote>();
        if (value > 0)
        {
            if (!code.TryGetProperty("evidence", out var quotes) || quotes.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new(id, $"{id}: a score above 0 needs an \"evidence\" array of passage ids and exact quotes.", "present without evidence"));
                return null;
            }
            foreach (var q in quotes.EnumerateArray())
            {
                var passageId = q.ValueKind == JsonValueKind.Object && q.TryGetProperty("passage", out var pe) && pe.ValueKind == JsonValueKind.String ? pe.GetString()! : null;
                var quote = q.ValueKind == JsonValueKind.Object && q.TryGetProperty("quote", out var qe) && qe.ValueKind == JsonValueKind.String ? qe.GetString()! : null;
                if (passageId is null || quote is null)
                {
                    problems.Add(new(id, $"{id}: every evidence item needs \"passage\" and \"quote\" strings.", "malformed evidence"));
                    return null;
                }
                if (!passages.TryGetValue(passageId, out var passage) || !RoleMatch.Accepts(variable.Role, passage.Passage.Role))
                {
                    problems.Add(new(id, $"{id}: passage \"{passageId}\" is not one of the passages given for this variable.", "evidence cites a passage that was not given"));
                    return null;
                }
                var restored = pseudonymiser?.Restore(quote) ?? quote;
                if (QuoteMatcher.Find(passage.Text, restored) is not { } span)
                {
                    problems.Add(new(id, $"{id}: the quote \"{quote}\" is not in passage {passageId}; copy the words exactly.", "quote not found in the cited passage"));
                    return null;
                }
                var p = passage.Passage;
                var evidenceQuote = new EvidenceQuote(p.Id, span.Start, span.Length, passage.Text.Substring(span.Start, span.Length), passage.English, p.Start, p.End, p.Flags);
                if (!EvidenceQuotes.IsVerbatim(evidenceQuote, passage.Text))
                {
                    problems.Add(new(id, $"{id}: the quote \"{quote}\" is not in passage {passageId}.", "quote not verbatim"));
                    return null;
                }
                if (!evidence.Any(e => e.PassageId == evidenceQuote.PassageId && e.Start == evidenceQuote.Start && e.Length == evidenceQuote.Length))
                {
                    evidence.Add(evidenceQuote);
                }
            }
            if (evidence.Count == 0)
            {
                problems.Add(new(id, $"{id}: a score above 0 needs at least one quote.", "present without evidence"));
                return null;
            }
        }
        var rationale = code.TryGetProperty("rationale", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()!.Trim() : "";
        return new VariableAnswer(id, value, evidence.Take(MaxQuotes).ToArray(), pseudonymiser?.Restore(rationale) ?? rationale);
    }

    // A code fence around the whole answer is packaging, not content; anything else outside the object is an error.
    private static string StripFence(string content)
    {
        var s = content.Trim();
        if (s.StartsWith("```", StringComparison.Ordinal) && s.EndsWith("```", StringComparison.Ordinal) && s.Length >= 6)
        {
            var firstLine = s.IndexOf('\n');
            s = firstLine < 0 ? s[3..^3] : s[(firstLine + 1)..^3];
        }
        return s.Trim();
    }
}
