namespace PreCoder.Agreement;

/// <summary>
/// The ratings of one variable as read from a file. Exactly one of <see cref="Matrix"/>, <see cref="Table"/> and
/// <see cref="Counts"/> is set, depending on the layout.
/// </summary>
/// <param name="Variable">The variable's name (the <c>variable</c> column of a long file), or null for a one-variable file.</param>
/// <param name="Units">Unit labels in row order (empty for a table).</param>
/// <param name="Coders">Coder labels in column order (empty for a table or counts).</param>
/// <param name="Labels">
/// Non-numeric category labels in code order when the scores were words (coded 1..k by ordinal sort, so only
/// nominal statistics are meaningful); for a table or counts, the category column names. Empty for numeric scores.
/// </param>
public sealed record RatingsTable(
    string? Variable,
    IReadOnlyList<string> Units,
    IReadOnlyList<string> Coders,
    IReadOnlyList<string> Labels)
{
    /// <summary>Gets the units x coders scores (wide and long layouts).</summary>
    public RatingMatrix? Matrix { get; init; }

    /// <summary>Gets the two-coder contingency table (table layout).</summary>
    public ContingencyTable? Table { get; init; }

    /// <summary>Gets the units x categories counts (counts layout).</summary>
    public CategoryCounts? Counts { get; init; }

    /// <summary>Gets whether the scores were words coded by their sorted order rather than numbers.</summary>
    public bool CodedFromLabels => Matrix is not null && Labels.Count > 0;

    /// <summary>Returns the table keeping only the named coders, in that order (wide and long layouts only).</summary>
    /// <exception cref="ArgumentException">A name is not one of <see cref="Coders"/>.</exception>
    public RatingsTable SelectCoders(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (Matrix is null)
        {
            throw new ArgumentException("Only wide and long ratings have coders to select.", nameof(names));
        }

        var index = names.Select(n =>
        {
            var i = Coders.ToList().FindIndex(c => string.Equals(c, n, StringComparison.OrdinalIgnoreCase));
            return i >= 0 ? i : throw new ArgumentException($"No coder '{n}' (coders: {string.Join(", ", Coders)}).", nameof(names));
        }).ToArray();
        return this with { Coders = index.Select(i => Coders[i]).ToArray(), Matrix = Matrix.SelectCoders(index) };
    }
}
