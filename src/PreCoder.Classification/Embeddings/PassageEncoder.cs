using PreCoder.Core.Passages;

namespace PreCoder.Classification.Embeddings;

/// <summary>Splits passages into spans (<see cref="SpanSplitter"/>) and embeds all spans of a call together, sorted by length.</summary>
public sealed class PassageEncoder : IPassageEncoder
{
    private readonly ITextEncoder _encoder;
    private readonly EncoderOptions _options;

    public PassageEncoder(ITextEncoder encoder, EncoderOptions options)
    {
        options.Validate();
        _encoder = encoder;
        _options = options;
        Name = $"{encoder.Name}/spans-{options.MinSpanWords}-{options.MaxSpanWords}";
    }

    public string Name { get; }

    public float[][] EncodeTexts(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        LengthBatcher.Encode(_encoder, texts, _options.BatchSize, cancellationToken, _options.Parallelism);

    public IReadOnlyList<PassageVectors> Encode(IReadOnlyList<Passage> passages, CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        var plans = new List<(bool English, IReadOnlyList<(int Start, int Length)> Spans, int First)>(passages.Count);
        foreach (var p in passages)
        {
            var english = PassageVectors.UsesEnglish(p);
            var text = english ? p.English! : p.Text;
            var spans = SpanSplitter.Split(text, _options);
            plans.Add((english, spans, texts.Count));
            texts.AddRange(spans.Select(s => text.Substring(s.Start, s.Length)));
        }
        var vectors = EncodeTexts(texts, cancellationToken);
        var result = new PassageVectors[passages.Count];
        for (var i = 0; i < passages.Count; i++)
        {
            var (english, spans, first) = plans[i];
            result[i] = new PassageVectors(passages[i], english, spans.Select((s, k) => new EmbeddedSpan(s.Start, s.Length, vectors[first + k])).ToArray());
        }
        return result;
    }
}
