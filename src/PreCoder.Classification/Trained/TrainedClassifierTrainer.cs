using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Learning;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;

namespace PreCoder.Classification.Trained;

/// <summary>
/// Trains a <see cref="TrainedClassifier"/> from one coder's codes and the evidence they cited: a model per
/// interview-level variable (<see cref="VariableLearner"/>) and per passage-level variable (<see cref="PassageTagTrainer"/>).
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
        IReadOnlyList<RejectedQuote>? rejected = null,
        CancellationToken cancellationToken = default)
    {
        options.Validate();
        time ??= TimeProvider.System;
        var analyses = new Dictionary<string, InterviewAnalysis>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            analyses[c.InterviewId] = embedded.Analyse(c, cancellationToken);
        }
        var labels = codes
            .Where(c => c.CoderId == coder && c.PassageId is null && analyses.ContainsKey(c.InterviewId))
            .Where(c => embedded.Codebook.Find(c.VariableId) is { Unit: CodingUnit.Interview } v && PrototypeSet.IsScorable(v))
            .GroupBy(c => (c.InterviewId, c.VariableId)).Select(g => g.Last())
            .ToArray();
        var now = time.GetUtcNow();
        var id = $"trained-{coder}-{now:yyyyMMddHHmmss}";
        var passageModels = PassageTagTrainer.Train(embedded.Codebook, analyses, codes, coder, options.Seed);
        if (labels.Length == 0 && passageModels.Count == 0)
        {
            throw new InvalidOperationException($"coder '{coder}' has no interview-level codes on scorable variables and no passage-level codes (two or more different codes on {PassageTagTrainer.MinimumPassages}+ passages) for these interviews; nothing to learn from");
        }
        var turnedDown = (rejected ?? []).ToLookup(r => (r.InterviewId, r.VariableId), r => r.Quote);
        var byVariable = labels.GroupBy(l => l.VariableId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<VariableLabel>)g.Select(c => new VariableLabel(c.InterviewId, c.Score, c.Evidence, turnedDown[(c.InterviewId, c.VariableId)].ToArray())).ToArray(),
                StringComparer.Ordinal);
        var (variables, shared) = labels.Length == 0
            ? ([], null)
            : new VariableLearner(analyses, embedded.Prototypes, embedded.Options, options).Learn(byVariable, cancellationToken);
        var metadata = new TrainedModelMetadata
        {
            Id = id,
            Coder = coder,
            CodebookId = embedded.Codebook.Id,
            CodebookVersion = cases.Count > 0 ? cases[0].CodebookVersion : 0,
            Encoder = embedded.Encoder.Name,
            TrainingInterviews = labels.Select(l => l.InterviewId).Concat(codes.Where(c => c.CoderId == coder && c.PassageId is not null && analyses.ContainsKey(c.InterviewId)).Select(c => c.InterviewId)).Distinct().Count(),
            TrainingPairs = labels.Length,
            TrainedAt = now,
            Seed = options.Seed,
            Variables = variables.Select(VariableSummary.Of).ToArray(),
            CrossValidation = crossValidation,
            CalibrationRaw = calibration?.Raw,
            CalibrationValues = calibration?.Values,
            InterviewModel = variables.Count > 0,
            PassageModels = passageModels.Select(m => m.Info).ToArray(),
        };
        return new TrainedClassifier(embedded, new LearnedWeights(variables, shared), metadata, passageModels, time);
    }
}
