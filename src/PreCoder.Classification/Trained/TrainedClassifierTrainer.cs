using Microsoft.ML;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Embeddings;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;

namespace PreCoder.Classification.Trained;

/// <summary>
/// Trains a <see cref="TrainedClassifier"/> from one coder's interview-level codes and the evidence they cited. Each
/// training example's evidence and prior features are computed leaving its own interview out, so the model learns from
/// features as they will look on an interview it has not seen.
/// </summary>
public static class TrainedClassifierTrainer
{
    public static TrainedClassifier Train(
        EmbeddedClassifier embedded,
        IReadOnlyList<InterviewCase> cases,
        IReadOnlyList<CodeRecord> codes,
        string coder,
        TrainerOptions options,
        TimeProvider? time = null,
        CrossValidatedScores? crossValidation = null,
        (double[] Raw, double[] Values)? calibration = null,
        CancellationToken cancellationToken = default)
    {
        time ??= TimeProvider.System;
        var analyses = cases.ToDictionary(c => c.InterviewId, c => embedded.Analyse(c, cancellationToken), StringComparer.Ordinal);
        var labels = codes
            .Where(c => c.CoderId == coder && c.PassageId is null && c.Score.Value is not null && analyses.ContainsKey(c.InterviewId))
            .Where(c => embedded.Codebook.Find(c.VariableId) is { Unit: CodingUnit.Interview } v && PrototypeSet.IsScorable(v))
            .GroupBy(c => (c.InterviewId, c.VariableId)).Select(g => g.Last())
            .ToArray();
        var now = time.GetUtcNow();
        var id = $"trained-{coder}-{now:yyyyMMddHHmmss}";
        var passageModels = PassageTagTrainer.Train(embedded.Codebook, analyses, codes, coder, options.Seed);
        if (labels.Length == 0 && passageModels.Count == 0)
        {
            throw new InvalidOperationException($"coder '{coder}' has no interview-level scores on scorable variables and no passage-level codes (two or more different codes on {PassageTagTrainer.MinimumPassages}+ passages) for these interviews; nothing to learn from");
        }

        var evidence = EvidenceSums(analyses, labels);
        var centroids = Centroids(evidence, analyses, options);
        var rows = new List<PairRow>();
        foreach (var label in labels)
        {
            if (!analyses[label.InterviewId].Mentions.TryGetValue(label.VariableId, out var m))
            {
                continue;
            }
            var centroid = LeaveOneOut(evidence, centroids, label.VariableId, label.InterviewId);
            var prior = Prior(labels, label.VariableId, exclude: label.InterviewId);
            rows.Add(new PairRow { Features = PairFeatures.Compute(m, centroid, prior, embedded.Options), Label = (float)label.Score.Value!.Value });
        }

        var ml = new MLContext(options.Seed);
        ITransformer? model = null;
        if (rows.Count > 0)
        {
            var data = ml.Data.LoadFromEnumerable(rows);
            var trainer = ml.Regression.Trainers.FastTree(
                labelColumnName: nameof(PairRow.Label),
                featureColumnName: nameof(PairRow.Features),
                numberOfLeaves: options.Leaves,
                numberOfTrees: options.Trees,
                minimumExampleCountPerLeaf: options.MinExamplesPerLeaf);
            model = trainer.Fit(data);
        }
        var metadata = new TrainedModelMetadata
        {
            Id = id,
            Coder = coder,
            CodebookId = embedded.Codebook.Id,
            CodebookVersion = cases.Count > 0 ? cases[0].CodebookVersion : 0,
            Encoder = embedded.Encoder.Name,
            TrainingInterviews = labels.Select(l => l.InterviewId).Concat(codes.Where(c => c.CoderId == coder && c.PassageId is not null && analyses.ContainsKey(c.InterviewId)).Select(c => c.InterviewId)).Distinct().Count(),
            TrainingPairs = rows.Count,
            TrainedAt = now,
            Seed = options.Seed,
            FeatureNames = PairFeatures.Names,
            Centroids = centroids,
            Priors = labels.Select(l => l.VariableId).Distinct().ToDictionary(v => v, v => Prior(labels, v, exclude: null)!),
            CrossValidation = crossValidation,
            CalibrationRaw = calibration?.Raw,
            CalibrationValues = calibration?.Values,
            InterviewModel = model is not null,
            PassageModels = passageModels.Select(m => m.Info).ToArray(),
        };
        return new TrainedClassifier(embedded, ml, model, metadata, passageModels, time);
    }

