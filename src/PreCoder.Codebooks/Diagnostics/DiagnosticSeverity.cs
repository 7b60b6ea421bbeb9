namespace PreCoder.Codebooks.Diagnostics;

public enum DiagnosticSeverity
{
    /// <summary>The codebook cannot be imported until this is fixed.</summary>
    Error = 0,

    /// <summary>Worth a look (e.g. an ordinal level without anchor text); the import still succeeds.</summary>
    Warning = 1,
}
