using PreCoder.Core.Errors;

namespace PreCoder.Codebooks.Diagnostics;

/// <summary>A codebook could not be imported. The message holds one <c>file:line: problem</c> line per error.</summary>
public sealed class CodebookException : Exception
{
    public CodebookException(IReadOnlyList<CodebookDiagnostic> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToInputException().Message)))
    {
        Diagnostics = errors;
    }

    public IReadOnlyList<CodebookDiagnostic> Diagnostics { get; }

    /// <summary>The errors in the shape the CLI prints and maps to <see cref="ExitCodes.BadInput"/>.</summary>
    public IReadOnlyList<InputException> Errors => Diagnostics.Select(d => d.ToInputException()).ToList();
}
