using PreCoder.Core.Suggestions;
using PreCoder.Llm.Coding;
using PreCoder.Llm.Configuration;
using PreCoder.Llm.Tests.Support;

namespace PreCoder.Llm.Tests.Coding;

public sealed class LlmClassifierTests : IDisposable
{
    private readonly ScriptedLlmServer _server = new();
    private readonly TempDirectory _study = new();
    private readonly List<LlmConnection> _connections = [];

    private static bool IsMotivations(RecordedRequest r) => r.User.Contains("Codebook category: Motivations", StringComparison.Ordinal);

    private LlmClassifier CreateSut(Action<LlmOptions>? change = null)
    {
        var options = Some.Options(_server.Endpoint, change);
        var connection = LlmConnection.Open(options, _study.Path, allowNetwork: false);
        _connections.Add(connection);
        var codebook = Some.Codebook();
        var interview = Some.Interview();
        var pseudonymiser = connection.PseudonymiserFor(interview.Passages.Select(p => p.Text), interview.Passages.Select(p => p.Speaker), codebook.Variables.Select(v => v.Name + " " + v.Definition));
        return new LlmClassifier(connection.Chat, codebook, new FixedClassifier(codebook.Variables.Select(v => v.Id)), options, pseudonymiser, TimeProvider.System);
    }

    private static Suggestion For(IEnumerable<Suggestion> suggestions, string variable) => Assert.Single(suggestions, s => s.VariableId == variable);

    [Fact]
    public async Task ClassifyAsync_ValidAnswers_StoresVerbatimQuotesUnderTheLlmCoder()
    {
        var sut = CreateSut();

        var suggestions = await sut.ClassifyAsync(Some.Interview(), CancellationToken.None);

        var money = For(suggestions, "mot_money");
        Assert.Equal(2, money.Value);
        var quote = Assert.Single(money.Evidence);
        Assert.Equal("int01:p0001", quote.PassageId);
        Assert.Equal("My name is Yassine and I", quote.Text);
        Assert.Equal(Some.YassineSays.Substring(quote.Start, quote.Length), quote.Text);
        Assert.Equal(0, For(suggestions, "mot_belonging").Value);
        Assert.Equal(2, For(suggestions, "vul_poverty").Value);
        Assert.All(suggestions, s => Assert.Equal("machine:llm", s.CoderId));
        Assert.All(suggestions, s => Assert.Equal("test-model/code-category.v1+code-correction.v1", s.ModelVersion));
        Assert.Equal(2, _server.Requests.Count); // one per category, not per variable
    }

