namespace PreCoder.Reporting.Refi;

/// <summary>A coded text selection read from a project.</summary>
/// <param name="Source">The text source's name (PreCoder writes the interview id).</param>
/// <param name="Code">The code's name; <paramref name="VariableId"/> when PreCoder wrote the project.</param>
/// <param name="Coder">The creating user's name.</param>
/// <param name="Score">The score from PreCoder's coding note, or null (other programs' codings have none).</param>
/// <param name="Text">The selected characters of the source text.</param>
public sealed record RefiCoding(string Source, string Code, string? VariableId, string Coder, string? Score, int Start, int End, string Text);
