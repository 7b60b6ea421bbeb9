using System.Globalization;
using Microsoft.ML;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;

namespace PreCoder.Classification.Trained;

/// <summary>
/// Learns each passage-level variable from the passages a coder coded for it (segment-level coding): one multiclass
/// maximum-entropy model per variable over the passage and the turn before it.
/// </summary>
public static class PassageTagTrainer
{
    /// <summary>A variable needs at least this many coded passages and two different codes to learn anything.</summary>
    public const int MinimumPassages = 4;

    public static IReadOnlyList<PassageTagModel> Train(
        Codebook codebook,
        IReadOnlyDictionary<string, InterviewAnalysis> analyses,
        IReadOnlyList<CodeRecord> codes,
        string coder,
        int seed)
    {
        var models = new List<PassageTagModel>();
        var byVariable = codes
            .Where(c => c.CoderId == coder && c.PassageId is not null && c.Score.Value is not null && analyses.ContainsKey(c.InterviewId))
            .GroupBy(c => (c.InterviewId, c.PassageId, c.VariableId)).Select(g => g.Last())
            .GroupBy(c => c.VariableId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in byVariable)
        {
            if (codebook.Find(group.Key) is not { Unit: CodingUnit.Passage } variable)
            {
                continue;
            }
            var rows = Rows(group, analyses, variable.Id).ToList();
            var labels = rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            if (rows.Count < MinimumPassages || labels.Length < 2)
            {
                continue;
            }
            var counts = rows.GroupBy(r => r.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            foreach (var row in rows)
            {
                row.Weight = (float)rows.Count / (labels.Length * counts[row.Label]);
            }
            var dimensions = analyses.Values.SelectMany(a => a.Passages).First(p => p.Mean.Length > 0).Mean.Length;
            var ml = new MLContext(seed);
            var data = ml.Data.LoadFromEnumerable(rows, PassageTagModel.Schema(dimensions));
            var pipeline = ml.Transforms.Conversion.MapValueToKey(nameof(PassageRow.Label))
                .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(nameof(PassageRow.Label), nameof(PassageRow.Features), nameof(PassageRow.Weight)))
                .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
            var model = pipeline.Fit(data);
            // The file name is settled when the model is saved next to its main zip.
            var info = new PassageModelInfo(variable.Id, $"passage-{variable.Id}.zip", dimensions, labels, rows.Count);
            models.Add(new PassageTagModel(ml, model, info));
        }
        return models;
    }

    /// <summary>One row per coded passage; each interview's passage positions and zero-shot readings are looked up once.</summary>
    private static IEnumerable<PassageRow> Rows(IEnumerable<CodeRecord> codes, IReadOnlyDictionary<string, InterviewAnalysis> analyses, string variableId)
    {
        foreach (var interview in codes.GroupBy(c => c.InterviewId, StringComparer.Ordinal))
        {
            var analysis = analyses[interview.Key];
            var passages = analysis.Passages;
            var indexById = passages.Select((p, i) => (p.Passage.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            var bestZ = PassageFeatures.BestZByPassage(analysis.Mentions.GetValueOrDefault(variableId));
            foreach (var code in interview)
            {
                if (!indexById.TryGetValue(code.PassageId!, out var index) || PassageFeatures.Compute(passages, index, bestZ) is not { } features)
                {
                    continue;
                }
                yield return new PassageRow { Features = features, Label = code.Score.Value!.Value.ToString(CultureInfo.InvariantCulture) };
            }
        }
    }
}