    [Fact]
    public async Task ClassifyAsync_JsonSchemaFormat_SendsTheCategorysVariablesAndPassagesAsEnumerations()
    {
        await CreateSut().ClassifyAsync(Some.Interview(), CancellationToken.None);

        using var body = System.Text.Json.JsonDocument.Parse(_server.Requests.Single(IsMotivations).Body);
        var format = body.RootElement.GetProperty("response_format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        var item = format.GetProperty("json_schema").GetProperty("schema").GetProperty("properties").GetProperty("codes").GetProperty("items").GetProperty("properties");
        Assert.Equal(["mot_money", "mot_belonging"], item.GetProperty("variable").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["int01:p0001", "int01:p0002"], item.GetProperty("evidence").GetProperty("items").GetProperty("properties").GetProperty("passage").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task ClassifyAsync_JsonObjectFormat_SendsNoSchema()
    {
        await CreateSut(o => o.ResponseFormat = ResponseFormat.JsonObject).ClassifyAsync(Some.Interview(), CancellationToken.None);

        using var body = System.Text.Json.JsonDocument.Parse(_server.Requests[0].Body);
        Assert.Equal("json_object", body.RootElement.GetProperty("response_format").GetProperty("type").GetString());
    }

    [Fact]
    public async Task ClassifyAsync_VariableTheLlmDoesNotCode_KeepsFallbackMarked()
    {
        var suggestions = await CreateSut().ClassifyAsync(Some.Interview(), CancellationToken.None);

        var age = For(suggestions, "age_joined");
        Assert.StartsWith("from the embedded classifier (not a variable the LLM codes): fixed rule", age.Rationale);
        Assert.DoesNotContain(_server.Requests, r => r.User.Contains("age_joined", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClassifyAsync_MalformedJsonThenValid_RetriesOnceWithTheErrors()
    {
        _server.Default = r => IsMotivations(r) && !r.IsCorrection ? ScriptedResponse.Chat(CodingAnswers.Malformed()) : ScriptedResponse.Chat(CodingAnswers.Valid(r));

        var suggestions = await CreateSut().ClassifyAsync(Some.Interview(), CancellationToken.None);

        var motivations = _server.Requests.Where(IsMotivations).ToArray();
        Assert.Equal(2, motivations.Length);
        Assert.Contains("not valid JSON", motivations[1].LastUser, StringComparison.Ordinal);
        Assert.Equal(2, For(suggestions, "mot_money").Value);
        Assert.DoesNotContain("fallback", For(suggestions, "mot_money").Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClassifyAsync_OffScaleScoreTwice_FallsBackAfterOneRetry()
    {
        _server.Default = r => ScriptedResponse.Chat(IsMotivations(r) ? CodingAnswers.OffScale(r) : CodingAnswers.Valid(r));

        var suggestions = await CreateSut().ClassifyAsync(Some.Interview(), CancellationToken.None);

        Assert.Equal(2, _server.Requests.Count(IsMotivations));
        Assert.Contains("is not on its scale", _server.Requests.Where(IsMotivations).Last().LastUser, StringComparison.Ordinal);
        var money = For(suggestions, "mot_money");
        Assert.Equal(1, money.Value); // the fallback's
        Assert.StartsWith("fallback to the embedded classifier (LLM answer rejected: score off the scale", money.Rationale);
        Assert.EndsWith(FixedClassifier.Rationale, money.Rationale);
        Assert.Equal(0, For(suggestions, "mot_belonging").Value); // its own answer was valid
    }

    [Fact]
    public async Task ClassifyAsync_InventedQuote_NeverReachesASuggestion()
    {
        _server.Default = r => ScriptedResponse.Chat(CodingAnswers.Invented(r));

        var suggestions = await CreateSut().ClassifyAsync(Some.Interview(), CancellationToken.None);

        Assert.DoesNotContain(suggestions, s => s.Evidence.Any(q => q.Text.Contains("palace", StringComparison.Ordinal)));
        Assert.DoesNotContain(suggestions, s => s.Rationale?.Contains("palace", StringComparison.Ordinal) == true);
        Assert.StartsWith("fallback to the embedded classifier (LLM answer rejected: quote not found in the cited passage", For(suggestions, "mot_money").Rationale);
        Assert.Equal(4, _server.Requests.Count); // each category asked twice, no more
    }

    [Fact]
    public async Task ClassifyAsync_VariableFromAnotherCategory_IsRejectedAndAskedAgain()
    {
        _server.Default = r => ScriptedResponse.Chat(IsMotivations(r) ? CodingAnswers.Foreign(r, "vul_poverty") : CodingAnswers.Valid(r));

        var suggestions = await CreateSut().ClassifyAsync(Some.Interview(), CancellationToken.None);

        Assert.Contains("not one of the variables of this category", _server.Requests.Where(IsMotivations).Last().LastUser, StringComparison.Ordinal);
        Assert.StartsWith("fallback to the embedded classifier (LLM answer rejected: answer named a variable outside the category", For(suggestions, "mot_money").Rationale);
        var poverty = For(suggestions, "vul_poverty"); // only the vulnerabilities answer counts for it
        Assert.Equal("int01:p0001", Assert.Single(poverty.Evidence).PassageId);
    }

    [Fact]
    public async Task ClassifyAsync_ServerDown_FallsBackForEveryCodedVariable()
    {
        _server.Default = _ => ScriptedResponse.ServerError();

        var suggestions = await CreateSut(o => o.MaxRetries = 1).ClassifyAsync(Some.Interview(), CancellationToken.None);

        Assert.All(suggestions, s => Assert.Equal(1, s.Value));
        Assert.Contains("call failed: server answered 500", For(suggestions, "vul_poverty").Rationale, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClassifyAsync_Rerun_IsAnsweredFromTheCache()
    {
        var first = await CreateSut().ClassifyAsync(Some.Interview(), CancellationToken.None);
        var sent = _server.Requests.Count;

        var second = CreateSut();
        var again = await second.ClassifyAsync(Some.Interview(), CancellationToken.None);

        Assert.Equal(sent, _server.Requests.Count);
        Assert.Equal(first.Select(s => (s.VariableId, s.Value)), again.Select(s => (s.VariableId, s.Value)));
        Assert.Equal(2, _connections[1].Usage.CachedCalls);
        Assert.Equal(0, _connections[1].Usage.Calls);
    }

    [Fact]
    public async Task ClassifyAsync_ConcurrencyLimitOne_NeverSendsTwoAtOnce()
    {
        _server.Default = r => ScriptedResponse.Slow(ScriptedResponse.Chat(CodingAnswers.Valid(r)), TimeSpan.FromMilliseconds(300));

        await CreateSut(o => o.MaxConcurrency = 1).ClassifyAsync(Some.Interview(), CancellationToken.None);

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(1, _server.MaxInFlight);
    }

    [Fact]
    public async Task ClassifyAsync_InterviewLongerThanContext_IsSentInChunksAndEvidenceMerged()
    {
        var sentence = "I had no money and no work so I joined them for the salary they paid every month. ";
        var interview = new PreCoder.Classification.Classifiers.InterviewCase("int02",
            Enumerable.Range(0, 4).Select(i => Some.Passage("int02", i, PreCoder.Core.Transcripts.SpeakerRole.Interviewee, "Omar", $"Part {i}. " + string.Concat(Enumerable.Repeat(sentence, 25)))).ToArray(), 1);

        var suggestions = await CreateSut(o => { o.MaxOutputTokens = 16; o.ContextTokens = 1100; }).ClassifyAsync(interview, CancellationToken.None);

        var chunks = _server.Requests.Count(IsMotivations);
        Assert.True(chunks >= 2, $"expected the interview in chunks, got {chunks} request(s)");
        var money = For(suggestions, "mot_money");
        Assert.Equal(2, money.Value);
        Assert.True(money.Evidence.Select(q => q.PassageId).Distinct().Count() >= 2, "evidence of several chunks is merged");
    }

    public void Dispose()
    {
        _connections.ForEach(c => c.Dispose());
        _server.Dispose();
        _study.Dispose();
    }
}
