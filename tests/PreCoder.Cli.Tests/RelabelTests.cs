namespace PreCoder.Cli.Tests;

public sealed class RelabelTests
{
    [Fact]
    public async Task Relabel_TranslatorAsInterviewer_RoleAndLabelChangedInExport()
    {
        using var dir = new TempDirectory();
        var study = dir.Sub("s");
        await SampleStudy.Ok("init", study);
        await SampleStudy.Ok("ingest", RepoPaths.Sample("transcripts", "int01.txt"), "--study", study);
        await SampleStudy.Ok("transcripts", "relabel", "--study", study, "--interview", "int01", "--speaker", "Translator", "--as", "Interpreter Hassan", "--role", "translator");
        var json = (await SampleStudy.Ok("transcripts", "export", "--study", study, "--interview", "int01", "--format", "json")).Stdout;
        Assert.DoesNotContain("\"speaker\": \"Translator\"", json);
        Assert.Contains("\"speaker\": \"Interpreter Hassan\",\n        \"role\": \"translator\"", json.Replace("\r\n", "\n"));
    }
}
