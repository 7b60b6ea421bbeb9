namespace PreCoder.Agreement.Tests.Support;

/// <summary>Finds committed test data by walking up from the test binaries to the repository root, so nothing is copied.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>Gets the folder holding the published inter-rater reliability reference data.</summary>
    public static string IrrData => Path.Combine(Root.Value, "tests", "data", "irr");

    /// <summary>Gets the agreement library's project folder.</summary>
    public static string AgreementProject => Path.Combine(Root.Value, "src", "PreCoder.Agreement");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PreCoder.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No PreCoder.sln above {AppContext.BaseDirectory}.");
    }
}
