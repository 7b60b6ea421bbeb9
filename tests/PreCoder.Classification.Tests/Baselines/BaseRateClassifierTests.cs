using PreCoder.Classification.Baselines;
using PreCoder.Classification.Tests.Support;
using PreCoder.Core.Coding;

namespace PreCoder.Classification.Tests.Baselines;

public class BaseRateClassifierTests
{
    [Fact]
    public async Task Classify_AnyInterview_ProposesTheCodersMostCommonScore()
    {
        var study = new SyntheticStudy(interviews: 8);
        var codes = study.Codes.Select(c => c.VariableId == "mot_money" ? c with { Score = Score.Of(c.InterviewId == "int01" ? 3 : 2) } : c).ToArray();
        var sut = BaseRateClassifier.Fit(SyntheticStudy.Codebook, codes, SyntheticStudy.Coder);

        var suggestions = await sut.ClassifyAsync(study.Interviews[0], default);

        var money = Assert.Single(suggestions, s => s.VariableId == "mot_money");
        Assert.Equal(2, money.Value);
        Assert.Equal("machine:base-rate", money.CoderId);
        Assert.Empty(money.Evidence);
    }
}
