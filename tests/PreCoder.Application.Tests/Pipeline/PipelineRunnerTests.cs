using PreCoder.Application.Studies;
using PreCoder.Application.Training;
using PreCoder.Core.Errors;
using PreCoder.Store.Studies;

namespace PreCoder.Application.Tests.Pipeline;

public sealed class PipelineRunnerTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task RunAsync_BadOptionInALaterStage_FailsBeforeTheFirstStagePlans()
    {
        new StudyFolder(_dir.Path).Create("runner");
        using var session = await StudySession.OpenAsync(new StudyOpenOptions(_dir.Path), CancellationToken.None);
        var first = new CountingStage();
        var train = new StageInput([], new Dictionary<string, string> { ["coder"] = "ana", ["folds"] = "-1" })
        {
            Origin = new StageOptionsOrigin("team.yaml", 9, new Dictionary<string, int> { ["folds"] = 11 }),
        };

        var ex = await Assert.ThrowsAsync<InputException>(() => new PipelineRunner(session).RunAsync(
            "two", [(first, new StageInput([], new Dictionary<string, string>())), (new TrainStage(), train)], CancellationToken.None));

        Assert.Equal("team.yaml:11: stage train option folds: must be between 0 and 100", ex.Message);
        Assert.Equal(0, first.Planned);
    }

    public void Dispose() => _dir.Dispose();

    private sealed class CountingStage : IItemStage<NoStageOptions>
    {
        public int Planned { get; private set; }

        public string Name => "counting";

        public Task<IReadOnlyList<StageItem>> PlanAsync(StudySession session, StageInput input, CancellationToken cancellationToken)
        {
            Planned++;
            return Task.FromResult<IReadOnlyList<StageItem>>([]);
        }

        public Task<string> RunAsync(StudySession session, StageInput input, StageItem item, CancellationToken cancellationToken) => Task.FromResult("");
    }
}
