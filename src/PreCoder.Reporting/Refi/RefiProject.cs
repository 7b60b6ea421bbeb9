namespace PreCoder.Reporting.Refi;

/// <summary>What PreCoder reads back from a <c>.qdpx</c>: users, codable codes, source texts by name, and text codings.</summary>
public sealed record RefiProject(
    string Name,
    IReadOnlyList<string> Users,
    IReadOnlyList<RefiCode> Codes,
    IReadOnlyDictionary<string, string> Sources,
    IReadOnlyList<RefiCoding> Codings);
