using System.IO.Compression;
using System.Text.RegularExpressions;

namespace PreCoder.Cli.Tests;

/// <summary>
/// <c>import qdpx</c>: a study's export imported into a fresh study brings back the codebook, the transcripts and every
/// code the project carries (scored, quoted codes); a broken project is one line naming file, line and element, exit 3,
/// and the study keeps nothing of it.
/// </summary>
public sealed partial class ImportQdpxTests(QdpxImportFixture fixture) : IClassFixture<QdpxImportFixture>
{
    private readonly TempDirectory _dir = fixture.Dir;

    [Fact]
    public async Task ImportQdpx_ExportOfSampleStudy_FreshStudyHasSameCodebookQuotedCodesAndTranscripts()
    {
        var fresh = _dir.Sub($"fresh-{Guid.NewGuid():N}");
        await SampleStudy.Ok("init", fresh);

        var result = await SampleStudy.Ok("import", "qdpx", fixture.Qdpx, "--study", fresh);

        Assert.Contains("10 new and 0 existing interviews", result.Stdout);
        Assert.Equal(
            (await SampleStudy.Ok("codebook", "export", "--study", fixture.Study, "--format", "yaml")).Stdout,
            (await SampleStudy.Ok("codebook", "export", "--study", fresh, "--format", "yaml")).Stdout);
        // A REFI-QDA coding is a coded selection: the codes that travel are those with a score above "not present" and quotes.
        var original = CodeRows((await SampleStudy.Ok("codes", "export", "--study", fixture.Study)).Stdout).Where(r => r.Score is not ("0" or "missing") && r.Evidence.Length > 0).ToArray();
        var imported = CodeRows((await SampleStudy.Ok("codes", "export", "--study", fresh)).Stdout);
        Assert.True(original.Length > 50, $"only {original.Length} quoted codes in the sample");
        Assert.Equal(original.Order(), imported.Order());
        // The transcripts are the source texts: the same turns, speakers and words.
        var before = await SampleStudy.Ok("transcripts", "export", "--study", fixture.Study, "--interview", "int03", "--format", "txt");
        var after = await SampleStudy.Ok("transcripts", "export", "--study", fresh, "--interview", "int03", "--format", "txt");
        Assert.Equal(Words(before.Stdout), Words(after.Stdout));

        var again = await SampleStudy.Ok("import", "qdpx", fixture.Qdpx, "--study", fresh, "--json");
        Assert.Contains("\"added\": 0", again.Stdout);
    }

    [Fact]
    public async Task ImportQdpx_IntoTheStudyItCameFrom_MatchesInterviewsAndRecordsNothing()
    {
        var result = await SampleStudy.Ok("import", "qdpx", fixture.Qdpx, "--study", fixture.Study, "--json");

        Assert.Contains("\"newInterviews\": 0", result.Stdout);
        Assert.Contains("\"matchedInterviews\": 10", result.Stdout);
        Assert.Contains("\"added\": 0", result.Stdout);
    }

    [Fact]
    public async Task ImportQdpx_OtherProgramsProject_CodesBecomePresenceVariables()
    {
        var fresh = _dir.Sub($"other-{Guid.NewGuid():N}");
        await SampleStudy.Ok("init", fresh);
        var file = _dir.Sub($"other-{Guid.NewGuid():N}.qdpx");
        using (var zip = ZipFile.Open(file, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("project.qde").Open());
            writer.Write("""
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="maxqda">
                  <Users><User guid="11111111-1111-1111-1111-111111111111" name="Lea"/></Users>
                  <CodeBook><Codes>
                    <Code guid="22222222-2222-2222-2222-222222222222" name="Hardship" isCodable="true">
                      <Code guid="33333333-3333-3333-3333-333333333333" name="Debt" isCodable="true"/>
                    </Code>
                  </Codes></CodeBook>
                  <Sources>
                    <TextSource guid="44444444-4444-4444-4444-444444444444" name="Interview A">
                      <PlainTextContent>Q: How was life?
                A: We owed money to everyone.</PlainTextContent>
                      <PlainTextSelection guid="55555555-5555-5555-5555-555555555555" startPosition="20" endPosition="46">
                        <Coding guid="66666666-6666-6666-6666-666666666666" creatingUser="11111111-1111-1111-1111-111111111111">
                          <CodeRef targetGUID="33333333-3333-3333-3333-333333333333"/>
                        </Coding>
                      </PlainTextSelection>
                    </TextSource>
                  </Sources>
                </Project>
                """);
        }

        await SampleStudy.Ok("import", "qdpx", file, "--study", fresh);

        var codes = (await SampleStudy.Ok("codes", "export", "--study", fresh)).Stdout;
        Assert.Contains("Interview A,,debt,Lea,1,We owed money to everyone", codes);
        Assert.Contains("Debt [binary]", (await SampleStudy.Ok("codebook", "show", "--study", fresh)).Stdout);
    }

