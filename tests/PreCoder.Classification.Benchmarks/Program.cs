using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using PreCoder.Classification.Benchmarks;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Embeddings;
using PreCoder.Classification.ZeroShot;
using PreCoder.Codebooks.Yaml;
using PreCoder.TestKit;

// Quick mode (default): one timed pass per measurement, printed as a Markdown table for docs/benchmarks/precode.md.
// --bdn runs the BenchmarkDotNet encoder benchmark instead; --train times training at seed scale (TrainingBenchmark). Options: --interviews N (default 2) --words N (default 13000)
// --encoder MiniLM|ArcticXs --precision Int8|Float32 --min-span N --max-span N (span sizes, default the EncoderOptions defaults)
// --scoring-only (skips the bare-encoder passes, so scoring can be timed alone on a busy machine)
// --repeat N (scores the interviews N more times once compiled and reports the fastest pass, default 1).
if (args.Contains("--bdn"))
{
    BenchmarkRunner.Run<EncoderBenchmark>();
    return;
}
string Arg(string name, string fallback) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
var interviews = int.Parse(Arg("--interviews", "2"), CultureInfo.InvariantCulture);
var words = int.Parse(Arg("--words", "13000"), CultureInfo.InvariantCulture);
var kind = Enum.Parse<EncoderKind>(Arg("--encoder", "MiniLM"), ignoreCase: true);
var precision = Enum.Parse<EncoderPrecision>(Arg("--precision", nameof(EncoderPrecision.Int8)), ignoreCase: true);
var scoringOnly = args.Contains("--scoring-only");
var repeats = int.Parse(Arg("--repeat", "1"), CultureInfo.InvariantCulture);
const int SeedInterviews = 220;
const int SeedVariables = 288;

