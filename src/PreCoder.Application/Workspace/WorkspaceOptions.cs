namespace PreCoder.Application.Workspace;

/// <summary>
/// The <c>Workspace</c> configuration section: who codes blind. Blind double-coding keeps reliability honest, so it is
/// enforced where the server builds its answers (<see cref="InterviewWorkspace"/>, <see cref="InterviewList"/>), not by
/// hiding parts of a page.
/// </summary>
public sealed class WorkspaceOptions
{
    public const string Section = "Workspace";

    /// <summary>Coders who never see another coder's codes or progress.</summary>
    public string[] BlindCoders { get; set; } = [];

    /// <summary>Interviews every coder codes blind (e.g. the double-coded reliability sample).</summary>
    public string[] BlindInterviews { get; set; } = [];

    /// <summary>Coders who never see the machine's suggestions, so that their codes measure the machine fairly.</summary>
    public string[] HideSuggestionsFrom { get; set; } = [];

    /// <summary>Failed sign-ins in a row that lock an account. The default value is 5.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked. The default value is 15 minutes.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public WorkspaceVisibility VisibilityFor(string coder, string? interviewId = null) => new(
        ShowsOtherCoders: !Contains(BlindCoders, coder) && (interviewId is null || !Contains(BlindInterviews, interviewId)),
        ShowsSuggestions: !Contains(HideSuggestionsFrom, coder));

    private static bool Contains(string[] names, string name) => names.Any(n => string.Equals(n.Trim(), name, StringComparison.OrdinalIgnoreCase));
}
