using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Mapping;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Json;

/// <summary>
/// precoder-codebook/1 as JSON: the same structure as the YAML file. The serialized form is canonical, which is
/// what <see cref="CodebookVersion.Json"/> stores and what the content hash is taken over.
/// </summary>
public static class CodebookJson
{
    /// <summary>Canonical JSON (schema key order, 2-space indent, LF, trailing newline).</summary>
    public static string Serialize(Codebook codebook) =>
        JsonTreeWriter.Write(CodebookTreeWriter.Build(codebook));

    /// <summary>Reads JSON written by <see cref="Serialize"/> (e.g. a stored version); throws <see cref="CodebookException"/> when invalid.</summary>
    public static Codebook Deserialize(string json, string file = "<json>") =>
        Read(json, file).GetCodebookOrThrow();

    /// <summary>Reads and validates JSON text, returning every problem.</summary>
    public static CodebookReadResult Read(string json, string file) =>
        TreeFormatReader.Read(json, file, Json.JsonTreeReader.Read);
}
