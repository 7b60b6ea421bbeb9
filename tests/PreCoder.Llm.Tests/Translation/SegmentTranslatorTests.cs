using PreCoder.Core.Transcripts;
using PreCoder.Llm.Chat;
using PreCoder.Llm.Tests.Support;
using PreCoder.Llm.Translation;

namespace PreCoder.Llm.Tests.Translation;

public sealed class SegmentTranslatorTests : IDisposable
{
    private readonly ScriptedLlmServer _server = new() { Default = _ => ScriptedResponse.Chat("""{"english":"I was born in Anderlecht."}""") };
    private readonly TempDirectory _study = new();
    private readonly LlmConnection _connection;

    public SegmentTranslatorTests() => _connection = LlmConnection.Open(Some.Options(_server.Endpoint), _study.Path, allowNetwork: false);

    [Fact]
    public async Task TranslateAsync_ValidAnswer_ReturnsTheEnglish()
    {
        var sut = new SegmentTranslator(_connection.Chat, "test-model", null);

        var english = await sut.TranslateAsync("Je suis né à Anderlecht.", "fr", CancellationToken.None);

        Assert.Equal("I was born in Anderlecht.", english);
        Assert.Equal("llm:test-model/translate.v1", sut.Source);
        Assert.Contains("Je suis né à Anderlecht.", _server.Requests[0].User, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslateAsync_MalformedThenValid_RetriesOnce()
    {
        _server.Then(ScriptedResponse.Chat("I was born in Anderlecht."));

        var english = await new SegmentTranslator(_connection.Chat, "test-model", null).TranslateAsync("Je suis né.", "fr", CancellationToken.None);

        Assert.Equal("I was born in Anderlecht.", english);
        Assert.Equal(2, _server.Requests.Count);
        Assert.True(_server.Requests[1].IsCorrection);
    }

    [Fact]
    public async Task TranslateAsync_EmptyTwice_Throws()
    {
        _server.Default = _ => ScriptedResponse.Chat("""{"english":"  "}""");

        await Assert.ThrowsAsync<LlmCallException>(() => new SegmentTranslator(_connection.Chat, "test-model", null).TranslateAsync("Bonjour.", "fr", CancellationToken.None));

        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task TranslateAsync_Pseudonymised_SendsPlaceholderAndRestoresName()
    {
        _server.Default = _ => ScriptedResponse.Chat("""{"english":"My friend [Name1] sent the same CV."}""");
        var sut = new SegmentTranslator(_connection.Chat, "test-model", new PreCoder.Llm.Privacy.Pseudonymiser(new Dictionary<string, int> { ["Kevin"] = 1 }));

        var english = await sut.TranslateAsync("Mon pote Kevin envoyait le même CV.", "fr", CancellationToken.None);

        Assert.Equal("My friend Kevin sent the same CV.", english);
        Assert.DoesNotContain("Kevin", _server.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void PassageEnglish_WholeSegmentsAllTranslated_JoinsTheirEnglish()
    {
        var segments = new Dictionary<string, Segment>
        {
            ["s1"] = new() { Id = "s1", InterviewId = "i", Index = 0, Text = "Bonjour.", English = "Hello." },
            ["s2"] = new() { Id = "s2", InterviewId = "i", Index = 1, Text = " Ça va ? ", English = "How are you?" },
            ["s3"] = new() { Id = "s3", InterviewId = "i", Index = 2, Text = "Non." },
        };
        var passage = Some.Passage("i", 0, SpeakerRole.Interviewee, "A", "Bonjour. Ça va ?");

        Assert.Equal("Hello. How are you?", PassageEnglish.Of(Clone(passage, ["s1", "s2"], "Bonjour. Ça va ?"), segments));
        Assert.Null(PassageEnglish.Of(Clone(passage, ["s2", "s3"], "Ça va ? Non."), segments)); // s3 untranslated
        Assert.Null(PassageEnglish.Of(Clone(passage, ["s1"], "Bonj"), segments)); // a piece of a cut segment
    }

    private static PreCoder.Core.Passages.Passage Clone(PreCoder.Core.Passages.Passage p, string[] segments, string text) => new()
    {
        Id = p.Id, InterviewId = p.InterviewId, Index = p.Index, SegmentIds = segments, Text = text,
    };

    public void Dispose()
    {
        _connection.Dispose();
        _server.Dispose();
        _study.Dispose();
    }
}
