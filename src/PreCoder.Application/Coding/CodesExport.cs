using PreCoder.Core.Coding;

namespace PreCoder.Application.Coding;

/// <summary>Coders' current codes in canonical order and the codebook that formats their scores.</summary>
public sealed record CodesExport(StudyCodebook Codebook, IReadOnlyList<CodeRecord> Codes);
