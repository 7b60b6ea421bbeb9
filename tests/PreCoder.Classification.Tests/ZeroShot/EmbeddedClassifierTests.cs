using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Tests.Support;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Suggestions;
using PreCoder.Core.Transcripts;

namespace PreCoder.Classification.Tests.ZeroShot;

public class EmbeddedClassifierTests
{
    private static readonly Lazy<(SyntheticStudy Study, IReadOnlyList<Suggestion> Suggestions)> Run = new(() =>
    {
        var study = new SyntheticStudy();
        var sut = CreateSut(study);
        return (study, study.Interviews.SelectMany(i => sut.ClassifyAsync(i, default).Result).ToArray());
    });

    private static EmbeddedClassifier CreateSut(SyntheticStudy study) =>
        EmbeddedClassifier.Create(SharedEncoder.Passages(), SyntheticStudy.Codebook, study.AllPassages, new ZeroShotOptions());

    [Fact]
    public void ClassifyAsync_SyntheticStudy_ProposesEveryVariableForEveryInterview()
    {
        var (study, suggestions) = Run.Value;

        Assert.Equal(study.Interviews.Count * SyntheticStudy.VariableIds.Length, suggestions.Count);
        Assert.All(suggestions, s => Assert.InRange(s.Value!.Value, 0, 3));
        Assert.All(suggestions, s => Assert.False(string.IsNullOrWhiteSpace(s.Rationale)));
        Assert.All(suggestions, s => Assert.Equal("machine:embedded", s.CoderId));
    }

    [Fact]
    public void ClassifyAsync_SyntheticStudy_EveryQuoteIsVerbatim()
    {
        var (study, suggestions) = Run.Value;
        var passages = study.AllPassages.ToDictionary(p => (p.InterviewId, p.Id));

        var quotes = suggestions.SelectMany(s => s.Evidence.Select(q => (s.InterviewId, q))).ToArray();

        Assert.NotEmpty(quotes);
        Assert.All(quotes, x =>
        {
            var p = passages[(x.InterviewId, x.q.PassageId)];
            var text = x.q.English ? p.English : p.Text;
            Assert.Equal(text!.Substring(x.q.Start, x.q.Length), x.q.Text);
            Assert.True(EvidenceQuotes.IsVerbatim(x.q, text));
        });
    }

    [Fact]
    public void ClassifyAsync_SyntheticStudy_PresenceAgreesWithDesignMostly()
    {
        var (study, suggestions) = Run.Value;

        var agree = suggestions.Count(s => s.Value > 0 == study.TrueLevel(s.InterviewId, s.VariableId) > 0);

        // The design has clear cases only; zero-shot should get the large majority right (chance is about 0.5).
        Assert.True(agree >= 0.75 * suggestions.Count, $"presence agreement {agree}/{suggestions.Count}");
    }

    [Fact]
    public void ClassifyAsync_GivenAsReasonRepeatedly_ScoresHigherThanPassingMention()
    {
        var (study, suggestions) = Run.Value;

        double Mean(int level) => suggestions.Where(s => study.TrueLevel(s.InterviewId, s.VariableId) == level).Average(s => s.Value!.Value);

        Assert.True(Mean(3) > Mean(1), $"mean score of level-3 cases {Mean(3):0.00} vs level-1 cases {Mean(1):0.00}");
    }

    [Fact]
    public void ClassifyAsync_SameStudyTwice_GivesIdenticalSuggestions()
    {
        var (study, first) = Run.Value;
        var sut = CreateSut(study);

        var second = study.Interviews.SelectMany(i => sut.ClassifyAsync(i, default).Result).ToArray();

        static string Key(Suggestion s) => $"{s.InterviewId}|{s.VariableId}|{s.Value}|{s.Confidence:R}|{string.Join(",", s.Evidence.Select(q => $"{q.PassageId}:{q.Start}:{q.Length}"))}|{s.Rationale}";
        Assert.Equal(first.Select(Key), second.Select(Key));
    }

    [Fact]
    public async Task ClassifyAsync_OnlyTheInterviewersQuestions_ProposesMissingForEveryVariable()
    {
        var (study, _) = Run.Value;
        var sut = CreateSut(study);
        var original = study.Interviews[0];
        var questionsOnly = original with { Passages = original.Passages.Where(p => p.Role == SpeakerRole.Interviewer).ToArray() };

        var suggestions = await sut.ClassifyAsync(questionsOnly, default);

        Assert.NotEmpty(questionsOnly.Passages);
        Assert.Equal(SyntheticStudy.VariableIds.Order(), suggestions.Select(s => s.VariableId).Order());
        Assert.All(suggestions, s =>
        {
            Assert.True(s.Score.IsMissing);
            Assert.Empty(s.Evidence);
            Assert.Equal(UnreadSuggestion.Rationale, s.Rationale);
        });
    }
}
