namespace PreCoder.Application.Team;

/// <summary>Which <see cref="StageScope"/> a stage has, from what its items are.</summary>
public static class StageScopes
{
    public static StageScope Of(IItemStage stage) => stage switch
    {
        ImportStage or TranscribeStage => StageScope.File,
        PassagesStage or PrecodeStage or TranslateStage => StageScope.Interview,
        _ => StageScope.Study,
    };
}
