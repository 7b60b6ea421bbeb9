using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PreCoder.Core.Errors;
using PreCoder.Web.Accounts;

namespace PreCoder.Web.Api;

/// <summary>
/// The workspace's JSON API: what the pages show, for scripts and for checking what the server sends a blind coder,
/// and decisions as the signed-in coder. State-changing calls need the antiforgery token in <see cref="AntiforgeryHeader"/>.
/// </summary>
public static class InterviewEndpoints
{
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static void MapInterviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization();
        api.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return Results.Ok(new { headerName = AntiforgeryHeader, token = tokens.RequestToken });
        });
        api.MapGet("/interviews", async (HttpContext http, InterviewList list, CancellationToken ct) =>
            Results.Ok(await list.LoadAsync(http.User.CoderName(), ct)));
        api.MapGet("/interviews/{interviewId}", async (string interviewId, HttpContext http, InterviewWorkspace workspace, CancellationToken ct) =>
        {
            try
            {
                return Results.Ok(await workspace.LoadAsync(http.User.CoderName(), interviewId, ct));
            }
            catch (UnavailableException ex)
            {
                return Results.NotFound(new { error = ex.Message });
            }
        });
        api.MapPost("/interviews/{interviewId}/decisions", DecideAsync).AddEndpointFilter<AntiforgeryHeaderFilter>();
    }

    private static async Task<IResult> DecideAsync(string interviewId, DecisionBody body, HttpContext http, InterviewWorkspace workspace, CancellationToken ct)
    {
        var coder = http.User.CoderName();
        if (body.Coder is { Length: > 0 } named && !string.Equals(named, coder, StringComparison.Ordinal))
        {
            return Results.Json(new { error = "you can record only your own decisions" }, statusCode: StatusCodes.Status403Forbidden);
        }
        try
        {
            return Results.Ok(await workspace.DecideAsync(coder, body.ToDecision(interviewId), ct));
        }
        catch (DecisionConflictException ex)
        {
            var current = await workspace.LoadVariableAsync(coder, interviewId, ex.VariableId, ct);
            return Results.Conflict(new { error = ex.Message, current });
        }
        catch (InputException ex)
        {
            return Results.BadRequest(new { error = ex.Message });
        }
    }
}
