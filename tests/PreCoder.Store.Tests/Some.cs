global using Xunit;
using PreCoder.Core.Coding;
using PreCoder.Core.Transcripts;

namespace PreCoder.Store.Tests;

/// <summary>Test data with sensible defaults.</summary>
internal static class Some
{
    public static Transcript Transcript(string interview, int segments) => new(interview, "test.txt",
        Enumerable.Range(0, segments).Select(i => new Segment
        {
            Id = $"s{i + 1}", InterviewId = interview, Index = i, Start = i * 10, End = i * 10 + 9,
            Speaker = i % 2 == 0 ? "Interviewer" : "Amal", Role = i % 2 == 0 ? SpeakerRole.Interviewer : SpeakerRole.Interviewee,
            Text = $"Segment {i + 1} text, with a comma.", English = $"Segment {i + 1} text, with a comma.",
        }).ToArray());

    public static CodeDecision Decision(string coder, string variable, DecisionAction action, double? value, string? reason = null) => new()
    {
        InterviewId = "int01", VariableId = variable, CodebookVersion = 1, CoderId = coder, Action = action,
        Value = value, MissingReason = reason, At = DateTimeOffset.UtcNow,
    };
}
