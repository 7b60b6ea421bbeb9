namespace PreCoder.Transcription.Speakers;

/// <summary>
/// Best-effort speaker separation: k-means over standardised voice features, seeded deterministically
/// (first segment, then farthest points), labels numbered by first appearance.
/// </summary>
public static class SpeakerClusterer
{
    public static int[] Assign(IReadOnlyList<float[]> features, int speakers, int iterations = 30)
    {
        var n = features.Count;
        if (n == 0)
        {
            return [];
        }
        var k = Math.Min(speakers, n);
        if (k <= 1)
        {
            return new int[n];
        }
        var dims = features[0].Length;
        var x = Standardise(features, dims);
        var centres = new List<double[]> { x[0] };
        while (centres.Count < k)
        {
            var far = Enumerable.Range(0, n).MaxBy(i => centres.Min(c => Distance(x[i], c)));
            centres.Add((double[])x[far].Clone());
        }
        var labels = new int[n];
        for (var iter = 0; iter < iterations; iter++)
        {
            var changed = false;
            for (var i = 0; i < n; i++)
            {
                var best = Enumerable.Range(0, k).MinBy(c => Distance(x[i], centres[c]));
                changed |= best != labels[i];
                labels[i] = best;
            }
            for (var c = 0; c < k; c++)
            {
                var members = Enumerable.Range(0, n).Where(i => labels[i] == c).ToList();
                if (members.Count > 0)
                {
                    centres[c] = Enumerable.Range(0, dims).Select(d => members.Average(i => x[i][d])).ToArray();
                }
            }
            if (!changed && iter > 0)
            {
                break;
            }
        }
        // Renumber by first appearance so the first voice heard is speaker 1.
        var order = new Dictionary<int, int>();
        foreach (var l in labels)
        {
            order.TryAdd(l, order.Count);
        }
        return labels.Select(l => order[l]).ToArray();
    }

    private static double[][] Standardise(IReadOnlyList<float[]> features, int dims)
    {
        var mean = new double[dims];
        var sd = new double[dims];
        for (var d = 0; d < dims; d++)
        {
            mean[d] = features.Average(f => f[d]);
            sd[d] = Math.Sqrt(features.Average(f => (f[d] - mean[d]) * (f[d] - mean[d])));
        }
        return features.Select(f => Enumerable.Range(0, dims).Select(d => sd[d] > 1e-9 ? (f[d] - mean[d]) / sd[d] : 0).ToArray()).ToArray();
    }

    private static double Distance(double[] a, double[] b)
    {
        double s = 0;
        for (var i = 0; i < a.Length; i++)
        {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return s;
    }
}
