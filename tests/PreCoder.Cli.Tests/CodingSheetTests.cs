using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PreCoder.Codebooks.Spreadsheets;
using PreCoder.Core.Coding;
using PreCoder.Core.Text;

namespace PreCoder.Cli.Tests;

public sealed class CodingSheetTests(PrecodedStudyFixture fixture) : IClassFixture<PrecodedStudyFixture>
{
    private string Study => fixture.Study;

    private async Task<List<string[]>> ExportCsvAsync(string coder, string interviews = "int01")
    {
        var path = fixture.Dir.Sub("sheets") + $"/{coder}-{Guid.NewGuid():N}.csv";
        await SampleStudy.Ok("sheet", "export", "--study", Study, "--coder", coder, "--interviews", interviews, "--format", "csv", "--out", path);
        var table = CsvTable.Load(path);
        return [table.Header.ToArray(), .. table.Rows.Select(r => r.Fields.ToArray())];
    }

    private string Write(List<string[]> rows) =>
        fixture.Dir.File($"sheets/filled-{Guid.NewGuid():N}.csv", string.Join("\n", rows.Select(r => string.Join(",", r.Select(CsvWriter.Escape)))) + "\n");

    private static int Col(List<string[]> rows, string name) => Array.IndexOf(rows[0], name);

    /// <summary>Rows with a suggestion of the Likert scale, where any of 0..3 is a valid score.</summary>
    private static List<int> LikertRows(List<string[]> rows) =>
        Enumerable.Range(1, rows.Count - 1).Where(i => rows[i][Col(rows, "scale")] == "0..3" && rows[i][Col(rows, "suggestion")].Length > 0).ToList();

    [Fact]
    public async Task RoundTrip_AcceptChangeMissingNote_RecordedOnce_SecondImportRecordsNothing()
    {
        var rows = await ExportCsvAsync("sheet-rt");
        Assert.Equal(["interview", "category", "variable", "label", "scale", "suggestion", "confidence", "evidence", "suggestion_id", "score", "missing_reason", "note"], rows[0]);
        var likert = LikertRows(rows);
        int score = Col(rows, "score"), suggestion = Col(rows, "suggestion"), reason = Col(rows, "missing_reason"), note = Col(rows, "note");
        rows[likert[0]][score] = rows[likert[0]][suggestion];
        rows[likert[1]][score] = rows[likert[1]][suggestion] == "3" ? "2" : "3";
        rows[likert[2]][score] = "missing";
        rows[likert[2]][reason] = "not explored";
        // A note that reads like provenance is still the coder's own: it shows again and re-imports as a repeat.
        rows[likert[3]][note] = "from what he says later, ask the team";
        var file = Write(rows);

        var first = await SampleStudy.Ok("sheet", "import", file, "--study", Study, "--coder", "sheet-rt");
        Assert.Contains("4 decisions recorded", first.Stdout);
        var trail = await StudyData.DecisionsAsync(Study, "sheet-rt");
        Assert.Equal([DecisionAction.Accept, DecisionAction.Edit, DecisionAction.MarkMissing, DecisionAction.Note], trail.Select(d => d.Action));
        Assert.All(trail.Take(3), d => Assert.NotNull(d.SuggestionId));
        Assert.Equal("not explored", trail[2].MissingReason);
        Assert.Equal("from what he says later, ask the team", trail[3].Note);
        Assert.All(trail, d => Assert.Equal(Path.GetFileName(file), d.Source));
        Assert.All(trail.Take(3), d => Assert.Null(d.Note));

        var second = await SampleStudy.Ok("sheet", "import", file, "--study", Study, "--coder", "sheet-rt");
        Assert.Contains("0 decisions recorded", second.Stdout);
        Assert.Equal(4, (await StudyData.DecisionsAsync(Study, "sheet-rt")).Count);

        // A new export shows the coder's codes, and importing it untouched records nothing.
        var again = await ExportCsvAsync("sheet-rt");
        Assert.Equal(rows[likert[1]][score], again[likert[1]][score]);
        Assert.Equal("missing", again[likert[2]][score]);
        Assert.Equal("not explored", again[likert[2]][reason]);
        Assert.Equal("from what he says later, ask the team", again[likert[3]][note]);
        var untouched = await SampleStudy.Ok("sheet", "import", Write(again), "--study", Study, "--coder", "sheet-rt");
        Assert.Contains("0 decisions recorded", untouched.Stdout);
    }

