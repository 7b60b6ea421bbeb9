using System.Text;
using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Json;
using PreCoder.Codebooks.Qdc;
using PreCoder.Codebooks.Spreadsheets;
using PreCoder.Codebooks.Validation;
using PreCoder.Codebooks.Yaml;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Errors;

namespace PreCoder.Codebooks.Files;

/// <summary>Reads and writes codebook files in any supported format, chosen by extension or by name.</summary>
public static class CodebookFiles
{
    // No BOM: YAML and JSON tools diff and hash files byte for byte.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Reads and validates <paramref name="path"/>, returning the codebook (when it could be built) and every
    /// problem. Throws <see cref="InputException"/> only when the format cannot be determined or the file is missing.
    /// </summary>
    public static CodebookReadResult Read(string path, CodebookFormat? format = null)
    {
        var resolved = Resolve(path, format);
        if (!File.Exists(path))
        {
            throw new InputException(path, null, "file not found");
        }
        if (resolved == CodebookFormat.Xlsx)
        {
            using var stream = File.OpenRead(path);
            return CodebookXlsx.Read(stream, path);
        }
        var text = File.ReadAllText(path);
        return resolved switch
        {
            CodebookFormat.Yaml => CodebookYaml.Read(text, path),
            CodebookFormat.Json => CodebookJson.Read(text, path),
            CodebookFormat.Qdc => CodebookQdc.Read(text, path),
            _ => ReadCsv(text, path),
        };
    }

    /// <summary>The valid codebook in <paramref name="path"/>, or a <see cref="CodebookException"/> listing every error.</summary>
    public static Codebook Load(string path, CodebookFormat? format = null) => Read(path, format).GetCodebookOrThrow();

    /// <summary>Problems of a codebook built in memory (e.g. before saving), with no line numbers.</summary>
    public static IReadOnlyList<CodebookDiagnostic> Validate(Codebook codebook, string name = "<codebook>") =>
        CodebookValidator.Validate(codebook, name);

    /// <summary>
    /// Writes <paramref name="codebook"/> to <paramref name="path"/> in <paramref name="format"/>, or the format its
    /// extension names; CSV also writes its side file of codebook rows (<see cref="CodebookCsv.SideFilePath"/>).
    /// </summary>
    public static void Save(Codebook codebook, string path, CodebookFormat? format = null)
    {
        var resolved = Resolve(path, format);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        if (resolved == CodebookFormat.Xlsx)
        {
            using var stream = File.Create(path);
            CodebookXlsx.Write(codebook, stream);
            return;
        }
        File.WriteAllText(path, ToText(codebook, resolved), Utf8);
        if (resolved == CodebookFormat.Csv)
        {
            File.WriteAllText(CodebookCsv.SideFilePath(path), CodebookCsv.WriteSideFile(codebook), Utf8);
        }
    }

    /// <summary>The file content for the text formats (all but <see cref="CodebookFormat.Xlsx"/>).</summary>
    public static string ToText(Codebook codebook, CodebookFormat format) => format switch
    {
        CodebookFormat.Yaml => CodebookYaml.Write(codebook),
        CodebookFormat.Json => CodebookJson.Serialize(codebook),
        CodebookFormat.Qdc => CodebookQdc.Write(codebook),
        CodebookFormat.Csv => CodebookCsv.Write(codebook),
        _ => throw new ArgumentException("xlsx is binary; use Save or CodebookXlsx.Write", nameof(format)),
    };

    private static CodebookReadResult ReadCsv(string text, string path)
    {
        var side = CodebookCsv.SideFilePath(path);
        return File.Exists(side) ? CodebookCsv.Read(text, path, File.ReadAllText(side), side) : CodebookCsv.Read(text, path);
    }

    private static CodebookFormat Resolve(string path, CodebookFormat? format) =>
        format ?? CodebookFormats.FromPath(path)
        ?? throw new InputException(path, null, $"unknown codebook format '{Path.GetExtension(path)}' (use .yaml, .yml, .json, .qdc, .csv or .xlsx, or name the format)");
}
