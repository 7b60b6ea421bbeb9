using System.Text.Json;

namespace PreCoder.Llm.Tests.Support;

/// <summary>A request the test server received: when, its authorization header, and its chat messages.</summary>
public sealed record RecordedRequest(DateTimeOffset At, string Path, string? Authorization, string Body)
{
    public IReadOnlyList<(string Role, string Content)> Messages
    {
        get
        {
            using var doc = JsonDocument.Parse(Body);
            return doc.RootElement.GetProperty("messages").EnumerateArray()
                .Select(m => (m.GetProperty("role").GetString()!, m.GetProperty("content").ValueKind == JsonValueKind.String
                    ? m.GetProperty("content").GetString()!
                    : string.Concat(m.GetProperty("content").EnumerateArray().Select(p => p.GetProperty("text").GetString()))))
                .ToArray();
        }
    }

    /// <summary>The first user message: the rendered prompt.</summary>
    public string User => Messages.First(m => m.Role == "user").Content;

    /// <summary>True for the one retry that carries the previous answer and its problems.</summary>
    public bool IsCorrection => Messages.Count(m => m.Role == "user") > 1;

    public string LastUser => Messages.Last(m => m.Role == "user").Content;
}
