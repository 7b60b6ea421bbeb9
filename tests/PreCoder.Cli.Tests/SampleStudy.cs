namespace PreCoder.Cli.Tests;

/// <summary>Builds a study from the bundled sample through the real CLI, step by step as the README does.</summary>
internal static class SampleStudy
{
    public static async Task<string> CreateAsync(TempDirectory dir, bool withCodes = true, params string[] extraIngestArgs)
    {
        var study = dir.Sub("study");
        await Ok("init", study);
        await Ok("codebook", "import", RepoPaths.SeedCodebook, "--study", study);
        await Ok(["ingest", RepoPaths.Sample("transcripts"), "--study", study, .. extraIngestArgs]);
        await Ok("attributes", "import", RepoPaths.Sample("attributes.csv"), "--study", study);
        if (withCodes)
        {
            await Ok("codes", "import", RepoPaths.Sample("codes.csv"), "--study", study);
        }
        return study;
    }

    public static async Task<CliRunner.Result> Ok(params string[] args)
    {
        var r = await CliRunner.RunAsync(args);
        Assert.True(r.ExitCode == 0, $"precoder {string.Join(' ', args)} exited {r.ExitCode}: {r.Stderr}");
        return r;
    }
}
