using PreCoder.Core.Passages;
using PreCoder.Core.Transcripts;
using PreCoder.TestKit;
using PreCoder.Transcripts.Import;

namespace PreCoder.Classification.Benchmarks;

/// <summary>
/// Interviews of realistic size made from the sample study's own turns: interviewer questions and interviewee answers
/// drawn (seeded) from the ten sample transcripts until each interview holds about <c>words</c> words, the seed study's
/// ~13,000 words of a 90-minute interview.
/// </summary>
public static class SeedScaleStudy
{
    public static IReadOnlyList<IReadOnlyList<Passage>> Build(int interviews, int words, int seed = 11)
    {
        var segments = Directory.GetFiles(RepoPaths.Sample("transcripts")).Order(StringComparer.Ordinal)
            .SelectMany(f => TranscriptImporter.Read(f, new ImportOptions()))
            .SelectMany(t => t.Segments).ToArray();
        var questions = segments.Where(s => s.Role == SpeakerRole.Interviewer).ToArray();
        var answers = segments.Where(s => s.Role == SpeakerRole.Interviewee && (s.English ?? s.Text).Length > 40).ToArray();
        var random = new Random(seed);
        var result = new List<IReadOnlyList<Passage>>();
        for (var i = 0; i < interviews; i++)
        {
            var id = $"bench{i + 1:D3}";
            var list = new List<Segment>();
            var count = 0;
            while (count < words)
            {
                foreach (var s in new[] { questions[random.Next(questions.Length)], answers[random.Next(answers.Length)] })
                {
                    var text = s.English ?? s.Text;
                    list.Add(new Segment { Id = $"s{list.Count + 1:D5}", InterviewId = id, Index = list.Count, Speaker = s.Role.ToString(), Role = s.Role, Text = text, English = text, Start = list.Count * 10.0, End = (list.Count * 10.0) + 9 });
                    count += text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                }
            }
            result.Add(PassageBuilder.Build(id, list, new PassageOptions()));
        }
        return result;
    }
}
