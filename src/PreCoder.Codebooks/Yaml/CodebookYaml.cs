using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Mapping;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Yaml;

/// <summary>precoder-codebook/1 as YAML, the format people edit by hand.</summary>
public static class CodebookYaml
{
    /// <summary>Reads and validates YAML text; <paramref name="file"/> is only used to name the file in diagnostics.</summary>
    public static CodebookReadResult Read(string yaml, string file) =>
        TreeFormatReader.Read(yaml, file, YamlTreeReader.Read);

    /// <summary>Canonical YAML: schema key order, LF line endings; writing what was read gives the same text again.</summary>
    public static string Write(Codebook codebook) =>
        YamlTreeWriter.Write(CodebookTreeWriter.Build(codebook));
}
