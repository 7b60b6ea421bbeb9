using PreCoder.Classification.ZeroShot;

namespace PreCoder.Classification.Learning;

/// <summary>
/// One interview's features for one variable (multiple-instance learning: the interview is a bag of sentences, each
/// with an evidence probability). Pooling is built so that one strong passage can decide: the maximum and the count of
/// passages that clear the bar sit beside the averages, so an interviewee who says it once and means it is not drowned
/// by ninety minutes of other talk.
/// </summary>
public static class InterviewFeatures
{
    public const int ScalarCount = 18;

    /// <summary>Where the zero-shot rules' level sits among the features.</summary>
    public const int ZeroShotLevel = 16;

    /// <summary>How many of the best passages' probabilities are read one by one: the k-th best passage tells whether "said k times" holds.</summary>
    private const int Ranks = 5;

    public static IReadOnlyList<string> ScalarNames { get; } =
    [
        "passage_p_1", "passage_p_2", "passage_p_3", "passage_p_4", "passage_p_5", "top3_sentence_mean_p", "log_expected_passages",
        "log_passages_over_0.3", "log_passages_over_half", "log_passages_over_0.7", "share_passages_over_half", "log_spans", "log_passages",
        "zero_shot_best_z", "zero_shot_over_bar", "zero_shot_mentions", "zero_shot_level", "log_sum_sentence_p",
    ];

    public static int Count(FeatureSet set, int dimensions) => set == FeatureSet.Evidence ? ScalarCount : ScalarCount + (2 * dimensions);

    /// <param name="probabilities">Each of <c>m.Ranked</c>'s sentences' evidence probability, in the same order.</param>
    public static float[] Compute(VariableMentions m, IReadOnlyList<double> probabilities, FeatureSet set, ZeroShotOptions options)
    {
        var dimensions = m.Ranked.Count > 0 ? m.Ranked[0].Span.Vector.Length : 0;
        var features = new float[Count(set, dimensions)];
        var byPassage = new Dictionary<string, double>(StringComparer.Ordinal);
        double sum = 0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var p = probabilities[i];
            sum += p;
            var id = m.Ranked[i].Passage.Passage.Id;
            byPassage[id] = Math.Max(byPassage.GetValueOrDefault(id), p);
        }
        var top = probabilities.OrderDescending().Take(3).ToArray();
        var passages = byPassage.Values.OrderDescending().ToArray();
        var (level, _) = m.Ranked.Count > 0 ? ImportanceRules.Decide(m, options) : (0, "");
        for (var k = 0; k < Ranks; k++)
        {
            features[k] = k < passages.Length ? (float)passages[k] : 0;
        }
        features[5] = top.Length > 0 ? (float)top.Average() : 0;
        features[6] = (float)Math.Log(1 + passages.Sum());
        features[7] = (float)Math.Log(1 + passages.Count(p => p >= 0.3));
        features[8] = (float)Math.Log(1 + passages.Count(p => p >= 0.5));
        features[9] = (float)Math.Log(1 + passages.Count(p => p >= 0.7));
        features[10] = passages.Length > 0 ? passages.Count(p => p >= 0.5) / (float)passages.Length : 0;
        features[11] = (float)Math.Log(1 + m.Ranked.Count);
        features[12] = (float)Math.Log(1 + passages.Length);
        features[13] = Clamp(m.BestZ);
        features[14] = Clamp(m.BestZ - m.Bar);
        features[15] = (float)Math.Log(1 + m.Mentions.Count);
        features[ZeroShotLevel] = level;
        features[17] = (float)Math.Log(1 + sum);
        if (set == FeatureSet.EvidenceAndText && dimensions > 0)
        {
            var weighted = features.AsSpan(ScalarCount, dimensions);
            var mean = features.AsSpan(ScalarCount + dimensions, dimensions);
            double total = 0;
            for (var i = 0; i < m.Ranked.Count; i++)
            {
                var v = m.Ranked[i].Span.Vector;
                System.Numerics.Tensors.TensorPrimitives.Add(mean, v, mean);
                var w = (float)probabilities[i];
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(v, w, weighted, weighted);
                total += w;
            }
            System.Numerics.Tensors.TensorPrimitives.Divide(mean, Math.Max(1, m.Ranked.Count), mean);
            System.Numerics.Tensors.TensorPrimitives.Divide(weighted, (float)Math.Max(1e-6, total), weighted);
        }
        return features;
    }

    private static float Clamp(double z) => double.IsFinite(z) ? (float)Math.Clamp(z, -10, 30) : -10f;
}
