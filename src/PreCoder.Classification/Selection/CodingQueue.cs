using System.Globalization;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Embeddings;
using PreCoder.Classification.Trained;
using PreCoder.Classification.ZeroShot;

namespace PreCoder.Classification.Selection;

/// <summary>
/// Which uncoded interviews would teach the model most if coded next (active learning): those the current model is
/// least sure about (uncertainty), spread over the study's content rather than bunched together (diversity: each pick
/// must also be far from the interviews already coded or picked). With nothing coded yet there is no model, and the
/// picks spread over the study alone, starting from its most typical interview, so the first hand-coded interviews
/// cover what the study contains.
/// </summary>
public static class CodingQueue
{
    /// <param name="model">A model trained on the coder's codes so far; null when there are none.</param>
    public static IReadOnlyList<NextInterview> Rank(
        EmbeddedClassifier embedded,
        TrainedClassifier? model,
        IReadOnlyList<InterviewCase> uncoded,
        IReadOnlyList<InterviewCase> coded,
        int count,
        CancellationToken cancellationToken = default)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var uncertainty = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var c in uncoded)
        {
            var analysis = embedded.Analyse(c, cancellationToken);
            vectors[c.InterviewId] = Content(analysis.Passages);
            uncertainty[c.InterviewId] = model is null ? null : Uncertainty(model, analysis);
        }
        var chosen = coded.Select(c => Content(embedded.Encoder.Encode(c.Passages, cancellationToken))).Where(v => v.Length > 0).ToList();
        if (chosen.Count == 0 && vectors.Count > 0)
        {
            // Nothing coded: the first pick is the most typical interview, the one nearest the study's centre.
            var centre = VectorMath.Mean(vectors.Values.Where(v => v.Length > 0).ToArray());
            VectorMath.NormalizeInPlace(centre);
            chosen.Add(centre);
        }
        var result = new List<NextInterview>();
        var left = uncoded.Select(c => c.InterviewId).Where(vectors.ContainsKey).ToHashSet(StringComparer.Ordinal);
        while (result.Count < count && left.Count > 0)
        {
            var best = left
                .Select(id => (Id: id, Novelty: Novelty(vectors[id], chosen), Uncertainty: uncertainty[id]))
                .Select(x => (x.Id, x.Novelty, x.Uncertainty, Score: (x.Uncertainty ?? 1) * (result.Count == 0 && coded.Count == 0 ? 1 - x.Novelty : x.Novelty)))
                .OrderByDescending(x => x.Score).ThenBy(x => x.Id, StringComparer.Ordinal)
                .First();
            left.Remove(best.Id);
            chosen.Add(vectors[best.Id]);
            var reason = best.Uncertainty is { } u
                ? string.Create(CultureInfo.InvariantCulture, $"the model is unsure here (mean uncertainty {u:0.00}) and it is unlike what is coded (distance {best.Novelty:0.00})")
                : result.Count == 0 && coded.Count == 0
                    ? "the study's most typical interview: a first code that the rest can be compared with"
                    : string.Create(CultureInfo.InvariantCulture, $"unlike every interview coded or proposed so far (distance {best.Novelty:0.00})");
            result.Add(new NextInterview(result.Count + 1, best.Id, best.Uncertainty, best.Novelty, reason));
        }
        return result;
    }

    /// <summary>The interview's content as one unit vector: the mean of its passages' vectors.</summary>
    private static float[] Content(IReadOnlyList<PassageVectors> passages)
    {
        var means = passages.Where(p => p.Mean.Length > 0).Select(p => p.Mean).ToArray();
        if (means.Length == 0)
        {
            return [];
        }
        var v = VectorMath.Mean(means);
        VectorMath.NormalizeInPlace(v);
        return v;
    }

    private static double Novelty(float[] v, IReadOnlyList<float[]> chosen) =>
        v.Length == 0 || chosen.Count == 0 ? 1 : chosen.Min(c => 1 - VectorMath.Dot(v, c));

    private static double? Uncertainty(TrainedClassifier model, InterviewAnalysis analysis)
    {
        var values = model.LevelProbabilities(analysis).Values.Select(p => 1 - p.Max()).ToArray();
        return values.Length == 0 ? null : values.Average();
    }
}
