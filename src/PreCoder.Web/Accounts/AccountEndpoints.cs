using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace PreCoder.Web.Accounts;

/// <summary>
/// Sign-in and sign-out as form posts (antiforgery-checked, as minimal API form endpoints are). Failures go back to the
/// sign-in page with a reason code in the URL, never the name that was typed.
/// </summary>
internal static partial class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/signin", SignInAsync).AllowAnonymous();
        endpoints.MapPost("/account/signout", (Delegate)SignOutAsync);
    }

    private static async Task<IResult> SignInAsync([FromForm] SignInForm form, HttpContext http, CoderAccounts accounts, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var result = await accounts.SignInAsync(form.Name, form.Password, cancellationToken);
        var log = loggers.CreateLogger("PreCoder.Web.Accounts");
        var back = IsLocal(form.ReturnUrl) ? form.ReturnUrl! : "/";
        switch (result.Outcome)
        {
            case SignInOutcome.Success:
                await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, CoderPrincipal.Create(result.Coder!, result.Role));
                return Results.LocalRedirect(back);
            case SignInOutcome.LockedOut:
                LogLockedOut(log);
                return Results.LocalRedirect($"/signin?problem=locked&returnUrl={Uri.EscapeDataString(back)}");
            default:
                LogFailed(log);
                return Results.LocalRedirect($"/signin?problem=failed&returnUrl={Uri.EscapeDataString(back)}");
        }
    }

    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect("/signin");
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    // Names are not logged: a failed sign-in's name is often a password typed in the wrong field.
    [LoggerMessage(Level = LogLevel.Warning, Message = "A sign-in failed")]
    private static partial void LogFailed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A sign-in was refused: the account is locked")]
    private static partial void LogLockedOut(ILogger logger);
}
