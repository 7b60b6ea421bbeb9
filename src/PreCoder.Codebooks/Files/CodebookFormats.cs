namespace PreCoder.Codebooks.Files;

/// <summary>Maps file extensions and format names (as typed on a command line) to <see cref="CodebookFormat"/>.</summary>
public static class CodebookFormats
{
    private static readonly Dictionary<string, CodebookFormat> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yaml"] = CodebookFormat.Yaml,
        ["yml"] = CodebookFormat.Yaml,
        ["json"] = CodebookFormat.Json,
        ["qdc"] = CodebookFormat.Qdc,
        ["refi"] = CodebookFormat.Qdc,
        ["csv"] = CodebookFormat.Csv,
        ["xlsx"] = CodebookFormat.Xlsx,
    };

    /// <summary>The names accepted by <see cref="TryParse"/>, for usage messages.</summary>
    public static IReadOnlyCollection<string> KnownNames => Names.Keys;

    /// <summary>Reads a format name (<c>yaml</c>, <c>json</c>, <c>qdc</c>, <c>csv</c>, <c>xlsx</c>; a leading dot is allowed).</summary>
    public static bool TryParse(string name, out CodebookFormat format) => Names.TryGetValue(name.Trim().TrimStart('.'), out format);

    /// <summary>The format a path's extension implies, or null for an unknown extension.</summary>
    public static CodebookFormat? FromPath(string path) =>
        TryParse(Path.GetExtension(path), out var format) ? format : null;

    /// <summary>The usual extension, with the dot.</summary>
    public static string Extension(CodebookFormat format) => format switch
    {
        CodebookFormat.Yaml => ".yaml",
        CodebookFormat.Json => ".json",
        CodebookFormat.Qdc => ".qdc",
        CodebookFormat.Csv => ".csv",
        _ => ".xlsx",
    };
}
