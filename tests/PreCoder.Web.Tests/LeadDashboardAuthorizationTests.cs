using System.Security.Claims;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PreCoder.Core.Coding;
using PreCoder.Web.Accounts;
using PreCoder.Web.Team;

namespace PreCoder.Web.Tests;

/// <summary>The job dashboard under <c>serve</c> opens for a signed-in lead only.</summary>
public sealed class LeadDashboardAuthorizationTests
{
    [Fact]
    public void Authorize_Lead_Allowed() => Assert.True(Authorize(CoderPrincipal.Create("ayse", CoderRole.Lead)));

    [Fact]
    public void Authorize_Coder_Refused() => Assert.False(Authorize(CoderPrincipal.Create("jonas", CoderRole.Coder)));

    [Fact]
    public void Authorize_NobodySignedIn_Refused() => Assert.False(Authorize(new ClaimsPrincipal(new ClaimsIdentity())));

    private static bool Authorize(ClaimsPrincipal user) =>
        new LeadDashboardAuthorization().Authorize(new AspNetCoreDashboardContext(new UnusedStorage(), new DashboardOptions(), new DefaultHttpContext { User = user, RequestServices = new ServiceCollection().BuildServiceProvider() }));

    /// <summary>The filter decides from the signed-in user alone; the storage is never asked.</summary>
    private sealed class UnusedStorage : JobStorage
    {
        public override IMonitoringApi GetMonitoringApi() => throw new InvalidOperationException("the filter must not read the storage");

        public override IStorageConnection GetConnection() => throw new InvalidOperationException("the filter must not read the storage");
    }
}
