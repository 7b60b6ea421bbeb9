using PreCoder.Core.Passages;
using PreCoder.Core.Transcripts;

namespace PreCoder.Classification.Tests.Passages;

public class PassageBuilderTests
{
    private static Segment Seg(int i, string speaker, SpeakerRole role, string text, double? start = null, double? end = null) =>
        new() { Id = $"s{i:D4}", InterviewId = "i1", Index = i, Speaker = speaker, Role = role, Text = text, Start = start, End = end };

    [Fact]
    public void Build_AlternatingSpeakers_NeverMixesSpeakersInAPassage()
    {
        var segments = new[]
        {
            Seg(0, "Q", SpeakerRole.Interviewer, "Where did you grow up?", 0, 2),
            Seg(1, "A", SpeakerRole.Interviewee, "In a village.", 2, 3),
            Seg(2, "A", SpeakerRole.Interviewee, "Near the river.", 3, 4),
            Seg(3, "Q", SpeakerRole.Interviewer, "And then?", 4, 5),
            Seg(4, "A", SpeakerRole.Interviewee, "We moved.", 5, 6),
        };

        var passages = PassageBuilder.Build("i1", segments, new PassageOptions());

        Assert.Equal(["p0001", "p0002", "p0003", "p0004"], passages.Select(p => p.Id));
        Assert.Equal("In a village. Near the river.", passages[1].Text);
        Assert.Equal(["s0001", "s0002"], passages[1].SegmentIds);
        Assert.Equal((2.0, 4.0), (passages[1].Start!.Value, passages[1].End!.Value));
        Assert.Equal(SpeakerRole.Interviewer, passages[2].Role);
    }

    [Fact]
    public void Build_LongSegment_SplitsAtSentenceBoundariesWithinMaxWords()
    {
        var sentence = "This is a sentence of exactly ten words in it.";
        var text = string.Join(" ", Enumerable.Repeat(sentence, 30));
        var options = new PassageOptions { TargetWords = 40, MaxWords = 60 };

        var passages = PassageBuilder.Build("i1", [Seg(0, "A", SpeakerRole.Interviewee, text, 0, 300)], options);

        Assert.True(passages.Count >= 5);
        Assert.All(passages, p => Assert.InRange(p.Text.Split(' ').Length, 1, 60));
        Assert.All(passages, p => Assert.EndsWith(".", p.Text));
        Assert.Equal(text, string.Join(" ", passages.Select(p => p.Text)));
        Assert.True(passages[1].Start > 0 && passages[1].Start < 300);
        Assert.Equal(300, passages[^1].End);
    }

    [Fact]
    public void Build_SameInputTwice_GivesSameIdsAndTexts()
    {
        var segments = Enumerable.Range(0, 40).Select(i => Seg(i, i % 3 == 0 ? "Q" : "A", i % 3 == 0 ? SpeakerRole.Interviewer : SpeakerRole.Interviewee, $"Sentence number {i} is here. And one more.")).ToArray();

        var a = PassageBuilder.Build("i1", segments, new PassageOptions { TargetWords = 10, MaxWords = 20 });
        var b = PassageBuilder.Build("i1", segments.Reverse().ToArray(), new PassageOptions { TargetWords = 10, MaxWords = 20 });

        Assert.Equal(a.Select(p => (p.Id, p.Text)), b.Select(p => (p.Id, p.Text)));
    }

    [Fact]
    public void Build_SegmentMode_KeepsSegmentIds()
    {
        var passages = PassageBuilder.Build("i1", [Seg(0, "A", SpeakerRole.Interviewee, "One."), Seg(1, "A", SpeakerRole.Interviewee, "Two.")], new PassageOptions { Mode = PassageMode.Segment });

        Assert.Equal(["s0000", "s0001"], passages.Select(p => p.Id));
    }

    [Fact]
    public void Build_MaxWordsBelowTarget_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PassageBuilder.Build("i1", [], new PassageOptions { TargetWords = 100, MaxWords = 50 }));
    }

    [Theory]
    [InlineData("I went there. Then I came back! Why? Nobody knows…", 4)]
    [InlineData("Mr. Smith met Dr. Jones in the U.S. and left.", 1)]
    [InlineData("  He said \"go.\" So I went.  ", 2)]
    public void Sentences_Text_SpansAreExactTrimmedSubstrings(string text, int expected)
    {
        var spans = PassageBuilder.Sentences(text);

        Assert.Equal(expected, spans.Count);
        Assert.All(spans, s => Assert.Equal(text.Substring(s.Start, s.Length).Trim(), text.Substring(s.Start, s.Length)));
        Assert.Equal(string.Concat(text.Where(c => !char.IsWhiteSpace(c))), string.Concat(spans.SelectMany(s => text.Substring(s.Start, s.Length)).Where(c => !char.IsWhiteSpace(c))));
    }
}
