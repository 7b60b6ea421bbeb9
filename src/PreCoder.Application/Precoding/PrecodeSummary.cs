using PreCoder.Classification.Calibration;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Suggestions;

namespace PreCoder.Application.Precoding;

/// <summary>What <c>precode</c> reports: counts per codebook category, proposed value and confidence band.</summary>
public sealed record PrecodeSummary(
    string Classifier,
    string ModelVersion,
    int Interviews,
    int Suggestions,
    int Quotes,
    IReadOnlyList<PrecodeSummary.CategoryCounts> Categories,
    IReadOnlyDictionary<string, int> Bands)
{
    public sealed record CategoryCounts(string Category, int Suggestions, int Present, int High, int Medium, int Low);

    public static PrecodeSummary Of(string classifier, string modelVersion, int interviews, IReadOnlyList<Suggestion> suggestions, Codebook codebook)
    {
        var categoryOf = codebook.Variables.ToDictionary(v => v.Id, v => v.Category);
        var rank = codebook.Categories.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var categories = suggestions
            .GroupBy(s => categoryOf.GetValueOrDefault(s.VariableId, "?"))
            .OrderBy(g => rank.GetValueOrDefault(g.Key, int.MaxValue))
            .Select(g => new CategoryCounts(g.Key, g.Count(), g.Count(s => s.Value > 0),
                g.Count(s => ConfidenceBands.Of(s.Confidence) == ConfidenceBand.High),
                g.Count(s => ConfidenceBands.Of(s.Confidence) == ConfidenceBand.Medium),
                g.Count(s => ConfidenceBands.Of(s.Confidence) == ConfidenceBand.Low)))
            .ToArray();
        var bands = Enum.GetValues<ConfidenceBand>().ToDictionary(b => b.ToString().ToLowerInvariant(), b => suggestions.Count(s => ConfidenceBands.Of(s.Confidence) == b));
        return new PrecodeSummary(classifier, modelVersion, interviews, suggestions.Count, suggestions.Sum(s => s.Evidence.Count), categories, bands);
    }

    public string ToText()
    {
        var lines = new List<string>
        {
            $"{Suggestions} suggestions for {Interviews} interview(s) by {Classifier} ({ModelVersion}), {Quotes} evidence quotes",
            $"{"category",-28} {"suggested",9} {"present",8} {"high",6} {"medium",7} {"low",6}",
        };
        lines.AddRange(Categories.Select(c => $"{c.Category,-28} {c.Suggestions,9} {c.Present,8} {c.High,6} {c.Medium,7} {c.Low,6}"));
        lines.Add($"confidence bands: high (>= {ConfidenceBands.HighFrom}) {Bands["high"]}, medium (>= {ConfidenceBands.MediumFrom}) {Bands["medium"]}, low {Bands["low"]}");
        return string.Join(Environment.NewLine, lines);
    }
}
