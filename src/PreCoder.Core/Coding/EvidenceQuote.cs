namespace PreCoder.Core.Coding;

/// <summary>
/// A verbatim quote: <see cref="Text"/> equals <c>passage text[Start..Start+Length]</c> of the stored passage
/// (its original text, or its English text when <see cref="English"/> is true). Quotes that do not are never shown.
/// </summary>
public sealed record EvidenceQuote(
    string PassageId,
    int Start,
    int Length,
    string Text,
    bool English = false,
    double? StartTime = null,
    double? EndTime = null,
    Transcripts.TrustFlags Flags = Transcripts.TrustFlags.None);
