using PreCoder.Llm.Coding;
using PreCoder.Llm.Tests.Support;

namespace PreCoder.Llm.Tests.Coding;

public sealed class AnswerParserTests
{
    private static readonly PreCoder.Core.Codebooks.Variable[] Motivations = Some.Codebook().Variables.Where(v => v.Category == "motivations").ToArray();

    private static readonly SentPassage[] Passages = Some.Interview().Passages.Where(p => p.Role == PreCoder.Core.Transcripts.SpeakerRole.Interviewee).Select(p => SentPassage.Of(p, null)).ToArray();

    private static ParsedAnswer Parse(string json) => AnswerParser.Parse(json, Motivations, Passages, null);

    [Fact]
    public void Parse_CurlyQuotesAndExtraSpaces_FindsTheExactSpan()
    {
        var parsed = Parse("""{"codes":[{"variable":"mot_money","score":2,"evidence":[{"passage":"int01:p0002","quote":"“That  is why I went.”"}],"rationale":"r"},{"variable":"mot_belonging","score":"missing"}]}""");

        var quote = Assert.Single(parsed.Valid["mot_money"].Evidence);
        Assert.Equal("That is why I went.", quote.Text);
        Assert.Null(parsed.Valid["mot_belonging"].Value);
        Assert.Empty(parsed.Problems);
    }

    [Fact]
    public void Parse_CodeFence_IsUnwrapped()
    {
        var parsed = Parse("```json\n{\"codes\":[{\"variable\":\"mot_money\",\"score\":0},{\"variable\":\"mot_belonging\",\"score\":0}]}\n```");

        Assert.Equal(2, parsed.Valid.Count);
    }

    [Theory]
    [InlineData("""{"codes":[{"variable":"mot_money","score":2}]}""", "present without evidence")]
    [InlineData("""{"codes":[{"variable":"mot_money","score":1.5,"evidence":[]}]}""", "score off the scale (0..3)")]
    [InlineData("""{"codes":[{"variable":"mot_money","score":2,"evidence":[{"passage":"int01:p0000","quote":"Tell me about your childhood."}]}]}""", "evidence cites a passage that was not given")]
    [InlineData("""{"codes":[{"variable":"mot_money","score":2,"evidence":[{"passage":"int01:p0002","quote":"That was why I went."}]}]}""", "quote not found in the cited passage")]
    [InlineData("""{"codes":[{"variable":"mot_money","score":0},{"variable":"mot_money","score":0}]}""", "variable coded more than once")]
    public void Parse_BrokenRule_RejectsTheVariableWithAReason(string json, string reason)
    {
        var parsed = Parse(json);

        Assert.False(parsed.Valid.ContainsKey("mot_money"));
        Assert.Contains(reason, parsed.ReasonFor("mot_money"), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotJson_IsOneProblemForTheWholeAnswer()
    {
        var parsed = Parse("Sure! Here are the codes: mot_money = 2");

        Assert.Empty(parsed.Valid);
        Assert.Equal("answer was not valid JSON", parsed.ReasonFor("mot_belonging"));
    }
}
