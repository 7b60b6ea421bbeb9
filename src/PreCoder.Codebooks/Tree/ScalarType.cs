namespace PreCoder.Codebooks.Tree;

/// <summary>What a scalar resolved to, so <c>null</c> typed as text stays text and <c>applies_to: null</c> means none.</summary>
internal enum ScalarType
{
    String = 0,
    Number = 1,
    Boolean = 2,
    Null = 3,
}
