using System.Runtime.CompilerServices;
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

    /// <summary>Variables measured in one pass over the study's spans.</summary>
    private const int VariableBlock = 16;

    private readonly Dictionary<string, SimilarityScale> _stats;

    private SimilarityReference(Dictionary<string, SimilarityScale> stats, int spans)
    {
        _stats = stats;
        Spans = spans;
    }

    /// <summary>How many spans the reference was computed from.</summary>
    public int Spans { get; }

    /// <summary>How many standard deviations <paramref name="similarity"/> lies above the study's median for the variable.</summary>
    public double Z(string variableId, double similarity) => _stats[variableId].Z(similarity);

    /// <summary>The variable's median and spread, looked up once so a whole column of spans can be read against it.</summary>
    public SimilarityScale Scale(string variableId) => _stats[variableId];

    public static SimilarityReference Build(PrototypeSet prototypes, IReadOnlyList<PassageVectors> studyPassages)
    {
        var stats = new Dictionary<string, SimilarityScale>(StringComparer.Ordinal);
        var spans = 0;
        foreach (var block in prototypes.ById.Chunk(VariableBlock))
        {
            var values = Similarities(block.Select(x => x.Value).ToArray(), studyPassages);
            for (var i = 0; i < block.Length; i++)
            {
                spans = Math.Max(spans, values[i].Count);
                stats[block[i].Key] = Scale(values[i]);
            }
        }
        return new SimilarityReference(stats, spans);
    }

    /// <summary>
    /// Every study span's similarity to each prototype of the block, among the spans of the prototype's role. A few
    /// variables share one pass over the study's span vectors (megabytes, fetched from memory on every pass), while
    /// their lists stay small enough for studies of hundreds of interviews.
    /// </summary>
    // Optimised at first call: it runs once per process, over every span of the study.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<double>[] Similarities(VariablePrototype[] block, IReadOnlyList<PassageVectors> studyPassages)
    {
        var values = block.Select(_ => new List<double>()).ToArray();
        for (var p = 0; p < studyPassages.Count; p++)
        {
            var passage = studyPassages[p];
            for (var i = 0; i < block.Length; i++)
            {
                if (!RoleMatch.Accepts(block[i].Variable.Role, passage.Passage.Role))
                {
                    continue;
                }
                for (var s = 0; s < passage.Spans.Count; s++)
                {
                    values[i].Add(block[i].Similarity(passage.Spans[s].Vector));
                }
            }
        }
        return values;
    }

    /// <summary>Median and median absolute deviation (scaled to a standard deviation) of one variable's similarities.</summary>
    private static SimilarityScale Scale(List<double> values)
    {
        if (values.Count == 0)
        {
            return new SimilarityScale(0, 1);
        }
        values.Sort();
        var median = Median(values);
        var deviations = values.Select(v => Math.Abs(v - median)).ToList();
        deviations.Sort();
        return new SimilarityScale(median, Math.Max(MinSpread, 1.4826 * Median(deviations)));
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
