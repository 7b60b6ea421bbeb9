using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.ZeroShot;

/// <summary>
/// The study's own similarity distribution per variable: the median and spread (median absolute deviation, scaled to a
/// standard deviation) of every coded span's similarity to the variable. Scores are read relative to it, so no threshold
/// depends on the encoder's similarity range (MiniLM's and ArcticXs's differ widely). Median and MAD rather than mean and
/// standard deviation, so the spans that really are about the variable do not widen the yardstick they are measured by.
/// </summary>
public sealed class SimilarityReference
{
    /// <summary>Spread never taken below this, so a variable every span scores alike cannot produce huge z values.</summary>
    private const double MinSpread = 1e-3;

    private readonly Dictionary<string, (double Median, double Spread)> _stats;

    private SimilarityReference(Dictionary<string, (double, double)> stats, int spans)
    {
        _stats = stats;
        Spans = spans;
    }

    /// <summary>How many spans the reference was computed from.</summary>
    public int Spans { get; }

    /// <summary>How many standard deviations <paramref name="similarity"/> lies above the study's median for the variable.</summary>
    public double Z(string variableId, double similarity)
    {
        var (median, spread) = _stats[variableId];
        return (similarity - median) / spread;
    }

    public static SimilarityReference Build(PrototypeSet prototypes, IReadOnlyList<PassageVectors> studyPassages)
    {
        var stats = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        var spans = 0;
        foreach (var (id, prototype) in prototypes.ById)
        {
            var values = new List<double>();
            foreach (var p in studyPassages.Where(p => RoleMatch.Accepts(prototype.Variable.Role, p.Passage.Role)))
            {
                foreach (var s in p.Spans)
                {
                    values.Add(prototype.Similarity(s.Vector));
                }
            }
            spans = Math.Max(spans, values.Count);
            if (values.Count == 0)
            {
                stats[id] = (0, 1);
                continue;
            }
            values.Sort();
            var median = Median(values);
            var deviations = values.Select(v => Math.Abs(v - median)).ToList();
            deviations.Sort();
            stats[id] = (median, Math.Max(MinSpread, 1.4826 * Median(deviations)));
        }
        return new SimilarityReference(stats, spans);
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