var codebook = CodebookYaml.Read(File.ReadAllText(RepoPaths.SeedCodebook), RepoPaths.SeedCodebook).GetCodebookOrThrow();
if (args.Contains("--train"))
{
    // Training at seed scale (docs/benchmarks/learning.md): --interviews N (default 220) --words N --variables N (default 288).
    await TrainingBenchmark.RunAsync(codebook, int.Parse(Arg("--interviews", "220"), CultureInfo.InvariantCulture), words, int.Parse(Arg("--variables", "288"), CultureInfo.InvariantCulture));
    return;
}
var study = SeedScaleStudy.Build(interviews, words);
// Only what the pipeline embeds: passages some variable reads (the interviewer's questions are context, not embedded).
var passages = study.SelectMany(p => p).Where(p => EmbeddedClassifier.IsRead(codebook, [], p)).ToArray();
var options = new EncoderOptions
{
    MinSpanWords = int.Parse(Arg("--min-span", new EncoderOptions().MinSpanWords.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
    MaxSpanWords = int.Parse(Arg("--max-span", new EncoderOptions().MaxSpanWords.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
};
var spans = passages.SelectMany(p => SpanSplitter.Split(p.English ?? p.Text, options).Select(s => (p.English ?? p.Text).Substring(s.Start, s.Length))).ToArray();
// One thread per call, several calls at once: the way the pipeline runs it (EncoderOptions.Threads).
var loading = Stopwatch.StartNew();
var text = SentenceTransformerEncoder.Create(kind, precision, threads: 1);
var loadSeconds = loading.Elapsed.TotalSeconds;
// Every thread's first run sizes its buffers; do that before anything is timed.
LengthBatcher.Encode(text, spans.Take(256).ToArray(), options.BatchSize, default, options.Parallelism);
Console.Error.WriteLine($"{interviews} interviews x {words} words: {passages.Length} passages, {spans.Length} spans; encoder {text.Name}; {Environment.ProcessorCount} cores");

// 1. The bare encoder on the same spans, in arrival order (what naive batching pays in padding) and sorted by length.
var sw = Stopwatch.StartNew();
var arrival = double.NaN;
var sorted = double.NaN;
if (!scoringOnly)
{
    var arrivalBatches = spans.Chunk(options.BatchSize).ToArray();
    Parallel.ForEach(arrivalBatches, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, batch => text.Encode(batch, default));
    arrival = sw.Elapsed.TotalSeconds;
    sw.Restart();
    LengthBatcher.Encode(text, spans, options.BatchSize, default, options.Parallelism);
    sorted = sw.Elapsed.TotalSeconds;
}

// 2. The whole zero-shot pipeline: prototypes, embedding every passage once, the study reference, then scoring each interview.
sw.Restart();
var encoder = new PassageEncoder(text, options);
var prototypes = PrototypeSet.Build(codebook, encoder, default);
var prototypeSeconds = sw.Elapsed.TotalSeconds;
sw.Restart();
var vectors = encoder.Encode(passages, default);
var embedSeconds = sw.Elapsed.TotalSeconds;
sw.Restart();
var reference = SimilarityReference.Build(prototypes, vectors);
var referenceSeconds = sw.Elapsed.TotalSeconds;
var classifier = new EmbeddedClassifier(new PrecomputedEncoder(encoder, passages, vectors), codebook, prototypes, reference, [], new ZeroShotOptions());
async Task<int> ScoreStudy()
{
    var count = 0;
    foreach (var interview in study)
    {
        count += (await classifier.ClassifyAsync(new InterviewCase(interview[0].InterviewId, interview, 1), default)).Count;
    }
    return count;
}
var suggestions = await ScoreStudy();
var scoreSeconds = sw.Elapsed.TotalSeconds;
// Scoring alone: the same interviews again, without the study reference and with the code already compiled; the
// fastest of --repeat passes, and the process's CPU time of that pass (less sensitive to other work on the machine).
var warmScoreSeconds = double.PositiveInfinity;
var warmCpuSeconds = double.PositiveInfinity;
for (var pass = 0; pass < repeats; pass++)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    sw.Restart();
    await ScoreStudy();
    warmScoreSeconds = Math.Min(warmScoreSeconds, sw.Elapsed.TotalSeconds);
    warmCpuSeconds = Math.Min(warmCpuSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
}
var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;

var scorable = prototypes.ById.Count;
var perInterviewEmbed = embedSeconds / interviews;
// Per interview: its embedding, its compiled scoring and its share of the study reference (which grows with the
// study), scaled to 288 variables. Once per run: the prototypes and compiling the scoring code on its first pass.
var perInterviewScore = (warmScoreSeconds + referenceSeconds) / interviews * SeedVariables / scorable;
var firstPassExtra = Math.Max(0, scoreSeconds - referenceSeconds - warmScoreSeconds);
var projected = loadSeconds + prototypeSeconds + firstPassExtra + (SeedInterviews * (perInterviewEmbed + perInterviewScore));
string F(double v, string f = "0.0") => v.ToString(f, CultureInfo.InvariantCulture);
Console.WriteLine($"| measure | value |");
Console.WriteLine($"|---|---|");
Console.WriteLine($"| study | {interviews} interviews x {words} words, {passages.Length} passages, {spans.Length} spans of {options.MinSpanWords}-{options.MaxSpanWords} words, {scorable} scorable variables, encoder {text.Name}, {Environment.ProcessorCount} cores |");
if (scoringOnly)
{
    Console.WriteLine($"| bare encoder | skipped (--scoring-only) |");
    Console.WriteLine($"| pipeline embedding (PassageEncoder) | {F(passages.Length / embedSeconds)} passages/s, {F(spans.Length / embedSeconds)} spans/s ({F(embedSeconds)} s) |");
}
else
{
    Console.WriteLine($"| bare encoder, arrival order | {F(spans.Length / arrival)} spans/s ({F(arrival)} s) |");
    Console.WriteLine($"| bare encoder, sorted by length | {F(spans.Length / sorted)} spans/s ({F(sorted)} s), {F(100 * (1 - (sorted / arrival)), "0")}% less time |");
    Console.WriteLine($"| pipeline embedding (PassageEncoder) | {F(passages.Length / embedSeconds)} passages/s, {F(spans.Length / embedSeconds)} spans/s ({F(embedSeconds)} s), {F(100 * embedSeconds / sorted, "0")}% of bare sorted encoder time |");
}
Console.WriteLine($"| loading the encoder | {F(loadSeconds)} s once per run ({text.Name}) |");
Console.WriteLine($"| codebook prototypes | {F(prototypeSeconds)} s once per codebook |");
Console.WriteLine($"| scoring {scorable} variables | {F(scoreSeconds / interviews, "0.00")} s per interview ({suggestions} suggestions) |");
Console.WriteLine($"| of which study reference | {F(referenceSeconds, "0.000")} s once per study |");
Console.WriteLine($"| scoring again, compiled, no reference | {F(warmScoreSeconds / interviews, "0.000")} s per interview ({F(warmCpuSeconds / interviews, "0.000")} s CPU), fastest of {repeats} |");
Console.WriteLine($"| end to end | {F(passages.Length / (embedSeconds + scoreSeconds))} passages/s |");
Console.WriteLine($"| peak working set | {F(peakMb, "0")} MB |");
Console.WriteLine($"| projection: {SeedInterviews} interviews x 13,000 words x {SeedVariables} variables | {F(projected / 60)} min (embedding {F(SeedInterviews * perInterviewEmbed / 60)} min, scoring {F(SeedInterviews * perInterviewScore / 60)} min, once per run {F(loadSeconds + prototypeSeconds + firstPassExtra)} s) |");
