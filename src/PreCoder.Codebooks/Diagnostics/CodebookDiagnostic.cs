using PreCoder.Core.Errors;

namespace PreCoder.Codebooks.Diagnostics;

/// <summary>One problem found while reading a codebook, located so an editor can jump to it.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line (CSV, YAML, JSON, QDC) or row (XLSX); null when the problem is the whole file.</param>
/// <param name="Message">What is wrong, one line.</param>
/// <param name="Hint">How to fix it, e.g. "did you mean 'definition'?"; null when the message says it all.</param>
public sealed record CodebookDiagnostic(
    string File,
    int? Line,
    string Message,
    string? Hint = null,
    DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The problem as the house-wide one-line error the CLI already knows how to print.</summary>
    public InputException ToInputException() =>
        new(File, Line, Hint is null ? Message : $"{Message} ({Hint})");

    /// <summary><c>file:line: error: message (hint)</c>, the compiler shape editors recognise.</summary>
    public override string ToString()
    {
        var location = Line is { } n ? $"{File}:{n}" : File;
        var severity = IsError ? "error" : "warning";
        return Hint is null ? $"{location}: {severity}: {Message}" : $"{location}: {severity}: {Message} ({Hint})";
    }
}
