namespace PreCoder.Application.Workspace;

/// <summary>
/// One value a coder can give: the value as the scale writes it, its anchor ("Present and somewhat important") and the
/// key that gives it on the interview page (the digit itself on 0..9 scales, the position for named categories).
/// </summary>
public sealed record LevelView(string Value, string Label, string? Key);
