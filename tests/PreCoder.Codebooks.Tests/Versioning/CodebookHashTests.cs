using System.Security.Cryptography;
using System.Text;
using PreCoder.Codebooks.Json;
using PreCoder.Codebooks.Qdc;
using PreCoder.Codebooks.Spreadsheets;
using PreCoder.Codebooks.Tests.Support;
using PreCoder.Codebooks.Versioning;
using PreCoder.Codebooks.Yaml;

namespace PreCoder.Codebooks.Tests.Versioning;

public class CodebookHashTests
{
    private static readonly DateTimeOffset Noon = new(2026, 1, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compute_IsSha256OfCanonicalJson()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;

        var hash = CodebookHash.Compute(codebook);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CodebookJson.Serialize(codebook)))), hash);
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void Compute_SameContentFromOtherFormats_SameHash()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;

        var viaCsv = CodebookCsv.Read(CodebookCsv.Write(codebook), "x.csv", CodebookCsv.WriteSideFile(codebook)).Codebook!;
        var viaQdc = CodebookQdc.Read(CodebookQdc.Write(codebook), "x.qdc").Codebook!;

        Assert.Equal(CodebookHash.Compute(codebook), CodebookHash.Compute(viaCsv));
        Assert.Equal(CodebookHash.Compute(codebook), CodebookHash.Compute(viaQdc));
    }

    [Fact]
    public void Compute_OneWordChanged_DifferentHash()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;
        var edited = codebook with { Variables = [.. codebook.Variables.Select(v => v.Id == "vul_poverty" ? v with { Definition = v.Definition + " Also debt." } : v)] };

        Assert.NotEqual(CodebookHash.Compute(codebook), CodebookHash.Compute(edited));
    }

    [Fact]
    public void NextVersion_FirstImport_Version1WithJsonAndHash()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;

        var version = CodebookVersioning.NextVersion(codebook, latest: null, "full.yaml", Noon)!;

        Assert.Equal(1, version.Version);
        Assert.Equal(CodebookHash.Compute(codebook), version.ContentHash);
        Assert.Equal((CodebookJson.Serialize(codebook), "full.yaml", Noon), (version.Json, version.SourceFile, version.ImportedAt));
    }

    [Fact]
    public void NextVersion_UnchangedReimport_Null()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;
        var first = CodebookVersioning.NextVersion(codebook, null, "full.yaml", Noon)!;
        var reread = CodebookJson.Deserialize(first.Json);

        Assert.Null(CodebookVersioning.NextVersion(reread, first, "full.json", Noon.AddDays(1)));
    }

    [Fact]
    public void NextVersion_Changed_NextNumber()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;
        var first = CodebookVersioning.NextVersion(codebook, null, "full.yaml", Noon)!;

        var second = CodebookVersioning.NextVersion(codebook with { Name = "Renamed" }, first, "full.yaml", Noon.AddDays(1));

        Assert.Equal(2, second!.Version);
    }
}
