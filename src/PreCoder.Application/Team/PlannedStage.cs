namespace PreCoder.Application.Team;

/// <summary>One stage of a distributed pipeline: its position in the file, its step, the stage and its input.</summary>
internal sealed record PlannedStage(int Index, StageStep Step, IItemStage Stage, StageInput Input)
{
    public StageScope Scope => StageScopes.Of(Stage);
}
