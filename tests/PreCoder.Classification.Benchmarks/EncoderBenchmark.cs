using BenchmarkDotNet.Attributes;
using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.Benchmarks;

/// <summary>
/// BenchmarkDotNet view of the padding effect and of 8-bit arithmetic (run with <c>--bdn</c>; slow): the same spans
/// encoded in arrival order and sorted by length, in batches of 32, by the float and the quantized model.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class EncoderBenchmark
{
    private ITextEncoder _encoder = null!;
    private string[] _spans = [];

    [Params(EncoderPrecision.Int8, EncoderPrecision.Float32)]
    public EncoderPrecision Precision { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _encoder = SentenceTransformerEncoder.Create(EncoderKind.MiniLM, Precision, threads: 1);
        var passages = SeedScaleStudy.Build(1, 2000)[0];
        _spans = passages.SelectMany(p => SpanSplitter.Split(p.Text, new EncoderOptions()).Select(s => p.Text.Substring(s.Start, s.Length))).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int ArrivalOrder()
    {
        var n = 0;
        Parallel.ForEach(_spans.Chunk(32), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, batch => Interlocked.Add(ref n, _encoder.Encode(batch, default).Length));
        return n;
    }

    [Benchmark]
    public int SortedByLength() => LengthBatcher.Encode(_encoder, _spans, 32, default, Environment.ProcessorCount).Length;
}
