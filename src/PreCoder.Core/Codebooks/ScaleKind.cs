namespace PreCoder.Core.Codebooks;

public enum ScaleKind
{
    /// <summary>Ordered integer levels with anchor texts (the seed study's 0-3 Likert scale).</summary>
    Ordinal = 0,
    /// <summary>0 = absent, 1 = present (roles, traumatic events).</summary>
    Binary = 1,
    /// <summary>Unordered named categories, held by their index.</summary>
    Nominal = 2,
    /// <summary>Any number within optional bounds (ages, years of education).</summary>
    Numeric = 3,
}
