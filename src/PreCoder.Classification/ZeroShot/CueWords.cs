using System.Text.RegularExpressions;

namespace PreCoder.Classification.ZeroShot;

/// <summary>
/// Phrases that show how the speaker ties a topic to their decision. A reason cue means the speaker presents something
/// as a reason ("because", "that is why I went", "the main reason"); a decision cue means the sentence is about the
/// decision itself (joining, going, pledging). English only: non-English passages are read through their translation.
/// </summary>
public static partial class CueWords
{
    /// <summary>The reason cues, as documented in docs/classifier.md.</summary>
    public static IReadOnlyList<string> Reasons { get; } =
    [
        "because", "because of", "since", "the reason", "main reason", "that's why", "that is why", "this is why",
        "so i decided", "so i went", "so i joined", "made me", "pushed me", "drove me", "in order to", "i wanted to",
        "for the sake of", "i went for", "i joined for", "led me to", "due to",
    ];

    /// <summary>The decision cues: words about joining or going.</summary>
    public static IReadOnlyList<string> Decisions { get; } =
    [
        "join", "joined", "joining", "went to syria", "go to syria", "went to iraq", "travel", "traveled", "travelled",
        "pledge", "pledged", "bay'ah", "baya", "hijra", "migrate", "migrated", "the caliphate", "the islamic state",
        "the dawla", "recruited", "signed up",
    ];

    public static bool HasReason(string text) => ReasonPattern().IsMatch(text);

    public static bool HasDecision(string text) => DecisionPattern().IsMatch(text);

    /// <summary>The first reason cue in the text, for rationales; null when there is none.</summary>
    public static string? FirstReason(string text) => ReasonPattern().Match(text) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(@"\b(because( of)?|since|the (main )?reason|main reason|that'?s why|that is why|this is why|so i (decided|went|joined)|made me|pushed me|drove me|in order to|i wanted to|for the sake of|i (went|joined) for|led me to|due to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReasonPattern();

    [GeneratedRegex(@"\b(join(ed|ing)?|(went|go|going) to (syria|iraq|sham|raqqa|mosul)|travel(l?ed|ling)?|pledged?|bay'?ah?|hijr[ae]h?|migrat(e|ed)|the caliphate|the islamic state|the dawla|recruited|signed up)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecisionPattern();
}
