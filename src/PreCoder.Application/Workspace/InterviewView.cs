namespace PreCoder.Application.Workspace;

/// <summary>Everything the interview page shows one coder, already filtered by what the coder may see.</summary>
public sealed record InterviewView(
    string InterviewId,
    IReadOnlyList<PassageView> Passages,
    IReadOnlyList<CategoryView> Categories,
    IReadOnlyList<string> MissingReasons,
    WorkspaceVisibility Visibility)
{
    public IEnumerable<VariableView> Variables => Categories.SelectMany(c => c.Variables);

    /// <summary>True when the study holds the interview's recording, which the page then plays (see <see cref="InterviewRecordings"/>).</summary>
    public bool HasRecording { get; init; }
}
