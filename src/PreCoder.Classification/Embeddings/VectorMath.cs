using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PreCoder.Classification.Embeddings;

/// <summary>Vector helpers; all vectors the classifiers compare are unit length, so the dot product is the cosine.</summary>
public static class VectorMath
{
    /// <summary>How many rows <see cref="DotEach"/> multiplies per pass; rows beyond a whole number of passes go one by one, slower.</summary>
    public const int RowsPerPass = 4;

    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b) => TensorPrimitives.Dot(a, b);

    /// <summary>
    /// The dot product of <paramref name="vector"/> with each row of <paramref name="rows"/> (rows stored one after
    /// another, each as long as <paramref name="vector"/>), into <paramref name="dots"/>. Four rows are multiplied per
    /// pass, so each load of <paramref name="vector"/> serves four products: this is the inner loop of scoring every span
    /// against every prototype. Each row is summed in the same fixed order (<see cref="DotInOrder"/>) whichever pass it
    /// falls in and wherever the arrays lie in memory, so a row's product is the same however the rows are grouped.
    /// </summary>
    // Optimised at first call: scoring runs once per process and would otherwise spend its start in unoptimised code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void DotEach(ReadOnlySpan<float> vector, ReadOnlySpan<float> rows, Span<float> dots)
    {
        var width = vector.Length;
        if (rows.Length != width * dots.Length)
        {
            throw new ArgumentException($"expected {dots.Length} rows of {width}, got {rows.Length} values", nameof(rows));
        }
        var row = 0;
        for (; row + RowsPerPass <= dots.Length; row += RowsPerPass)
        {
            DotFour(vector, rows.Slice(row * width, RowsPerPass * width), dots.Slice(row, RowsPerPass));
        }
        for (; row < dots.Length; row++)
        {
            dots[row] = DotInOrder(vector, rows.Slice(row * width, width));
        }
    }

    /// <summary>
    /// The dot product summed in a fixed order: whole <see cref="Vector{T}"/> lanes first (one accumulator, then the lanes
    /// added up), then the remaining elements one by one. Agrees with <see cref="Dot"/> up to float rounding.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static float DotInOrder(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException("vectors differ in length", nameof(b));
        }
        ref var x = ref MemoryMarshal.GetReference(a);
        ref var y = ref MemoryMarshal.GetReference(b);
        var whole = WholeLanes(a.Length);
        var sum = Vector<float>.Zero;
        for (var i = 0; i < whole; i += Vector<float>.Count)
        {
            sum += Vector.LoadUnsafe(ref x, (nuint)i) * Vector.LoadUnsafe(ref y, (nuint)i);
        }
        return AddTail(Vector.Sum(sum), a, b, whole);
    }

    /// <summary>Four rows at once, each with exactly the operations <see cref="DotInOrder"/> would do for it alone.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DotFour(ReadOnlySpan<float> vector, ReadOnlySpan<float> fourRows, Span<float> dots)
    {
        var width = vector.Length;
        ref var x = ref MemoryMarshal.GetReference(vector);
        ref var r0 = ref MemoryMarshal.GetReference(fourRows);
        ref var r1 = ref Unsafe.Add(ref r0, width);
        ref var r2 = ref Unsafe.Add(ref r1, width);
        ref var r3 = ref Unsafe.Add(ref r2, width);
        var whole = WholeLanes(width);
        Vector<float> s0 = default, s1 = default, s2 = default, s3 = default;
        for (var i = 0; i < whole; i += Vector<float>.Count)
        {
            var v = Vector.LoadUnsafe(ref x, (nuint)i);
            s0 += v * Vector.LoadUnsafe(ref r0, (nuint)i);
            s1 += v * Vector.LoadUnsafe(ref r1, (nuint)i);
            s2 += v * Vector.LoadUnsafe(ref r2, (nuint)i);
            s3 += v * Vector.LoadUnsafe(ref r3, (nuint)i);
        }
        dots[0] = AddTail(Vector.Sum(s0), vector, fourRows.Slice(0, width), whole);
        dots[1] = AddTail(Vector.Sum(s1), vector, fourRows.Slice(width, width), whole);
        dots[2] = AddTail(Vector.Sum(s2), vector, fourRows.Slice(2 * width, width), whole);
        dots[3] = AddTail(Vector.Sum(s3), vector, fourRows.Slice(3 * width, width), whole);
    }

    private static int WholeLanes(int length) => length - (length % Vector<float>.Count);

    private static float AddTail(float sum, ReadOnlySpan<float> a, ReadOnlySpan<float> b, int from)
    {
        for (var i = from; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }

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
