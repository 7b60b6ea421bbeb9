namespace PreCoder.Classification.ZeroShot;

/// <summary>
/// A span's place in a variable's ranking: highest z first, then reading order. A value type compared directly, because
/// every variable of every interview sorts all its spans and a comparison delegate would dominate scoring time.
/// </summary>
/// <param name="ReadingOrder">The row's position by passage index, then span start (<see cref="SimilarityMatrix.ReadingOrder"/>).</param>
internal readonly record struct SpanRank(double Z, int ReadingOrder, int Row) : IComparable<SpanRank>
{
    /// <summary>Z descending (NaN last, as a descending sort of doubles puts it), then reading order ascending.</summary>
    public int CompareTo(SpanRank other)
    {
        var byZ = other.Z.CompareTo(Z);
        return byZ != 0 ? byZ : ReadingOrder.CompareTo(other.ReadingOrder);
    }
}
