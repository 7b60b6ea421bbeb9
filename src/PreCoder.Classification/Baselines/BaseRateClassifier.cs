using System.Globalization;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Suggestions;

namespace PreCoder.Classification.Baselines;

/// <summary>
/// The yardstick every classifier must beat: always the coder's most common code for each variable in the training
/// interviews (the majority class). <c>evaluate</c> shows it beside the zero-shot and trained classifiers, so a team
/// sees the lift rather than an agreement figure that a constant guess would also reach.
/// </summary>
public sealed class BaseRateClassifier : IClassifier
{
    public const string ClassifierName = "base-rate";

    private readonly Codebook _codebook;
    private readonly IReadOnlyDictionary<string, (double Value, double Share)> _majority;
    private readonly TimeProvider _time;

    private BaseRateClassifier(Codebook codebook, IReadOnlyDictionary<string, (double, double)> majority, TimeProvider time)
    {
        _codebook = codebook;
        _majority = majority;
        _time = time;
    }

    public string Name => ClassifierName;

    public string ModelVersion => "majority";

    /// <summary>The majority code of each variable among <paramref name="coder"/>'s scores in <paramref name="codes"/> (missing not counted).</summary>
    public static BaseRateClassifier Fit(Codebook codebook, IReadOnlyList<CodeRecord> codes, string coder, TimeProvider? time = null)
    {
        var majority = codes.Where(c => c.CoderId == coder && c.Score.Value is not null)
            .GroupBy(c => c.VariableId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var top = g.GroupBy(c => c.Score.Value!.Value).OrderByDescending(x => x.Count()).ThenBy(x => x.Key).First();
                    return (top.Key, top.Count() / (double)g.Count());
                },
                StringComparer.Ordinal);
        return new BaseRateClassifier(codebook, majority, time ?? TimeProvider.System);
    }

    public Task<IReadOnlyList<Suggestion>> ClassifyAsync(InterviewCase interview, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var attributes = interview.Attributes ?? new Dictionary<string, string>();
        var suggestions = new List<Suggestion>();
        foreach (var v in _codebook.Variables.Where(v => v.AppliesToAttributes(attributes)))
        {
            if (!_majority.TryGetValue(v.Id, out var m))
            {
                continue;
            }
            var rationale = string.Create(CultureInfo.InvariantCulture, $"base rate: the coder's most common code for this variable ({m.Share:P0} of training codes)");
            if (v.Unit == CodingUnit.Interview)
            {
                suggestions.Add(MachineSuggestion.Create(this, interview, null, v.Id, m.Value, m.Share, [], rationale, now));
                continue;
            }
            suggestions.AddRange(interview.Passages.Where(p => RoleMatch.Accepts(v.Role, p.Role))
                .Select(p => MachineSuggestion.Create(this, interview, p.Id, v.Id, m.Value, m.Share, [], rationale, now)));
        }
        return Task.FromResult<IReadOnlyList<Suggestion>>(suggestions);
    }
}
