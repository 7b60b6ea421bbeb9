using PreCoder.Core.Transcripts;

namespace PreCoder.Reporting.Quotes;

/// <summary>One evidence quote as a paper's narrative cites it.</summary>
/// <param name="Interview">The interview id (a pseudonym in a well-run study).</param>
/// <param name="Pseudonym">The interview's <c>pseudonym</c> attribute when it has one, else its id.</param>
/// <param name="Group">The interview's value of the <c>--by</c> attribute; empty without one.</param>
/// <param name="Score">The code the quote supports, as the scale writes it.</param>
/// <param name="Speaker">Who said it (the passage's speaker label).</param>
/// <param name="Start">Seconds into the recording, when the transcript has times.</param>
/// <param name="Flags">Trust flags of the transcript text (e.g. text Whisper may have invented); quote with care.</param>
public sealed record QuoteEntry(
    string Variable,
    string Interview,
    string Pseudonym,
    string Group,
    string Coder,
    string Score,
    string Speaker,
    double? Start,
    string Text,
    bool English,
    TrustFlags Flags);
