namespace PreCoder.Application.Refi;

/// <summary>What a REFI-QDA export wrote: the file, its counts and whose scores the cases hold.</summary>
public sealed record QdpxExportResult(string File, int Interviews, int Codes, int Codings, string Cases);