    [Theory]
    [InlineData("corrupt", null, "not a REFI-QDA project archive")]
    [InlineData("no-project", null, "no project.qde in the archive")]
    [InlineData("unknown-code", "<Coding", "names no code of the project's CodeBook")]
    [InlineData("out-of-range", "<PlainTextSelection", "is outside text source")]
    [InlineData("unknown-user", "<Coding", "is not a User of the project")]
    [InlineData("off-scale-score", "<Coding", "4 is outside scale")]
    public async Task ImportQdpx_BrokenProject_OneLineNamingFileAndElementExit3NothingImported(string breakage, string? element, string expected)
    {
        var fresh = _dir.Sub($"bad-{Guid.NewGuid():N}");
        await SampleStudy.Ok("init", fresh);
        var file = Broken(breakage);

        var r = await CliRunner.RunAsync("import", "qdpx", file, "--study", fresh);

        Assert.Equal(3, r.ExitCode);
        var error = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {file}", error);
        Assert.Contains(expected, error);
        if (element is not null)
        {
            Assert.Matches($@"^error: {Regex.Escape(file)}:\d+: project\.qde {element}", error);
        }
        // All or nothing: the off-scale score fails after the codebook and transcripts were written in the transaction.
        Assert.Equal(4, (await CliRunner.RunAsync("codebook", "show", "--study", fresh)).ExitCode);
        Assert.NotEqual(0, (await CliRunner.RunAsync("transcripts", "export", "--study", fresh, "--interview", "int01", "--format", "txt")).ExitCode);
    }

    private string Broken(string breakage)
    {
        var file = _dir.Sub($"{breakage}-{Guid.NewGuid():N}.qdpx");
        switch (breakage)
        {
            case "corrupt":
                File.WriteAllBytes(file, [.. File.ReadAllBytes(fixture.Qdpx).Take(300)]);
                return file;
            case "no-project":
                using (var zip = ZipFile.Open(file, ZipArchiveMode.Create))
                {
                    zip.CreateEntry("readme.txt");
                }
                return file;
        }

        File.Copy(fixture.Qdpx, file);
        using var archive = ZipFile.Open(file, ZipArchiveMode.Update);
        var entry = archive.GetEntry("project.qde")!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }
        xml = breakage switch
        {
            "unknown-code" => CodeRef().Replace(xml, "<CodeRef targetGUID=\"00000000-0000-0000-0000-000000000000\"", 1),
            "out-of-range" => EndPosition().Replace(xml, "endPosition=\"99999999\"", 1),
            "unknown-user" => CreatingUser().Replace(xml, "<Coding guid=\"$1\" creatingUser=\"00000000-0000-0000-0000-000000000000\"", 1),
            "off-scale-score" => ScoreNote().Replace(xml, "PreCoder score 4 on ", 1),
            _ => throw new ArgumentOutOfRangeException(nameof(breakage)),
        };
        entry.Delete();
        using (var writer = new StreamWriter(archive.CreateEntry("project.qde").Open()))
        {
            writer.Write(xml);
        }
        return file;
    }

    private static (string Interview, string Passage, string Variable, string Coder, string Score, string Evidence)[] CodeRows(string csv) =>
        PreCoder.Core.Text.CsvReader.Read("codes.csv", csv, ',').Skip(1).Where(r => r.Fields.Count == 6).Select(r =>
        {
            var f = r.Fields;
            // Quotes are compared as a set: the project lists them in transcript order, a coder in any order.
            return (f[0], f[1], f[2], f[3], f[4], string.Join(" | ", f[5].Split(" | ").Order(StringComparer.Ordinal)));
        }).ToArray();

    private static string[] Words(string text) => text.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith('[')).ToArray();

    [GeneratedRegex("<CodeRef targetGUID=\"[^\"]+\"")]
    private static partial Regex CodeRef();

    [GeneratedRegex("endPosition=\"\\d+\"")]
    private static partial Regex EndPosition();

    [GeneratedRegex("<Coding guid=\"([^\"]+)\" creatingUser=\"[^\"]+\"")]
    private static partial Regex CreatingUser();

    [GeneratedRegex("PreCoder score \\d+ on ")]
    private static partial Regex ScoreNote();
}
