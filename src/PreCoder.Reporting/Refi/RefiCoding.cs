namespace PreCoder.Reporting.Refi;

/// <summary>A coding read from a project: a coded text selection, or a whole source coded without a selection.</summary>
/// <param name="Source">The text source's name (PreCoder writes the interview id).</param>
/// <param name="Code">The code's name; <paramref name="VariableId"/> when PreCoder wrote the project.</param>
/// <param name="Coder">The creating user's name.</param>
/// <param name="Score">The score from PreCoder's coding note, or null (other programs' codings have none).</param>
/// <param name="Start">First selected character of the source text; null for a coding of the whole source.</param>
/// <param name="End">The character after the selection; null for a coding of the whole source.</param>
/// <param name="Text">The selected characters of the source text ("" for a whole-source coding).</param>
/// <param name="Line">The coding's line in <c>project.qde</c>, for error messages.</param>
public sealed record RefiCoding(string Source, string CodeGuid, string Code, string? VariableId, string Coder, string? Score, int? Start, int? End, string Text, int Line)
{
    /// <summary>A problem with this coding found after reading, worded like the reader's own errors (file, line, element).</summary>
    public Core.Errors.InputException Error(string file, string problem) => new(file, Line, $"project.qde <Coding>: {problem}");
}
