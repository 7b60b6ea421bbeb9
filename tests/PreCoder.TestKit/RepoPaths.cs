namespace PreCoder.TestKit;

/// <summary>Finds files of the repository from a test's bin folder (the folder holding PreCoder.sln).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PreCoder.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("PreCoder.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Sample(params string[] parts) => Path.Combine([Root, "samples", "isis-sample", .. parts]);

    public static string SeedCodebook => Combine("codebooks", "isis-in-their-own-words.yaml");
}
