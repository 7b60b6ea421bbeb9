namespace PreCoder.Codebooks.Tests.Support;

/// <summary>Finds files in the repository from the test's bin folder, so tests read the real seed codebook.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedCodebook => Path.Combine(Root, "codebooks", "isis-in-their-own-words.yaml");

    public static string Schema => Path.Combine(Root, "codebooks", "schema", "precoder-codebook.schema.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PreCoder.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"PreCoder.sln not found above {AppContext.BaseDirectory}");
    }
}
