using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PreCoder.Web.Api;

namespace PreCoder.Web.Hosting;

public static class WorkspaceServiceCollectionExtensions
{
    /// <summary>The workspace's services: the study's use cases, cookie sign-in, antiforgery and Blazor server components.</summary>
    public static IServiceCollection AddWorkspace(this IServiceCollection services, StudySession session)
    {
        services.AddSingleton(session);
        services.AddSingleton(new InterviewWorkspace(session));
        services.AddSingleton(new InterviewList(session));
        services.AddSingleton(new InterviewRecordings(session));
        services.AddSingleton(new CoderAccounts(session));
        services.AddSingleton(new PreCoder.Application.Reconciliation.InterviewReconciliation(session));
        services.AddSingleton(new PreCoder.Application.Payoff.SuggestionPayoff(session));

        // Cookies stay valid across restarts of serve: the keys live with the study (on a shared server, one folder per study).
        var keys = services.AddDataProtection().SetApplicationName("PreCoder.Workspace");
        if (session.Folder.Exists)
        {
            keys.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(session.Folder.Path, "keys")));
        }

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/signin";
                cookie.LogoutPath = "/account/signout";
                cookie.Cookie.Name = "precoder.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
                cookie.SlidingExpiration = true;
                // Pages send a person to sign in; the API, Blazor's hub and anything not asking for a page get 401.
                cookie.Events.OnRedirectToLogin = context =>
                {
                    var wantsPage = HttpMethods.IsGet(context.Request.Method)
                        && !context.Request.Path.StartsWithSegments("/api")
                        && !context.Request.Path.StartsWithSegments("/_blazor");
                    if (wantsPage)
                    {
                        context.Response.Redirect(context.RedirectUri);
                    }
                    else
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    }
                    return Task.CompletedTask;
                };
                cookie.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return context.Response.WriteAsync("Only the study's leads can open this.");
                };
            });
        services.AddAuthorizationBuilder()
            // Every endpoint needs a signed-in coder unless it says otherwise (sign-in page and form, static assets).
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(WorkspacePolicies.Lead, policy => policy.RequireRole(nameof(Core.Coding.CoderRole.Lead)));
        services.AddAntiforgery(options =>
        {
            options.HeaderName = InterviewEndpoints.AntiforgeryHeader;
            options.Cookie.Name = "precoder.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddCascadingAuthenticationState();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return services;
    }
}
