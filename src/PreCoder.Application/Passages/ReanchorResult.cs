namespace PreCoder.Application.Passages;

/// <summary>What re-anchoring did: quotes found again at a new place, quotes no longer in the transcript (flagged for review).</summary>
public sealed record ReanchorResult(int Moved, int Unanchored)
{
    public static ReanchorResult None { get; } = new(0, 0);

    public ReanchorResult Add(ReanchorResult other) => new(Moved + other.Moved, Unanchored + other.Unanchored);

    public string Describe() => Moved + Unanchored == 0 ? "" : $"; evidence: {Moved} quote(s) re-anchored, {Unanchored} no longer in the transcript (flagged for review)";
}
