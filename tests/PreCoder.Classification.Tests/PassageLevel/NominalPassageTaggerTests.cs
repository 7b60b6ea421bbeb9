using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Tests.Support;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Passages;
using PreCoder.Core.Transcripts;

namespace PreCoder.Classification.Tests.PassageLevel;

public class NominalPassageTaggerTests
{
    private static readonly Variable Topic = new()
    {
        Id = "turn_topic",
        Name = "Topic of the turn",
        Category = "dialogue",
        Unit = CodingUnit.Passage,
        Role = RoleFilter.Any,
        Scale = new Scale { Name = "topic", Kind = ScaleKind.Nominal, Categories = ["family", "religion", "money"] },
    };

    private static readonly Codebook Book = new() { Id = "dialogue", Name = "Dialogue", Variables = [Topic] };

    private static IReadOnlyList<Passage> Dialogue()
    {
        string[][] turns =
        [
            ["Q", "Tell me about your mother and father and your brothers and sisters at home."],
            ["A", "My mother raised six children, my father worked on the farm, and my sisters helped at home."],
            ["Q", "How much were you paid each month, what was your salary in dollars?"],
            ["A", "Yes, a lot, more than before."],
            ["Q", "Did you pray at the mosque and read the Quran?"],
            ["A", "I prayed five times a day and studied the Quran with the imam."],
        ];
        var segments = turns.Select((t, i) => new Segment
        {
            Id = $"s{i:D3}", InterviewId = "d1", Index = i, Speaker = t[0], Role = t[0] == "Q" ? SpeakerRole.Interviewer : SpeakerRole.Interviewee, Text = t[1],
        }).ToArray();
        return PassageBuilder.Build("d1", segments, new PassageOptions { Mode = PassageMode.Segment });
    }

    [Fact]
    public async Task ClassifyAsync_NominalPassageVariable_TagsEveryPassageWithVerbatimEvidence()
    {
        var passages = Dialogue();
        var sut = EmbeddedClassifier.Create(SharedEncoder.Passages(), Book, passages, new ZeroShotOptions());

        var suggestions = await sut.ClassifyAsync(new InterviewCase("d1", passages, 1), default);

        Assert.Equal(passages.Select(p => p.Id), suggestions.Select(s => s.PassageId));
        Assert.All(suggestions, s => Assert.InRange(s.Value!.Value, 0, 2));
        Assert.All(suggestions, s => Assert.InRange(s.Confidence, 0, 1));
        Assert.All(suggestions.SelectMany(s => s.Evidence), q => Assert.True(EvidenceQuotes.IsVerbatim(q, passages.Single(p => p.Id == q.PassageId).Text)));
        Assert.Equal(0, suggestions[1].Value);
        Assert.Equal(1, suggestions[5].Value);
    }

    [Fact]
    public async Task ClassifyAsync_ShortAnswer_IsReadWithTheQuestionBeforeIt()
    {
        var passages = Dialogue();
        var sut = EmbeddedClassifier.Create(SharedEncoder.Passages(), Book, passages, new ZeroShotOptions());

        var suggestions = await sut.ClassifyAsync(new InterviewCase("d1", passages, 1), default);

        // "Yes, a lot, more than before." says nothing alone; after the salary question it is about money.
        Assert.Equal(2, suggestions.Single(s => s.PassageId == "s003").Value);
    }
}
