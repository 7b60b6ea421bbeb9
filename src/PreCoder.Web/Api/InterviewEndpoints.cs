using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;
using PreCoder.Application.Transcripts;
using PreCoder.Core.Errors;
using PreCoder.Web.Accounts;

namespace PreCoder.Web.Api;

/// <summary>
/// The workspace's JSON API: what the pages show, for scripts and for checking what the server sends a blind coder,
/// decisions as the signed-in coder, the interview's recording and speaker relabelling. State-changing calls need the
/// antiforgery token in <see cref="AntiforgeryHeader"/>.
/// </summary>
public static class InterviewEndpoints
{
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

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
        // Range requests let the player start at a quote in a 90-minute recording without fetching what comes before it.
        api.MapGet("/interviews/{interviewId}/recording", async (string interviewId, InterviewRecordings recordings, CancellationToken ct) =>
            await recordings.FindAsync(interviewId, ct) is { } path
                ? Results.File(path, ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream", enableRangeProcessing: true)
                : Results.NotFound(new { error = "the study holds no recording of this interview" }));
        api.MapPost("/interviews/{interviewId}/speakers", RelabelAsync).AddEndpointFilter<AntiforgeryHeaderFilter>();
    }

    private static async Task<IResult> RelabelAsync(string interviewId, SpeakerBody body, StudySession session, CancellationToken ct)
    {
        try
        {
            return Results.Ok(await SpeakerRelabelling.RelabelAsync(session, body.ToRequest(interviewId), ct));
        }
        catch (InputException ex)
        {
            return Results.BadRequest(new { error = ex.Problem });
        }
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