    /// <summary>Per variable and interview: the sum of the vectors of spans the coder quoted, and how many.</summary>
    private static Dictionary<string, Dictionary<string, (float[] Sum, int Count)>> EvidenceSums(IReadOnlyDictionary<string, InterviewAnalysis> analyses, IReadOnlyList<CodeRecord> labels)
    {
        var sums = new Dictionary<string, Dictionary<string, (float[], int)>>(StringComparer.Ordinal);
        foreach (var label in labels.Where(l => l.Score.Value > 0 && l.Evidence.Count > 0))
        {
            var passages = analyses[label.InterviewId].Passages;
            var spans = label.Evidence.SelectMany(q => EvidenceLocator.Spans(q, passages)).Select(x => x.Span).Distinct().ToArray();
            if (spans.Length == 0)
            {
                continue;
            }
            var sum = new float[spans[0].Vector.Length];
            foreach (var s in spans)
            {
                System.Numerics.Tensors.TensorPrimitives.Add(sum, s.Vector, sum);
            }
            if (!sums.TryGetValue(label.VariableId, out var byInterview))
            {
                sums[label.VariableId] = byInterview = new Dictionary<string, (float[], int)>(StringComparer.Ordinal);
            }
            byInterview[label.InterviewId] = (sum, spans.Length);
        }
        return sums;
    }

    private static Dictionary<string, EvidenceCentroid> Centroids(
        Dictionary<string, Dictionary<string, (float[] Sum, int Count)>> sums, IReadOnlyDictionary<string, InterviewAnalysis> analyses, TrainerOptions options)
    {
        // A fixed, evenly spread sample of spans: the yardstick each centroid's similarities are read against.
        var all = analyses.OrderBy(a => a.Key, StringComparer.Ordinal).SelectMany(a => a.Value.Passages.SelectMany(p => p.Spans)).ToArray();
        var step = Math.Max(1, all.Length / Math.Max(1, options.ReferenceSpans));
        var sample = all.Where((_, i) => i % step == 0).ToArray();
        var centroids = new Dictionary<string, EvidenceCentroid>(StringComparer.Ordinal);
        foreach (var (variable, byInterview) in sums)
        {
            var vector = Normalised(byInterview.Values.Select(v => v.Sum));
            var sims = sample.Select(s => (double)VectorMath.Dot(s.Vector, vector)).Order().ToArray();
            var median = sims.Length == 0 ? 0 : sims[sims.Length / 2];
            var mad = sims.Length == 0 ? 1 : sims.Select(x => Math.Abs(x - median)).Order().ElementAt(sims.Length / 2);
            centroids[variable] = new EvidenceCentroid(vector, median, Math.Max(1e-3, 1.4826 * mad), byInterview.Values.Sum(v => v.Count));
        }
        return centroids;
    }

    /// <summary>The centroid without the given interview's own quotes; null when no other interview has any.</summary>
    private static EvidenceCentroid? LeaveOneOut(
        Dictionary<string, Dictionary<string, (float[] Sum, int Count)>> sums, Dictionary<string, EvidenceCentroid> centroids, string variable, string interview)
    {
        if (!sums.TryGetValue(variable, out var byInterview) || !centroids.TryGetValue(variable, out var full))
        {
            return null;
        }
        var others = byInterview.Where(kv => kv.Key != interview).Select(kv => kv.Value).ToArray();
        return others.Length == 0 ? null : full with { Vector = Normalised(others.Select(o => o.Sum)), Quotes = others.Sum(o => o.Count) };
    }

    private static float[] Normalised(IEnumerable<float[]> sums)
    {
        float[]? total = null;
        foreach (var s in sums)
        {
            total ??= new float[s.Length];
            System.Numerics.Tensors.TensorPrimitives.Add(total, s, total);
        }
        total ??= [];
        VectorMath.NormalizeInPlace(total);
        return total;
    }

    private static VariablePrior? Prior(IReadOnlyList<CodeRecord> labels, string variable, string? exclude)
    {
        var values = labels.Where(l => l.VariableId == variable && l.InterviewId != exclude).Select(l => l.Score.Value!.Value).ToArray();
        return values.Length == 0 ? null : new VariablePrior(values.Average(), values.Count(v => v > 0) / (double)values.Length, values.Length);
    }
}
