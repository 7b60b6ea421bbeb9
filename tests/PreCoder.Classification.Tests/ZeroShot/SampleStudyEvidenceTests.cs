using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Tests.Support;
using PreCoder.Classification.ZeroShot;
using PreCoder.Codebooks.Yaml;
using PreCoder.Core.Passages;
using PreCoder.TestKit;
using PreCoder.Transcripts.Import;

namespace PreCoder.Classification.Tests.ZeroShot;

/// <summary>The sample study (samples/isis-sample, seed codebook): every quote of every suggestion is an exact span of its passage.</summary>
public class SampleStudyEvidenceTests
{
    [Fact]
    public async Task ClassifyAsync_SampleStudy_EveryQuoteOfEverySuggestionIsVerbatim()
    {
        var codebook = CodebookYaml.Read(File.ReadAllText(RepoPaths.SeedCodebook), RepoPaths.SeedCodebook).GetCodebookOrThrow();
        var transcripts = Directory.GetFiles(RepoPaths.Sample("transcripts")).Order(StringComparer.Ordinal)
            .SelectMany(f => TranscriptImporter.Read(f, new ImportOptions())).ToArray();
        var cases = transcripts.Select(t => new InterviewCase(t.InterviewId, PassageBuilder.Build(t.InterviewId, t.Segments, new PassageOptions()), 1)).ToArray();
        var sut = EmbeddedClassifier.Create(SharedEncoder.PassagesWithOwnCache(), codebook, cases.SelectMany(c => c.Passages).ToArray(), new ZeroShotOptions());

        var checkedQuotes = 0;
        var suggestions = 0;
        foreach (var c in cases)
        {
            var byId = c.Passages.ToDictionary(p => p.Id);
            foreach (var s in await sut.ClassifyAsync(c, default))
            {
                suggestions++;
                foreach (var q in s.Evidence)
                {
                    var text = q.English ? byId[q.PassageId].English : byId[q.PassageId].Text;
                    Assert.True(EvidenceQuotes.IsVerbatim(q, text), $"{c.InterviewId}/{s.VariableId}: quote at {q.PassageId}:{q.Start} is not verbatim");
                    Assert.Equal(byId[q.PassageId].Start, q.StartTime);
                    checkedQuotes++;
                }
            }
        }

        Assert.Equal(10, cases.Length);
        Assert.True(suggestions >= 10 * 100, $"{suggestions} suggestions");
        Assert.True(checkedQuotes > 100, $"{checkedQuotes} quotes checked");
    }
}
