using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using PreCoder.Web.Accounts;
using PreCoder.Web.Api;
using PreCoder.Web.Components;
using PreCoder.Web.Team;

namespace PreCoder.Web.Hosting;

public static class WorkspaceApplicationExtensions
{
    /// <summary>The request pipeline: forwarded headers from a local reverse proxy, sign-in, antiforgery, pages and API.</summary>
    public static WebApplication UseWorkspace(this WebApplication app)
    {
        // Behind a TLS reverse proxy on the same machine (the default trusted proxy is loopback), cookies see https.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseJobDashboard();
        app.MapEmbeddedAssets();
        app.MapAccountEndpoints();
        app.MapInterviewEndpoints();
        app.MapLeadEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
