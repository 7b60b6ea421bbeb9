using System.Numerics.Tensors;

namespace PreCoder.Classification.Embeddings;

/// <summary>Vector helpers; all vectors the classifiers compare are unit length, so the dot product is the cosine.</summary>
public static class VectorMath
{
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => TensorPrimitives.Dot(a, b);

    public static void NormalizeInPlace(Span<float> v)
    {
        var norm = TensorPrimitives.Norm(v);
        if (norm > 0)
        {
            TensorPrimitives.Divide(v, norm, v);
        }
    }

    /// <summary>The unit-length mean of <paramref name="vectors"/>, each weighted by <paramref name="weights"/> when given.</summary>
    public static float[] Mean(IReadOnlyList<float[]> vectors, IReadOnlyList<double>? weights = null)
    {
        if (vectors.Count == 0)
        {
            return [];
        }
        var sum = new float[vectors[0].Length];
        for (var i = 0; i < vectors.Count; i++)
        {
            var w = (float)(weights?[i] ?? 1.0);
            TensorPrimitives.MultiplyAdd(vectors[i], w, sum, sum);
        }
        NormalizeInPlace(sum);
        return sum;
    }

    public static byte[] ToBytes(ReadOnlySpan<float> v)
    {
        var bytes = new byte[v.Length * sizeof(float)];
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(v).CopyTo(bytes);
        return bytes;
    }
}
