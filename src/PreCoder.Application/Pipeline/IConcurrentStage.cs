
namespace PreCoder.Application.Pipeline;

/// <summary>
/// A stage whose items may run at the same time (recordings: each holds its own decoder state). Its
/// <see cref="IItemStage.RunAsync"/> must then be safe to call concurrently; each call opens its own database context.
/// </summary>
public interface IConcurrentStage : IItemStage
{
    /// <summary>How many items may run at once; 1 runs them one after another.</summary>
    int MaxConcurrency(StudySession session, StageInput input);
}
