using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PreCoder.Application.Payoff;
using PreCoder.Application.Reconciliation;
using PreCoder.Core.Errors;
using PreCoder.Web.Accounts;
using PreCoder.Web.Hosting;

namespace PreCoder.Web.Api;

/// <summary>What only leads may call: an interview's disagreements, setting the consensus code, the pay-off table as CSV.</summary>
public static class LeadEndpoints
{
    public static void MapLeadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var lead = endpoints.MapGroup("/api").RequireAuthorization(WorkspacePolicies.Lead);
        lead.MapGet("/interviews/{interviewId}/reconciliation", async (string interviewId, bool? all, HttpContext http, InterviewReconciliation reconciliation, CancellationToken ct) =>
            Results.Ok(await reconciliation.LoadAsync(http.User.CoderName(), interviewId, disagreementsOnly: all != true, ct)));
        lead.MapPost("/interviews/{interviewId}/consensus", SetConsensusAsync).AddEndpointFilter<AntiforgeryHeaderFilter>();
        lead.MapGet("/payoff.csv", async (SuggestionPayoff payoff, CancellationToken ct) =>
        {
            var writer = new StringWriter();
            SuggestionPayoff.WriteCsv(writer, await payoff.LoadAsync(ct));
            return Results.File(System.Text.Encoding.UTF8.GetBytes(writer.ToString()), "text/csv; charset=utf-8", "payoff.csv");
        });
    }

    private static async Task<IResult> SetConsensusAsync(string interviewId, DecisionBody body, HttpContext http, InterviewReconciliation reconciliation, CancellationToken ct)
    {
        try
        {
            return Results.Ok(await reconciliation.SetConsensusAsync(http.User.CoderName(), body.ToDecision(interviewId), ct));
        }
        catch (DecisionConflictException ex)
        {
            return Results.Conflict(new { error = ex.Message });
        }
        catch (InputException ex)
        {
            return Results.BadRequest(new { error = ex.Message });
        }
        catch (UnauthorizedAccessException ex)
        {
            return Results.Json(new { error = ex.Message }, statusCode: StatusCodes.Status403Forbidden);
        }
    }
}
