using PreCoder.Application.Precoding;
using PreCoder.Application.Training;
using PreCoder.Core.Errors;

namespace PreCoder.Application.Tests.StageOptions;

public sealed class StageOptionsBinderTests
{
    private static readonly StageOptionsOrigin Origin = new("pipe.yaml", 4, new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["coder"] = 6, ["folds"] = 7, ["bogus"] = 8, ["classifier"] = 6 });

    private static Dictionary<string, string> Values(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Bind_ValidValues_TypedOptions()
    {
        var options = StageOptionsBinder.Bind<TrainStageOptions>("train", Values(("coder", "ana"), ("FOLDS", "3")), Origin);

        Assert.Equal("ana", options.Coder);
        Assert.Equal(3, options.Folds);
    }

    [Fact]
    public void Bind_OptionLeftOut_DefaultValue()
    {
        var options = StageOptionsBinder.Bind<TrainStageOptions>("train", Values(("coder", "ana")), Origin);

        Assert.Equal(5, options.Folds);
    }

    [Theory]
    [InlineData("train", "coder=ana;folds=five", "pipe.yaml:7: stage train option folds: 'five' is not a whole number")]
    [InlineData("train", "coder=ana;folds=1000", "pipe.yaml:7: stage train option folds: must be between 0 and 100")]
    [InlineData("train", "coder=ana;bogus=1", "pipe.yaml:8: unknown option 'bogus' for stage train (coder, folds)")]
    [InlineData("train", "folds=3", "pipe.yaml:4: stage train option coder: required (whose codes to learn from)")]
    [InlineData("precode", "classifier=bert", "pipe.yaml:6: stage precode option classifier: 'bert' is not one of embedded, trained, llm")]
    public void Bind_BadOptions_OneLineErrorOnTheOptionsLineOrElseTheStages(string stage, string written, string expected)
    {
        var values = Values(written.Split(';').Select(p => (p.Split('=')[0], p.Split('=')[1])).ToArray());
        var type = stage == "train" ? typeof(TrainStageOptions) : typeof(PrecodeStageOptions);

        var ex = Assert.Throws<InputException>(() => StageOptionsBinder.Bind(type, stage, values, Origin));

        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void Bind_ListedValueInOtherCase_Accepted()
    {
        var options = StageOptionsBinder.Bind<PrecodeStageOptions>("precode", Values(("classifier", "Trained")), Origin);

        Assert.Equal("Trained", options.Classifier);
    }

    [Fact]
    public void Bind_OptionForAStageThatTakesNone_Error()
    {
        var ex = Assert.Throws<InputException>(() => StageOptionsBinder.Bind<NoStageOptions>("translate", Values(("model", "x")), StageOptionsOrigin.Code));

        Assert.Equal("pipeline: stage translate takes no options (found 'model')", ex.Message);
    }
}