    [Fact]
    public async Task Xlsx_HasScaleDropDowns_AndImports()
    {
        Directory.CreateDirectory(fixture.Dir.Sub("sheets"));
        var path = Path.Combine(fixture.Dir.Sub("sheets"), "xlsx-coder.xlsx");
        await SampleStudy.Ok("sheet", "export", "--study", Study, "--coder", "sheet-xlsx", "--interviews", "int02", "--out", path);
        using (var doc = SpreadsheetDocument.Open(path, false))
        {
            var validations = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DataValidation>().ToList();
            Assert.Contains(validations, v => v.Formula1!.Text == "\"0,1,2,3,missing\"");
            Assert.Contains(validations, v => v.Formula1!.Text == "\"0,1,missing\"");
        }
        Dictionary<string, List<SheetRow>> sheets;
        await using (var stream = File.OpenRead(path))
        {
            sheets = XlsxTables.Read(stream);
        }
        var rows = sheets["coding"].Select(r => Enumerable.Range(0, 12).Select(r.Cell).ToArray()).ToList();
        var likert = LikertRows(rows);
        rows[likert[0]][Col(rows, "score")] = rows[likert[0]][Col(rows, "suggestion")];
        var filled = Path.Combine(fixture.Dir.Sub("sheets"), "xlsx-filled.xlsx");
        await using (var stream = File.Create(filled))
        {
            XlsxTables.Write(stream, [("coding", rows.Select(r => (IReadOnlyList<string>)r).ToList())]);
        }
        var r = await SampleStudy.Ok("sheet", "import", filled, "--study", Study, "--coder", "sheet-xlsx");
        Assert.Contains("1 decisions recorded", r.Stdout);
        Assert.Equal(DecisionAction.Accept, Assert.Single(await StudyData.DecisionsAsync(Study, "sheet-xlsx")).Action);
    }

    public static TheoryData<string, string, string> BadCells => new()
    {
        { "score", "7", "outside scale" },
        { "interview", "int99", "unknown interview 'int99'" },
        { "variable", "no_such_variable", "unknown variable 'no_such_variable'" },
        { "suggestion", "EDITED", "the suggestion column was edited" },
        { "suggestion_id", "999999", "no longer in the study" },
    };

    [Theory]
    [MemberData(nameof(BadCells))]
    public async Task BadRow_OneLineErrorNamingFileAndLine_NoRowRecorded(string column, string value, string expected)
    {
        var coder = "sheet-bad-" + column;
        var rows = await ExportCsvAsync(coder);
        var likert = LikertRows(rows);
        rows[likert[0]][Col(rows, "score")] = "1";
        rows[likert[5]][Col(rows, "score")] = "1";
        rows[likert[5]][Col(rows, column)] = value;
        var file = Write(rows);

        var r = await CliRunner.RunAsync("sheet", "import", file, "--study", Study, "--coder", coder);
        Assert.Equal(3, r.ExitCode);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"{file}:{likert[5] + 1}:", line);
        Assert.Contains(expected, line);
        Assert.Empty(await StudyData.DecisionsAsync(Study, coder));
    }

    [Fact]
    public async Task MissingColumnOrCorruptWorkbook_OneLineError()
    {
        var noScore = fixture.Dir.File("sheets/no-score.csv", "interview,variable,suggestion,suggestion_id\nint01,vul_poverty,1,1\n");
        var r = await CliRunner.RunAsync("sheet", "import", noScore, "--study", Study, "--coder", "sheet-cols");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("missing column 'score'", r.Stderr);

        var corrupt = fixture.Dir.File("sheets/corrupt.xlsx", "PK\u0003\u0004 this is not a workbook");
        var c = await CliRunner.RunAsync("sheet", "import", corrupt, "--study", Study, "--coder", "sheet-cols");
        Assert.Equal(3, c.ExitCode);
        Assert.Contains("corrupt.xlsx", c.Stderr);
        Assert.Single(c.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task UsageErrors_Exit2()
    {
        Assert.Equal(2, (await CliRunner.RunAsync("sheet", "export", "--study", Study)).ExitCode);
        Assert.Equal(2, (await CliRunner.RunAsync("sheet", "export", "--study", Study, "--coder", "x", "--format", "pdf")).ExitCode);
        Assert.Equal(2, (await CliRunner.RunAsync("sheet", "import", "--study", Study, "--coder", "x")).ExitCode);
        Assert.Equal(2, (await CliRunner.RunAsync("sheet", "import", "file.csv", "--study", Study)).ExitCode);
    }

    /// <summary>SIGKILL while a large sheet is being recorded: either none or all of it is in the study, and the rerun completes it exactly once.</summary>
    [Fact]
    public async Task KilledDuringImport_RerunRecordsEveryRowExactlyOnce()
    {
        var rows = await ExportCsvAsync("sheet-kill", "int01,int02,int03,int04,int05,int06");
        var score = Col(rows, "score");
        var filled = 0;
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i][Col(rows, "scale")] is "0..3" or "0..1")
            {
                rows[i][score] = "0";
                filled++;
            }
        }
        var file = Write(rows);
        using (var p = CliRunner.Start(["sheet", "import", file, "--study", Study, "--coder", "sheet-kill"]))
        {
            await Task.Delay(1500);
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
        }
        var partial = (await StudyData.DecisionsAsync(Study, "sheet-kill")).Count;
        Assert.True(partial == 0 || partial == filled, $"{partial} of {filled} rows recorded after the kill");

        await SampleStudy.Ok("sheet", "import", file, "--study", Study, "--coder", "sheet-kill");
        var trail = await StudyData.DecisionsAsync(Study, "sheet-kill");
        Assert.Equal(filled, trail.Count);
        Assert.Equal(filled, trail.Select(d => (d.InterviewId, d.VariableId)).Distinct().Count());
    }
}
