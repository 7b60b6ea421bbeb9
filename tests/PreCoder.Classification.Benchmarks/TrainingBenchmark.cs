using System.Diagnostics;
using System.Globalization;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Embeddings;
using PreCoder.Classification.Trained;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Passages;

namespace PreCoder.Classification.Benchmarks;

/// <summary>
/// Training at the seed study's scale: interviews of ~13,000 words, the seed codebook's scorable variables copied up to
/// 288, and one coder's codes for every interview and variable (0-3, about 5% missing, 1-3 quoted sentences for every
/// present code). Times <c>train</c> without its cross-validation (embeddings come from the study's cache in practice,
/// so a hashing encoder stands in for the real one), then scoring interviews with the trained model.
/// </summary>
public static class TrainingBenchmark
{
    public static async Task RunAsync(Codebook seedCodebook, int interviews, int words, int variables)
    {
        var codebook = Widen(seedCodebook, variables);
        var study = SeedScaleStudy.Build(interviews, words);
        var passages = study.SelectMany(p => p).ToArray();
        var inner = new PassageEncoder(new HashingTextEncoder(), new EncoderOptions());
        var encoder = new PrecomputedEncoder(inner, passages, inner.Encode(passages, default));
        var sw = Stopwatch.StartNew();
        var embedded = EmbeddedClassifier.Create(encoder, codebook, passages, new ZeroShotOptions());
        var setupSeconds = sw.Elapsed.TotalSeconds;
        var cases = study.Select(p => new InterviewCase(p[0].InterviewId, p, 1)).ToArray();
        var codes = Codes(cases, codebook, embedded);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        sw.Restart();
        var model = TrainedClassifierTrainer.Train(embedded, cases, codes, "bench", new TrainerOptions());
        var trainSeconds = sw.Elapsed.TotalSeconds;
        var trainCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var peakTrainMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        sw.Restart();
        var scored = Math.Min(5, cases.Length);
        var suggestions = 0;
        foreach (var c in cases.Take(scored))
        {
            suggestions += (await model.ClassifyAsync(c, default)).Count;
        }
        var scoreSeconds = sw.Elapsed.TotalSeconds / scored;
        string F(double v, string f = "0.0") => v.ToString(f, CultureInfo.InvariantCulture);
        var learned = model.Metadata.Variables.Count(v => v.Kind == Learning.VariableModelKind.Learned);
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| study | {interviews} interviews x {words} words, {passages.Length} passages, {codebook.Variables.Count(PrototypeSet.IsScorable)} scorable variables, {codes.Count} codes, {Environment.ProcessorCount} cores |");
        Console.WriteLine($"| classifier set-up (prototypes, study reference) | {F(setupSeconds)} s |");
        Console.WriteLine($"| train (every interview's reading, sentence and score models of every variable) | {F(trainSeconds)} s wall, {F(trainCpu)} s CPU; {learned} variables with a learned score model |");
        Console.WriteLine($"| scoring with the trained model | {F(scoreSeconds, "0.00")} s per interview ({suggestions / scored} suggestions each) |");
        Console.WriteLine($"| peak working set | {F(peakTrainMb, "0")} MB |");
        Console.WriteLine($"| projection: scoring 220 interviews with the trained model | {F(220 * scoreSeconds / 60, "0.0")} min, plus embedding (docs/benchmarks/precode.md) |");
    }

    /// <summary>The seed codebook's scorable variables, copied with new ids until there are <paramref name="count"/>.</summary>
    private static Codebook Widen(Codebook codebook, int count)
    {
        var scorable = codebook.Variables.Where(v => PrototypeSet.IsScorable(v) && v.Unit == CodingUnit.Interview && v.AppliesTo is null).ToArray();
        var variables = new List<Variable>();
        for (var i = 0; variables.Count < count; i++)
        {
            var v = scorable[i % scorable.Length];
            variables.Add(i < scorable.Length ? v : v with { Id = $"{v.Id}_{i / scorable.Length}" });
        }
        return codebook with { Variables = variables };
    }

    private static IReadOnlyList<CodeRecord> Codes(IReadOnlyList<InterviewCase> cases, Codebook codebook, EmbeddedClassifier embedded)
    {
        var random = new Random(5);
        var codes = new List<CodeRecord>();
        foreach (var c in cases)
        {
            var sentences = embedded.Analyse(c, default).Passages.Where(p => p.Passage.Role == Core.Transcripts.SpeakerRole.Interviewee)
                .SelectMany(p => p.Spans.Select(s => (p.Passage, s))).ToArray();
            foreach (var v in codebook.Variables)
            {
                if (random.NextDouble() < 0.05)
                {
                    codes.Add(new CodeRecord(c.InterviewId, null, v.Id, "bench", Score.Missing("not explored"), []));
                    continue;
                }
                var max = (int)(v.Scale.Max ?? 1);
                var score = random.Next(max + 1);
                var quotes = score == 0 ? [] : Enumerable.Range(0, 1 + random.Next(3)).Select(_ => sentences[random.Next(sentences.Length)])
                    .Select(x => new EvidenceQuote(x.Passage.Id, x.s.Start, x.s.Length, (x.Passage.English ?? x.Passage.Text).Substring(x.s.Start, x.s.Length), x.Passage.English is not null, x.Passage.Start, x.Passage.End))
                    .ToArray();
                codes.Add(new CodeRecord(c.InterviewId, null, v.Id, "bench", Score.Of(score), quotes));
            }
        }
        return codes;
    }
}
