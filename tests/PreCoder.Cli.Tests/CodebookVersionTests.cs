namespace PreCoder.Cli.Tests;

public sealed class CodebookVersionTests
{
    [Fact]
    public async Task Import_ChangedCodebook_NewVersionDiffAndCodesOfRemovedVariableKept()
    {
        using var dir = new TempDirectory();
        var study = await SampleStudy.CreateAsync(dir);
        var yaml = await File.ReadAllTextAsync(RepoPaths.SeedCodebook);

        // Same content again: no new version.
        var same = await SampleStudy.Ok("codebook", "import", RepoPaths.SeedCodebook, "--study", study, "--json");
        Assert.Contains("\"created\": false", same.Stdout);

        // Rename Poverty and remove Sexual Abuse (a variable the sample coders scored).
        var changed = yaml.Replace("name: Poverty\n", "name: Poverty and Hunger\n");
        var start = changed.IndexOf("  - id: vul_sexual_abuse\n", StringComparison.Ordinal);
        var end = changed.IndexOf("  - id: ", start + 10, StringComparison.Ordinal);
        changed = changed[..start] + changed[end..];
        Assert.NotEqual(yaml, changed);
        var file = dir.File("v2.yaml", changed);

        var import = await SampleStudy.Ok("codebook", "import", file, "--study", study, "--json");
        Assert.Contains("\"version\": 2", import.Stdout);
        Assert.Contains("vul_sexual_abuse", import.Stderr);

        var diff = await SampleStudy.Ok("codebook", "diff", "--study", study);
        Assert.Contains("vul_sexual_abuse", diff.Stdout);
        Assert.Contains("Poverty and Hunger", diff.Stdout);

        // The removed variable's codes are kept, never silently dropped.
        var codes = await SampleStudy.Ok("codes", "export", "--study", study, "--coder", "ayse");
        Assert.Contains(",vul_sexual_abuse,ayse,", codes.Stdout);
    }
}
