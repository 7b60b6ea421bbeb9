namespace PreCoder.Application.Refi;

/// <summary>What a REFI-QDA import changed: the codebook version codings were read against, new and matched interviews, and codes recorded.</summary>
/// <param name="CodebookCreated">True when the study had no codebook and the project's code tree became version 1.</param>
/// <param name="NewInterviews">Sources stored as new interviews with their transcripts.</param>
/// <param name="MatchedInterviews">Sources whose interview the study already had; their quotes were found in its transcripts.</param>
/// <param name="Codings">Codings read from the project (machine coders' left out).</param>
/// <param name="Added">Codes recorded as decisions.</param>
/// <param name="Unchanged">Codes the coder already had, with the same score and quotes.</param>
/// <param name="SkippedMachineCodings">Codings by machine coders (an export with --machine): suggestions are not human codes.</param>
/// <param name="SkippedSources">PDF, picture, audio and video sources.</param>
public sealed record QdpxImportResult(
    string File,
    int CodebookVersion,
    bool CodebookCreated,
    int NewInterviews,
    int MatchedInterviews,
    int Codings,
    int Added,
    int Unchanged,
    IReadOnlyList<string> Coders,
    int SkippedMachineCodings,
    int SkippedSources);
