using PreCoder.Application.Workspace;

namespace PreCoder.Application.Reconciliation;

/// <summary>
/// One variable a lead should look at: every coder's code with evidence (<see cref="VariableView.Others"/>), the machine's
/// suggestion, and the consensus so far (<see cref="VariableView.Mine"/>, as the consensus coder).
/// </summary>
public sealed record ReconciliationItem(VariableView Variable, bool CodersDisagree, bool MachineDisagrees);
