namespace PreCoder.Reporting.Matrices;

public enum MatrixColumnKind
{
    /// <summary>The interview id, first column.</summary>
    Interview,

    /// <summary>An interview attribute (gender, age...): text, or numbers when every value is one.</summary>
    Attribute,

    /// <summary>A codebook variable: its score codes, missing reasons as negative user-missing codes.</summary>
    Variable,
}
