using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using PreCoder.Core.Coding;

namespace PreCoder.Web.Accounts;

/// <summary>The signed-in coder as the cookie carries them: the name every decision is recorded under, and the role.</summary>
public static class CoderPrincipal
{
    public static ClaimsPrincipal Create(string coder, CoderRole role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, coder), new Claim(ClaimTypes.Role, role.ToString())], CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>The coder's name; only ever read from the authenticated principal, never from a request.</summary>
    public static string CoderName(this ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : throw new InvalidOperationException("no coder is signed in");

    public static bool IsLead(this ClaimsPrincipal user) => user.IsInRole(nameof(CoderRole.Lead));
}
