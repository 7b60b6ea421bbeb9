namespace PreCoder.Web.Components.Coding;

/// <summary>What the keys mean on the selected variable at the moment.</summary>
public enum CodingMode
{
    /// <summary>Keys move, score, accept.</summary>
    Browse,
    /// <summary>After <c>m</c>: digits pick the missing reason, Escape goes back.</summary>
    ChoosingMissingReason,
    /// <summary>A digit on a variable without fixed levels (an age, a count): typing goes to the value box; Enter saves.</summary>
    EnteringScore,
    /// <summary>After <c>n</c>: typing goes to the note; Enter saves, Escape goes back.</summary>
    WritingNote,
}
