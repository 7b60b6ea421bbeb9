using System.Text.Json;

namespace PreCoder.Llm.Tests.Support;

/// <summary>
/// Answers a coding prompt the way a well-behaved model would, read from the prompt itself: the first variable scored
/// 2 with the first words of the first passage as its quote, the others 0. Variants break one rule each.
/// </summary>
public static class CodingAnswers
{
    public sealed record Asked(IReadOnlyList<string> Variables, IReadOnlyList<(string Id, string Text)> Passages);

    /// <summary>The variable ids and passages of a coding prompt: the first and second JSON array lines of the user message.</summary>
    public static Asked Read(RecordedRequest request)
    {
        var arrays = request.User.Split('\n').Where(l => l.StartsWith('[')).ToArray();
        using var variables = JsonDocument.Parse(arrays[0]);
        using var passages = JsonDocument.Parse(arrays[1]);
        return new Asked(
            variables.RootElement.EnumerateArray().Select(v => v.GetProperty("id").GetString()!).ToArray(),
            passages.RootElement.EnumerateArray().Select(p => (p.GetProperty("id").GetString()!, p.GetProperty("text").GetString()!)).ToArray());
    }

    public static string Valid(RecordedRequest request) => Answer(request, (i, id, asked) => i == 0
        ? Code(id, 2, asked.Passages[0].Id, FirstWords(asked.Passages[0].Text, 6))
        : Code(id, 0));

    public static string Malformed() => """{"codes":[{"variable": "x", "score": 2, """;

    public static string OffScale(RecordedRequest request) => Answer(request, (i, id, asked) => i == 0 ? Code(id, 7, asked.Passages[0].Id, FirstWords(asked.Passages[0].Text, 6)) : Code(id, 0));

    public const string InventedQuote = "I joined because the caliphate promised me a palace";

    public static string Invented(RecordedRequest request) => Answer(request, (i, id, asked) => i == 0 ? Code(id, 3, asked.Passages[0].Id, InventedQuote) : Code(id, 0));

    /// <summary>The first asked variable is replaced by <paramref name="foreignId"/>, a variable of another category.</summary>
    public static string Foreign(RecordedRequest request, string foreignId) => Answer(request, (i, id, asked) => i == 0 ? Code(foreignId, 2, asked.Passages[0].Id, FirstWords(asked.Passages[0].Text, 6)) : Code(id, 0));

    public static string FirstWords(string text, int n) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(n));

    private static string Answer(RecordedRequest request, Func<int, string, Asked, object> code)
    {
        var asked = Read(request);
        return JsonSerializer.Serialize(new { codes = asked.Variables.Select((id, i) => code(i, id, asked)).ToArray() });
    }

    private static object Code(string id, int score, string? passage = null, string? quote = null) => new
    {
        variable = id,
        score,
        evidence = passage is null ? Array.Empty<object>() : [new { passage, quote }],
        rationale = score > 0 ? "The interviewee says so." : "Not mentioned.",
    };
}
