using Hangfire.Dashboard;
using PreCoder.Web.Accounts;

namespace PreCoder.Web.Team;

/// <summary>
/// Only a signed-in lead sees the job dashboard: it shows every file name and error of the batch and can delete or
/// requeue jobs, which is a lead's call. The dashboard is middleware, not an endpoint, so the workspace's fallback
/// policy does not cover it; this filter does.
/// </summary>
public sealed class LeadDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsLead();
}
