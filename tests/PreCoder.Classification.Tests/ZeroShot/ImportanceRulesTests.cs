using PreCoder.Classification.Embeddings;
using PreCoder.Classification.Tests.Support;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Passages;
using PreCoder.Core.Transcripts;

namespace PreCoder.Classification.Tests.ZeroShot;

public class ImportanceRulesTests
{
    private static readonly Variable Money = SyntheticStudy.Codebook.Variables[0];

    /// <summary>Background spans point away from the prototype [1, 0]; topic spans point at it.</summary>
    /// <summary>Strong mentions are switched off unless asked for, so each test isolates one rule.</summary>
    private static (int Level, string Rationale) Decide(params string[] topicSentences) => Decide(new ZeroShotOptions { StrongMargin = 1e6 }, topicSentences);

    private static (int Level, string Rationale) Decide(ZeroShotOptions options, params string[] topicSentences)
    {
        var passages = new List<PassageVectors>();
        var random = new Random(3);
        for (var i = 0; i < 40; i++)
        {
            var angle = 1.2 + (random.NextDouble() * 0.6);
            passages.Add(Vectors(i, "Background talk about the weather.", [(float)Math.Cos(angle), (float)Math.Sin(angle)]));
        }
        for (var i = 0; i < topicSentences.Length; i++)
        {
            passages.Add(Vectors(100 + i, topicSentences[i], [1f, 0f]));
        }
        var prototypes = new PrototypeSet(new Dictionary<string, VariablePrototype> { [Money.Id] = new(Money, [[1f, 0f]], null) });
        var mentions = VariableMentions.Analyse(prototypes.ById[Money.Id], SimilarityReference.Build(prototypes, passages), passages, options);
        return ImportanceRules.Decide(mentions, options);
    }

    private static PassageVectors Vectors(int index, string text, float[] v) =>
        new(new Passage { Id = $"p{index:D4}", InterviewId = "i1", Index = index, SegmentIds = [], Role = SpeakerRole.Interviewee, Text = text }, false, [new EmbeddedSpan(0, text.Length, v)]);

    [Fact]
    public void Decide_NoTopicSpan_IsZero() => Assert.Equal(0, Decide().Level);

    [Fact]
    public void Decide_OnePassingMention_IsOne() => Assert.Equal(1, Decide("They had money.").Level);

    [Fact]
    public void Decide_GivenAsReasonOnce_IsTwo() => Assert.Equal(2, Decide("I went because of the money.").Level);

    [Fact]
    public void Decide_OneStrongMention_IsTwo() => Assert.Equal(2, Decide(new ZeroShotOptions(), "They had money.").Level);

    [Fact]
    public void Decide_GivenAsReasonAndReturnedTo_IsThree()
    {
        var (level, rationale) = Decide("I went because of the money.", "The salary was good.", "Money, always money.");

        Assert.Equal(3, level);
        Assert.Contains("given as a reason", rationale);
    }
}
