using Microsoft.EntityFrameworkCore;
using PreCoder.Application.Workspace;
using PreCoder.Core.Coding;
using PreCoder.Core.Errors;

namespace PreCoder.Application.Reconciliation;

/// <summary>
/// Leads settle disagreements: between coders, and between the machine and coders. The settled code is recorded as its
/// own coder, <see cref="ConsensusCoder"/>, so <c>agreement</c>, <c>report --coder consensus</c> and training read it
/// like any other. Only a lead (checked here, against the stored role) may see all codes this way or write consensus.
/// </summary>
public sealed class InterviewReconciliation(StudySession session)
{
    public const string ConsensusCoder = "consensus";

    private static readonly WorkspaceVisibility Everything = new(ShowsOtherCoders: true, ShowsSuggestions: true);

    private readonly InterviewWorkspace _workspace = new(session);

    public async Task<ReconciliationView> LoadAsync(string lead, string interviewId, bool disagreementsOnly, CancellationToken cancellationToken)
    {
        await RequireLeadAsync(lead, cancellationToken);
        var view = await _workspace.LoadAsync(ConsensusCoder, interviewId, Everything, cancellationToken);
        var items = view.Variables.Where(v => v.Others.Count > 0).Select(Compare)
            .Where(i => !disagreementsOnly || i.CodersDisagree || i.MachineDisagrees)
            .ToArray();
        return new ReconciliationView(interviewId, items, view.Variables.Count(v => v.Others.Count > 0), view.MissingReasons);
    }

    /// <summary>Sets the consensus code for one variable; the trail notes which lead set it.</summary>
    public async Task<ReconciliationItem> SetConsensusAsync(string lead, WorkspaceDecision decision, CancellationToken cancellationToken)
    {
        await RequireLeadAsync(lead, cancellationToken);
        await _workspace.RecordAsync(ConsensusCoder, decision, $"reconciliation by {lead}", cancellationToken);
        return Compare(await _workspace.LoadVariableAsync(ConsensusCoder, decision.InterviewId, decision.VariableId, Everything, cancellationToken));
    }

    private static ReconciliationItem Compare(VariableView variable)
    {
        var coders = variable.Others.Select(o => o.Score).ToArray();
        var codersDisagree = coders.Distinct(StringComparer.Ordinal).Count() > 1;
        var machineDisagrees = variable.Suggestion is { } s && coders.Any(c => c != s.Score);
        return new ReconciliationItem(variable, codersDisagree, machineDisagrees);
    }

    private async Task RequireLeadAsync(string coder, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var role = await db.Coders.AsNoTracking().Where(c => c.Id == coder).Select(c => c.Role).FirstOrDefaultAsync(cancellationToken);
        if (role != CoderRole.Lead)
        {
            throw new UnauthorizedAccessException($"only a lead reconciles; '{coder}' is not one");
        }
    }
}
