namespace PreCoder.Cli.Tests;

/// <summary><c>export matrix</c> on the sample study: the files an analyst opens in R or SPSS.</summary>
public sealed class ExportMatrixTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ExportMatrix_SampleStudyConsensus_CsvSpssAndRSideBySide()
    {
        var study = await SampleStudy.CreateAsync(_dir);
        var outDir = _dir.Sub("analysis");

        var result = await SampleStudy.Ok("export", "matrix", "--study", study, "--coder", "consensus", "--format", "sav,r", "--out", outDir);

        Assert.Contains("consensus of ayse, jonas", result.Stdout);
        var lines = File.ReadAllLines(Path.Combine(outDir, "matrix.csv"));
        Assert.Equal(11, lines.Length);
        Assert.StartsWith("interview,gender,local_foreign,", lines[0]);
        Assert.Contains(",vul_poverty,", lines[0]);
        Assert.StartsWith("int01,male,local,Iraqi,16,", lines[1]);
        var sps = File.ReadAllText(Path.Combine(outDir, "matrix.sps"));
        Assert.Contains("/FILE=\"matrix.csv\"", sps);
        Assert.Contains("(LOWEST THRU -1).", sps);
        var r = File.ReadAllText(Path.Combine(outDir, "matrix.R"));
        Assert.Contains("read.csv(precoder_csv", r);
        Assert.Contains("precoder[[\"vul_poverty\"]] <- factor(", r);
    }

    [ToolFact("Rscript")]
    public async Task ExportMatrix_R_ScriptLoadsTheMatrixWithFactorLabels()
    {
        var outDir = await ExportAsync();

        var r = await Run(ToolFactAttribute.Find("Rscript")!, outDir, "-e", "source('matrix.R'); cat(nrow(precoder), is.ordered(precoder$vul_poverty), levels(precoder$vul_poverty)[4], sep='|')");

        Assert.Equal("10|TRUE|Present and very important", r.Trim().Split('\n').Last());
    }

    [ToolFact("pspp")]
    public async Task ExportMatrix_SpssSyntax_LoadsInPsppWithValueLabels()
    {
        var outDir = await ExportAsync();
        File.AppendAllText(Path.Combine(outDir, "matrix.sps"), "DISPLAY DICTIONARY /VARIABLES=vul_poverty.\nDESCRIPTIVES /VARIABLES=vul_poverty.\n");

        var output = await Run(ToolFactAttribute.Find("pspp")!, outDir, "matrix.sps");

        Assert.Contains("Present and very important", output);
        Assert.DoesNotContain("error", output, StringComparison.OrdinalIgnoreCase);
    }

    [ToolFact("pspp")]
    public async Task ExportMatrix_Sav_PsppReadsCasesLabelsAndUserMissing()
    {
        var outDir = await ExportAsync();
        File.WriteAllText(Path.Combine(outDir, "read-sav.sps"), """
            GET FILE='matrix.sav'.
            DISPLAY DICTIONARY /VARIABLES=interview legal_status_at_interview vul_poverty.
            FREQUENCIES /VARIABLES=tra_execution_witness.
            LIST /VARIABLES=interview legal_status_at_interview /CASES=FROM 1 TO 1.
            """);

        var output = await Run(ToolFactAttribute.Find("pspp")!, outDir, "read-sav.sps");

        Assert.DoesNotContain("error", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("warning", output, StringComparison.OrdinalIgnoreCase);
        // Long names, variable and value labels, and a string longer than 8 bytes (continuation records) come back.
        Assert.Contains("legal_status_at_interview", output);
        Assert.Contains("|Poverty", output);
        Assert.Contains("Present and very important", output);
        Assert.Matches(@"\|int01\s*\|incarcerated_pre_sentence\s*\|", output);
        // ayse left tra_execution_witness missing on int05 and int07: user-missing, so out of the valid n.
        Assert.Matches(@"N Valid\s*\|\s*8\|", output);
        Assert.Matches(@"\|Missing missing\s*\|\s*2\|", output);
    }

    private async Task<string> ExportAsync()
    {
        var study = await SampleStudy.CreateAsync(_dir);
        var outDir = _dir.Sub("analysis");
        await SampleStudy.Ok("export", "matrix", "--study", study, "--format", "sav,r", "--out", outDir);
        return outDir;
    }

    private static async Task<string> Run(string tool, string folder, params string[] args)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(tool) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, $"{tool} exited {p.ExitCode}: {stderr}");
        return await stdout + stderr;
    }

    [Fact]
    public async Task ExportMatrix_SpssWithoutOut_UsageErrorNamingOption()
    {
        var study = _dir.Sub("s");
        await SampleStudy.Ok("init", study);

        var result = await CliRunner.RunAsync("export", "matrix", "--study", study, "--format", "sav");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: --out: ", result.Stderr);
    }
}
