namespace PreCoder.Reporting.Refi;

/// <summary>What PreCoder reads back from a <c>.qdpx</c>: users, codable codes, the code tree as a .qdc document, text sources by name, their cases' values, and text codings.</summary>
/// <param name="CodebookDocument">The project's code tree and sets as a <c>urn:QDA-XML:codebook:1.0</c> document.</param>
/// <param name="Attributes">Per source name, the values its cases give (variable name to value).</param>
/// <param name="SkippedSources">PDF, picture, audio and video sources, which PreCoder cannot hold.</param>
public sealed record RefiProject(
    string Name,
    IReadOnlyList<string> Users,
    IReadOnlyList<RefiCode> Codes,
    string CodebookDocument,
    IReadOnlyDictionary<string, string> Sources,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Attributes,
    IReadOnlyList<RefiCoding> Codings,
    int SkippedSources);
