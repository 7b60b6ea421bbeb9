namespace PreCoder.Web.Tests;

/// <summary>A fact that drives Debian's chromium; it reports itself skipped, saying how to install it, when it is missing.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(WorkspaceFixture.Chromium))
        {
            Skip = $"{WorkspaceFixture.Chromium} not installed: apt-get install chromium (.ci/run installs it)";
        }
    }
}
