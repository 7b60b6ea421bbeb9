using PreCoder.Core.Coding;

namespace PreCoder.Store.Reading;

/// <summary>
/// A decision's action as stored: its name (<c>HasConversion&lt;string&gt;</c>). A study has a handful of actions and
/// reads hundreds of thousands of decisions at once, so each stored text is parsed once.
/// </summary>
internal static class StoredActions
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DecisionAction> s_parsed = new(StringComparer.Ordinal);

    public static DecisionAction Parse(string stored) => s_parsed.GetOrAdd(stored, static text => Enum.Parse<DecisionAction>(text, ignoreCase: true));

    /// <summary>The text stored for an action, for SQL that compares it.</summary>
    public static string Of(DecisionAction action) => action.ToString();
}
