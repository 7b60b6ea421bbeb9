namespace PreCoder.Web.Tests;

/// <summary>The browser tests share one study, one server and one browser; each signs in as its own coder.</summary>
[CollectionDefinition(Name)]
public sealed class WorkspaceCollection : ICollectionFixture<WorkspaceFixture>
{
    public const string Name = "workspace";
}
