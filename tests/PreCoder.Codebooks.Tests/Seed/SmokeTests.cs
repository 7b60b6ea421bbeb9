using PreCoder.Codebooks.Tests.Support;
using PreCoder.Codebooks.Yaml;
using PreCoder.Codebooks.Json;

namespace PreCoder.Codebooks.Tests.Seed;

public class SmokeTests
{
    [Fact]
    public void Smoke()
    {
        var text = File.ReadAllText(RepoPaths.SeedCodebook);
        var r = CodebookYaml.Read(text, "seed.yaml");
        foreach (var d in r.Diagnostics) Console.WriteLine(d);
        var y = CodebookYaml.Write(r.Codebook!);
        File.WriteAllText("/tmp/cbsmoke/out.yaml", y);
        File.WriteAllText("/tmp/cbsmoke/out.json", CodebookJson.Serialize(r.Codebook!));
        var r2 = CodebookYaml.Read(y, "out.yaml");
        foreach (var d in r2.Diagnostics) Console.WriteLine("2 " + d);
        Assert.Equal(y, CodebookYaml.Write(r2.Codebook!));
    }
}
