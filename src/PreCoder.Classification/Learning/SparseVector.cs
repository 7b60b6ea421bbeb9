namespace PreCoder.Classification.Learning;

/// <summary>A sparse vector: ascending indices and their values.</summary>
public sealed record SparseVector(int[] Indices, float[] Values)
{
    public static SparseVector Empty { get; } = new([], []);

    public double Dot(ReadOnlySpan<float> weights)
    {
        double sum = 0;
        for (var i = 0; i < Indices.Length; i++)
        {
            sum += weights[Indices[i]] * Values[i];
        }
        return sum;
    }
}
