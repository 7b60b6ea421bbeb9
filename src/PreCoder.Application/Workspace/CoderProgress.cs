namespace PreCoder.Application.Workspace;

/// <summary>How far one coder is with one interview: variables with a code (a score or missing) out of those that apply.</summary>
public sealed record CoderProgress(string Coder, int Coded, int Total);
