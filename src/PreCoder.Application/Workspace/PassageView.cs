using PreCoder.Core.Transcripts;

namespace PreCoder.Application.Workspace;

/// <summary>One passage of the transcript as the interview page shows it, original and English side by side.</summary>
public sealed record PassageView(string Id, int Index, string Speaker, SpeakerRole Role, string Text, string? English, double? Start, double? End, TrustFlags Flags);
