namespace PreCoder.Classification.Embeddings;

/// <summary>The <c>Encoder</c> configuration section.</summary>
public sealed class EncoderOptions
{
    public const string Section = "Encoder";

    /// <summary>Which packaged model embeds passages. The default value is MiniLM.</summary>
    public EncoderKind Kind { get; set; } = EncoderKind.MiniLM;

    /// <summary>
    /// Int8 quantizes the model's weights while it loads, for about twice the speed; Float32 runs it as packaged.
    /// Vectors of the two are cached apart. The default value is Int8.
    /// </summary>
    public EncoderPrecision Precision { get; set; } = EncoderPrecision.Int8;

    /// <summary>
    /// Batches encoded at once, each on one core (ONNX Runtime runs one session from several threads); 0 uses every
    /// core. The default value is 0.
    /// </summary>
    public int Threads { get; set; }

    /// <summary>How many batches <see cref="Threads"/> means on this machine.</summary>
    public int Parallelism => Threads > 0 ? Threads : Environment.ProcessorCount;

    /// <summary>Texts per encoder call. Texts are sorted by length first, so a batch holds texts of similar length. The default value is 32.</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>A sentence shorter than this is embedded together with the next one. The default value is 8.</summary>
    public int MinSpanWords { get; set; } = 8;

    /// <summary>Spans stop growing at this many words. The default value is 60.</summary>
    public int MaxSpanWords { get; set; } = 60;

    /// <summary>Throws when a value cannot work.</summary>
    public void Validate()
    {
        if (BatchSize < 1 || MinSpanWords < 1 || MaxSpanWords < MinSpanWords || Threads < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(EncoderOptions), "Encoder: BatchSize and MinSpanWords must be at least 1, MaxSpanWords at least MinSpanWords, Threads 0 or more");
        }
    }
}
