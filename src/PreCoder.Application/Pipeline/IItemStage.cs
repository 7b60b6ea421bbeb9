
namespace PreCoder.Application.Pipeline;

/// <summary>
/// A pipeline stage that works item by item (a file, an interview). The runner skips an item whose last
/// successful run had the same input hash, records each item's failure without stopping the batch, and
/// writes the item's <see cref="Core.Pipeline.StageRun"/> only after the stage has committed its output,
/// so <see cref="RunAsync"/> must replace (not append to) the item's previous output: then a crash anywhere
/// is resumed by running again.
/// </summary>
public interface IItemStage
{
    /// <summary>The name used in pipeline YAML files (e.g. <c>import</c>, <c>transcribe</c>, <c>passages</c>, <c>precode</c>).</summary>
    string Name { get; }

    /// <summary>
    /// The class a pipeline step's options bind to (see <see cref="IItemStage{TOptions}"/>): its properties are the
    /// options the stage takes, its data annotations the values it accepts. Options are bound and validated before
    /// any stage of a run starts.
    /// </summary>
    Type OptionsType { get; }

    /// <summary>Lists the items this stage would work on, each with a content hash of its inputs and the stage's options.</summary>
    Task<IReadOnlyList<StageItem>> PlanAsync(StudySession session, StageInput input, CancellationToken cancellationToken);

    /// <summary>Does the work for one item and commits its output; returns a short summary (counts) for the report.
    /// Throw <see cref="Core.Errors.InputException"/> (or any exception) to fail just this item.</summary>
    Task<string> RunAsync(StudySession session, StageInput input, StageItem item, CancellationToken cancellationToken);
}
