using PreCoder.Core.Errors;

namespace PreCoder.Application.Tests.Pipeline;

public sealed class PipelineDefinitionTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public static TheoryData<string> ShippedPipelines() => [.. Directory.EnumerateFiles(RepoPaths.Combine("pipelines"), "*.yaml").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(ShippedPipelines))]
    public void Load_ShippedPipeline_EveryStepsOptionsBindToItsStage(string file)
    {
        var definition = PipelineDefinition.Load(RepoPaths.Combine("pipelines", file));

        Assert.NotEmpty(definition.Stages);
        Assert.All(definition.Stages, s => Assert.Equal(RepoPaths.Combine("pipelines", file), s.Origin.File));
    }

    [Theory]
    [InlineData("  - stage: train\n    options:\n      coder: ana\n      folds: five\n", 6, "stage train option folds: 'five' is not a whole number")]
    [InlineData("  - stage: train\n    options:\n      folds: 3\n", 3, "stage train option coder: required (whose codes to learn from)")]
    [InlineData("  - stage: import\n  - stage: reports\n    options:\n      machine: sometimes\n", 6, "stage reports option machine: 'sometimes' is not true or false")]
    [InlineData("  - stage: transcribe\n    options:\n      maxConcurrency: 0\n", 5, "stage transcribe option maxConcurrency: must be between 1 and 64")]
    [InlineData("  - stage: evaluate\n    options:\n      coder: ana\n      learningCurve: 10,x\n", 6, "stage evaluate option learningCurve: '10,x' is not a comma-separated list of positive whole numbers")]
    [InlineData("  - stage: passages\n    options:\n      passage: segment\n", 5, "unknown option 'passage' for stage passages (passages)")]
    public void Load_BadStageOption_OneLineErrorWithFileAndLine(string stages, int line, string expected)
    {
        var path = _dir.File("bad.yaml", "name: bad\nstages:\n" + stages);

        var ex = Assert.Throws<InputException>(() => PipelineDefinition.Load(path));

        Assert.Equal($"{path}:{line}: {expected}", ex.Message);
    }

    public void Dispose() => _dir.Dispose();
}
