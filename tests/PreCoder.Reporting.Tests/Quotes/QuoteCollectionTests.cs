using System.IO.Compression;
using PreCoder.Core.Coding;
using PreCoder.Core.Transcripts;
using PreCoder.Reporting.Quotes;
using PreCoder.Reporting.StudyTables;
using Xunit;

namespace PreCoder.Reporting.Tests.Quotes;

public sealed class QuoteCollectionTests
{
    private static readonly StudyInterview[] Interviews =
    [
        new("int01", new Dictionary<string, string> { ["gender"] = "male", ["pseudonym"] = "Abu Anas" }),
        new("int02", new Dictionary<string, string> { ["gender"] = "female" }),
    ];

    private static readonly Dictionary<(string, string), QuotePassage> Passages = new()
    {
        [("int01", "p3")] = new QuotePassage("int01", "p3", "Interviewee", 3725),
        [("int02", "p1")] = new QuotePassage("int02", "p1", "Umm Bilal", null),
    };

    private static CodeRecord Code(string interview, string coder, double? score, params EvidenceQuote[] quotes) =>
        new(interview, null, "vul_poverty", coder, new Score(score), quotes);

    private static IReadOnlyList<QuoteEntry> CreateSut() => QuoteCollection.Collect(Some.Likert("vul_poverty"),
    [
        Code("int01", "ayse", 2, new EvidenceQuote("p3", 0, 9, "No money.")),
        Code("int01", "jonas", 3, new EvidenceQuote("p3", 0, 9, "No money.")),
        Code("int02", "ayse", 1, new EvidenceQuote("p1", 4, 10, "We starved", English: true, Flags: TrustFlags.LowConfidence)),
        Code("int02", "jonas", 0, new EvidenceQuote("p1", 0, 3, "Not")),
        Code("int02", "kim", null, new EvidenceQuote("p1", 0, 3, "Gap")),
    ], Passages, Interviews, "gender");

    [Fact]
    public void Collect_CodesMarkingPresence_QuotesGroupedDedupedWithCitation()
    {
        var quotes = CreateSut();

        Assert.Equal(["We starved", "No money."], quotes.Select(q => q.Text));
        var shared = quotes[1];
        Assert.Equal(("Abu Anas", "male", "ayse, jonas", "2/3", "Interviewee"), (shared.Pseudonym, shared.Group, shared.Coder, shared.Score, shared.Speaker));
        Assert.Equal("Abu Anas, Interviewee, 1:02:05, coder ayse, jonas (score 2/3)", QuoteRenderer.Citation(shared));
        Assert.Equal("int02, Umm Bilal, coder ayse (score 1), English translation, transcript flagged: LowConfidence", QuoteRenderer.Citation(quotes[0]));
    }

    [Fact]
    public void Docx_Quotes_DocumentHoldsTitleGroupsQuotesAndCitations()
    {
        using var stream = new MemoryStream();

        QuoteRenderer.Docx(Some.Likert("vul_poverty"), "gender", CreateSut(), stream);

        using var zip = new ZipArchive(new MemoryStream(stream.ToArray()));
        var xml = new StreamReader(zip.GetEntry("word/document.xml")!.Open()).ReadToEnd();
        Assert.Contains("VUL_POVERTY (vul_poverty): 2 quotes", xml);
        Assert.Contains("gender: female", xml);
        Assert.Contains("\u201CNo money.\u201D", xml);
        Assert.Contains("Abu Anas, Interviewee, 1:02:05", xml);
    }
}
