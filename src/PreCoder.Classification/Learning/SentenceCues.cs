using System.Text.RegularExpressions;
using PreCoder.Classification.ZeroShot;

namespace PreCoder.Classification.Learning;

/// <summary>
/// How a sentence is said, as a few numbers the sentence models read beside its embedding: a question, a negation
/// ("I never..." reverses what the embedding sees), a reason, the speaker's own voice, reported speech, addressing the
/// other person, and its length. Sentence embeddings blur exactly these, and coders' decisions often turn on them.
/// </summary>
public static partial class SentenceCues
{
    public const int Count = 7;

    public static IReadOnlyList<string> Names { get; } = ["question", "negation", "reason", "first_person", "reported_speech", "second_person", "log_words"];

    public static void Write(string text, Span<float> into)
    {
        into[0] = text.Contains('?') ? 1 : 0;
        into[1] = Negation().IsMatch(text) ? 1 : 0;
        into[2] = CueWords.HasReason(text) ? 1 : 0;
        into[3] = FirstPerson().IsMatch(text) ? 1 : 0;
        into[4] = Reported().IsMatch(text) ? 1 : 0;
        into[5] = SecondPerson().IsMatch(text) ? 1 : 0;
        into[6] = (float)Math.Log(1 + Core.Text.WordCount.Of(text));
    }

    [GeneratedRegex(@"\b(not|never|no|nothing|none|nobody|neither|nor|without)\b|n't\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(i|me|my|mine|myself|we|us|our)\b|\bi'", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(said|says|told|tells|asked|heard|claimed|according to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reported();

    [GeneratedRegex(@"\b(you|your|yours|yourself)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecondPerson();
}
