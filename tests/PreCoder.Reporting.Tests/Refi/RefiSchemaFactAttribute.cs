using Xunit;

namespace PreCoder.Reporting.Tests.Refi;

/// <summary>
/// A fact that needs the REFI-QDA Project schema, which is not committed: it reports itself skipped, saying where to
/// put the file, instead of passing without checking anything.
/// </summary>
public sealed class RefiSchemaFactAttribute : FactAttribute
{
    public RefiSchemaFactAttribute()
    {
        if (Path is null || !File.Exists(Path))
        {
            Skip = "REFI-QDA Project.xsd not present: put it at tests/data/refi/Project.xsd or name it in PRECODER_REFI_PROJECT_XSD";
        }
    }

    public static string? Path => Environment.GetEnvironmentVariable("PRECODER_REFI_PROJECT_XSD") ?? RepoFile("tests", "data", "refi", "Project.xsd");

    private static string? RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PreCoder.sln")))
            {
                return System.IO.Path.Combine([dir.FullName, .. parts]);
            }
        }
        return null;
    }
}
