using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using PreCoder.Agreement.Tests.Support;
using Xunit;

namespace PreCoder.Agreement.Tests.Packaging;

/// <summary>
/// Packs the library as CI publishes it (<c>dotnet pack --no-build</c> on the build this test runs against) and checks
/// what a consumer gets: the assembly, its XML docs, the README shown on nuget.org, and no dependencies.
/// </summary>
public sealed class NuGetPackageTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"precoder-pack-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public void Pack_AgreementLibrary_PackageHasReadmeDocsAndNoDependencies()
    {
        var nupkg = Pack();

        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("README.md", entries);
        Assert.Contains("lib/net10.0/PreCoder.Agreement.dll", entries);
        Assert.Contains("lib/net10.0/PreCoder.Agreement.xml", entries);
        using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());
        Assert.Contains("118 published values", readme.ReadToEnd());

        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";
        Assert.Equal("PreCoder.Agreement", Field("id"));
        Assert.Equal("README.md", Field("readme"));
        Assert.Contains("Krippendorff", Field("description"));
        // Dependency-free: a dependency group for the framework may exist, but it lists no packages.
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }

    private string Pack()
    {
        // The configuration this test was built in (bin/<Configuration>/net10.0/), so --no-build finds the same binaries.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "pack", RepositoryPaths.AgreementProject, "-c", configuration, "--no-build", "-o", _out })
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "dotnet pack did not finish in 3 minutes");
        Assert.True(process.ExitCode == 0, $"dotnet pack exited {process.ExitCode}: {stdout.Result}{stderr}");
        return Assert.Single(Directory.GetFiles(_out, "PreCoder.Agreement.*.nupkg"), f => !f.EndsWith(".snupkg", StringComparison.Ordinal));
    }
}
