namespace PreCoder.Web.Hosting;

/// <summary>Authorization policy names of the workspace.</summary>
public static class WorkspacePolicies
{
    /// <summary>Leads reconcile and see the dashboards.</summary>
    public const string Lead = "lead";
}
