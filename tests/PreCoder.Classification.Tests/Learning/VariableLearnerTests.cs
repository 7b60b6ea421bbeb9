using PreCoder.Classification.Baselines;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Learning;
using PreCoder.Classification.Tests.Support;
using PreCoder.Classification.Trained;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Coding;

namespace PreCoder.Classification.Tests.Learning;

/// <summary>Per-variable learning on the synthetic study: 16 interviews coded for training, 8 held out with the same design.</summary>
public class VariableLearnerTests
{
    private static readonly Lazy<(SyntheticStudy Study, EmbeddedClassifier Embedded)> Setup = new(() =>
    {
        var study = new SyntheticStudy(interviews: 24);
        return (study, EmbeddedClassifier.Create(SharedEncoder.Passages(), SyntheticStudy.Codebook, study.AllPassages, new ZeroShotOptions()));
    });

    private static IReadOnlyList<InterviewCase> Training => Setup.Value.Study.Interviews.Take(16).ToArray();

    private static IReadOnlyList<InterviewCase> HeldOut => Setup.Value.Study.Interviews.Skip(16).ToArray();

    [Fact]
    public async Task Train_SixteenCodedInterviews_AgreesWithTheCoderMoreThanTheBaseRateOnUnseenOnes()
    {
        var (study, embedded) = Setup.Value;
        var sut = TrainedClassifierTrainer.Train(embedded, Training, study.Codes, SyntheticStudy.Coder, new TrainerOptions());
        var baseRate = BaseRateClassifier.Fit(SyntheticStudy.Codebook, study.Codes.Where(c => Training.Any(t => t.InterviewId == c.InterviewId)).ToArray(), SyntheticStudy.Coder);

        var trained = await Exact(sut, study);
        var majority = await Exact(baseRate, study);

        Assert.All(sut.Metadata.Variables, v => Assert.Equal(SentenceSource.Own, v.Sentences));
        Assert.All(sut.Metadata.Variables, v => Assert.True(v.Kind == VariableModelKind.Learned || v.ZeroShotMeasuredBetter, v.ToString()));
        Assert.True(trained > majority, $"trained exact {trained:0.00} vs base rate {majority:0.00}");
        Assert.True(trained >= 0.6, $"trained exact {trained:0.00}");
    }

    [Fact]
    public async Task Train_PresentScore_QuotesTheSentencesTheCoderWouldQuoteVerbatim()
    {
        var (study, embedded) = Setup.Value;
        var sut = TrainedClassifierTrainer.Train(embedded, Training, study.Codes, SyntheticStudy.Coder, new TrainerOptions());
        var interview = HeldOut[0];

        var suggestions = await sut.ClassifyAsync(interview, default);

        var present = suggestions.Where(s => s.Value > 0).ToArray();
        Assert.NotEmpty(present);
        Assert.All(present, s => Assert.NotEmpty(s.Evidence));
        Assert.All(present.SelectMany(s => s.Evidence), q => Assert.True(EvidenceQuotes.IsVerbatim(q, interview.Passages.Single(p => p.Id == q.PassageId).English)));
        var human = study.Codes.Where(c => c.InterviewId == interview.InterviewId && c.Score.Value > 0).SelectMany(c => c.Evidence.Select(q => (c.VariableId, q.Text))).ToArray();
        var hits = present.Count(s => s.Evidence.Any(q => human.Any(h => h.VariableId == s.VariableId && (q.Text.Contains(h.Text, StringComparison.Ordinal) || h.Text.Contains(q.Text, StringComparison.Ordinal)))));
        Assert.True(hits >= present.Length / 2, $"{hits} of {present.Length} suggestions quote what the coder quoted");
    }

    [Fact]
    public async Task Train_TooFewCodedInterviews_FallsBackToZeroShotAndSaysSo()
    {
        var (study, embedded) = Setup.Value;
        var sut = TrainedClassifierTrainer.Train(embedded, Training.Take(4).ToArray(), study.Codes, SyntheticStudy.Coder, new TrainerOptions());

        var suggestions = await sut.ClassifyAsync(HeldOut[0], default);

        Assert.All(sut.Metadata.Variables, v => Assert.Equal(VariableModelKind.ZeroShot, v.Kind));
        Assert.All(suggestions, s => Assert.Contains("too few codes to learn from", s.Rationale));
        Assert.All(suggestions, s => Assert.Contains("base rate", s.Rationale));
    }

    [Fact]
    public async Task Train_CoderLeavesAnAbsentTopicMissing_ProposesMissingWhereTheTopicIsAbsent()
    {
        var (study, embedded) = Setup.Value;
        var codes = study.Codes.Select(c => c.VariableId == "mot_money" && c.Score.Value == 0 ? c with { Score = Score.Missing("not explored") } : c).ToArray();
        var sut = TrainedClassifierTrainer.Train(embedded, Training, codes, SyntheticStudy.Coder, new TrainerOptions());

        var proposals = new List<(int Truth, double? Value)>();
        foreach (var interview in HeldOut)
        {
            var s = (await sut.ClassifyAsync(interview, default)).Single(x => x.VariableId == "mot_money");
            proposals.Add((study.TrueLevel(interview.InterviewId, "mot_money"), s.Value));
        }

        Assert.True(sut.Metadata.Variables.Single(v => v.VariableId == "mot_money").LearnsMissing);
        var absent = proposals.Where(p => p.Truth == 0).ToArray();
        var present = proposals.Where(p => p.Truth > 0).ToArray();
        Assert.True(absent.Count(p => p.Value is null) > absent.Length / 2, string.Join(", ", proposals));
        Assert.True(present.Count(p => p.Value is not null) > present.Length / 2, string.Join(", ", proposals));
    }

    private static async Task<double> Exact(IClassifier classifier, SyntheticStudy study)
    {
        int exact = 0, total = 0;
        foreach (var interview in HeldOut)
        {
            foreach (var s in (await classifier.ClassifyAsync(interview, default)).Where(s => s.PassageId is null))
            {
                total++;
                exact += s.Value == study.TrueLevel(interview.InterviewId, s.VariableId) ? 1 : 0;
            }
        }
        return exact / (double)total;
    }
}
