using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Diagnostics;

/// <summary>
/// Everything a read found: the codebook as far as it could be built, and every problem, not just the first,
/// so a user fixes a file in one pass.
/// </summary>
public sealed record CodebookReadResult(Codebook? Codebook, IReadOnlyList<CodebookDiagnostic> Diagnostics)
{
    public IEnumerable<CodebookDiagnostic> Errors => Diagnostics.Where(d => d.IsError);

    public IEnumerable<CodebookDiagnostic> Warnings => Diagnostics.Where(d => !d.IsError);

    /// <summary>True when there is a codebook and no error; warnings do not block an import.</summary>
    public bool Succeeded => Codebook is not null && !Diagnostics.Any(d => d.IsError);

    /// <summary>The codebook, or a <see cref="CodebookException"/> listing every error.</summary>
    public Codebook GetCodebookOrThrow() =>
        Succeeded ? Codebook! : throw new CodebookException(Errors.ToList());
}
