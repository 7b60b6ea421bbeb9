using PreCoder.Core.Coding;
using PreCoder.Reporting.Reliability;
using PreCoder.Store.Coding;
using PreCoder.Store.Reading;

namespace PreCoder.Application.Agreement;

/// <summary>
/// Turns the study's current codes (humans' decisions and machines' latest suggestions, via <see cref="CodesExporter"/>)
/// into the report's unit ratings. At interview level a coder's interview-wide code wins; otherwise its passage codes are
/// folded by their maximum (a variable mentioned anywhere is mentioned in the interview). At passage level only passage codes count.
/// </summary>
public sealed class StudyRatingsLoader(StudyReader reader, StudyCodebook codebook)
{
    public const string InterviewLevel = "interview";
    public const string PassageLevel = "passage";

    public async Task<IReadOnlyList<ReportCoder>> MachineCodersAsync(CancellationToken cancellationToken) =>
        (await CoderQueries.SuggestingAsync(reader, cancellationToken))
            .Order(StringComparer.Ordinal)
            .Select(id => new ReportCoder(id, IsMachine: true))
            .ToArray();

    public async Task<IReadOnlyList<string>> HumanCoderIdsAsync(CancellationToken cancellationToken) =>
        (await CoderQueries.IdsOfKindAsync(reader, CoderKind.Human, cancellationToken))
            .Order(StringComparer.Ordinal)
            .ToArray();

    public async Task<IReadOnlyList<UnitRating>> LoadAsync(IReadOnlyList<ReportCoder> coders, string level, CancellationToken cancellationToken)
    {
        var records = (await new CodesExporter(reader, codebook).CollectManyAsync(coders.Select(c => c.Id).ToArray(), cancellationToken)).ToList();
        return level == PassageLevel ? Passages(records) : Interviews(records);
    }

    private static UnitRating[] Passages(List<CodeRecord> records) =>
        records.Where(r => r.PassageId is not null)
            .Select(r => new UnitRating($"{r.InterviewId}/{r.PassageId}", r.VariableId, r.CoderId, r.Score.Value ?? double.NaN, Evidence(r)))
            .ToArray();

    private static UnitRating[] Interviews(List<CodeRecord> records) =>
        records.TrueForAll(r => r.PassageId is null) ? Whole(records) : Folded(records);

    // Without passage codes each (interview, variable, coder) has exactly one code, its current one, so there is
    // nothing to fold: the ratings follow the records one for one, in the order grouping would give them. Grouping
    // 253,440 codes by three strings was a good part of loading a seed-scale study.
    private static UnitRating[] Whole(List<CodeRecord> records)
    {
        var ratings = new UnitRating[records.Count];
        for (var i = 0; i < ratings.Length; i++)
        {
            var r = records[i];
            ratings[i] = new UnitRating(r.InterviewId, r.VariableId, r.CoderId, r.Score.Value ?? double.NaN, Evidence(r));
        }
        return ratings;
    }

    private static UnitRating[] Folded(List<CodeRecord> records) =>
        records.GroupBy(r => (r.InterviewId, r.VariableId, r.CoderId))
            .Select(g =>
            {
                var whole = g.FirstOrDefault(r => r.PassageId is null);
                if (whole is not null)
                {
                    return new UnitRating(g.Key.InterviewId, g.Key.VariableId, g.Key.CoderId, whole.Score.Value ?? double.NaN, Evidence(whole));
                }
                var scored = g.Where(r => r.Score.Value is not null).ToArray();
                var value = scored.Length == 0 ? double.NaN : scored.Max(r => r.Score.Value!.Value);
                return new UnitRating(g.Key.InterviewId, g.Key.VariableId, g.Key.CoderId, value, string.Join(" | ", g.Select(Evidence).Where(e => e.Length > 0)));
            })
            .ToArray();

    private static string Evidence(CodeRecord record) =>
        record.Evidence.Count == 0 ? "" : string.Join(" | ", record.Evidence.Select(e => e.Text));
}
