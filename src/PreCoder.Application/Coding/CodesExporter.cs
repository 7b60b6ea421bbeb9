using PreCoder.Core.Coding;
using PreCoder.Core.Text;
using PreCoder.Store.Coding;
using PreCoder.Store.Reading;

namespace PreCoder.Application.Coding;

/// <summary>
/// Writes coders' current codes in the long format <see cref="CodesImporter"/> reads, in a canonical order
/// (interview, passage, variable in codebook order, coder), so import then export reproduces the file.
/// Machine coders' codes are their latest suggestions.
/// </summary>
public sealed class CodesExporter(StudyReader reader, StudyCodebook codebook)
{
    /// <summary>One coder's current codes (<c>machine</c> for every machine coder), or every human coder's when null.</summary>
    public static async Task<CodesExport> ExportAsync(StudySession session, string? coder, CancellationToken cancellationToken)
    {
        await using var reader = await session.OpenReaderAsync(cancellationToken);
        var codebook = await StudyCodebook.LoadAsync(reader, cancellationToken);
        return new CodesExport(codebook, await new CodesExporter(reader, codebook).CollectAsync(coder, cancellationToken));
    }

    public async Task<IReadOnlyList<CodeRecord>> CollectAsync(string? coder, CancellationToken cancellationToken)
    {
        var machine = coder is not null && await MachineCoders.IsMachineAsync(reader, coder, cancellationToken);
        IReadOnlyList<CodeRecord> codes;
        if (machine)
        {
            var rows = await SuggestionQueries.OfCodersAsync(reader, null, cancellationToken);
            codes = LatestSuggestions(rows.Where(s => MachineCoders.IsAlias(coder!) || s.CoderId.Equals(coder, StringComparison.OrdinalIgnoreCase)));
        }
        else
        {
            var humans = (await CoderQueries.IdsOfKindAsync(reader, CoderKind.Human, cancellationToken)).ToHashSet();
            codes = await CodeQueries.CurrentCodesAsync(reader, c => coder is null ? humans.Contains(c) : c == coder, cancellationToken);
        }
        var order = codebook.Codebook.Variables.Select((v, i) => (v.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return codes
            .OrderBy(c => c.InterviewId, StringComparer.Ordinal)
            .ThenBy(c => c.PassageId ?? "", StringComparer.Ordinal)
            .ThenBy(c => order.GetValueOrDefault(c.VariableId, int.MaxValue))
            .ThenBy(c => c.CoderId, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// Several coders' current codes in one pass over the trail (and one over the suggestions): what agreement reads.
    /// A coder is a machine by its stored kind.
    /// </summary>
    public async Task<IReadOnlyList<CodeRecord>> CollectManyAsync(IReadOnlyCollection<string> coders, CancellationToken cancellationToken)
    {
        var wanted = coders.ToHashSet(StringComparer.Ordinal);
        var machines = (await CoderQueries.IdsOfKindAsync(reader, CoderKind.Machine, cancellationToken))
            .Where(wanted.Contains).ToHashSet(StringComparer.Ordinal);
        var humans = wanted.Where(c => !machines.Contains(c)).ToHashSet(StringComparer.Ordinal);
        var codes = new List<CodeRecord>();
        if (humans.Count > 0)
        {
            codes.AddRange(await CodeQueries.CurrentCodesAsync(reader, humans.Contains, cancellationToken));
        }
        if (machines.Count > 0)
        {
            codes.AddRange(LatestSuggestions(await SuggestionQueries.OfCodersAsync(reader, machines, cancellationToken)));
        }
        return codes;
    }

    /// <summary>A machine coder's codes: its latest suggestion per unit.</summary>
    private static CodeRecord[] LatestSuggestions(IEnumerable<Core.Suggestions.Suggestion> suggestions) =>
        suggestions
            .GroupBy(s => (s.CoderId, s.InterviewId, s.PassageId, s.VariableId))
            .Select(g => g.MaxBy(s => s.Id)!)
            .Select(s => new CodeRecord(s.InterviewId, s.PassageId, s.VariableId, s.CoderId, s.Score, s.Evidence))
            .ToArray();

    public static void WriteCsv(TextWriter writer, StudyCodebook codebook, IReadOnlyList<CodeRecord> codes)
    {
        CsvWriter.WriteRow(writer, "interview", "passage", "variable", "coder", "score", "evidence");
        foreach (var c in codes)
        {
            var scale = codebook.Codebook.Find(c.VariableId)?.Scale;
            var score = scale?.Format(c.Score) ?? c.Score.ToString();
            CsvWriter.WriteRow(writer, c.InterviewId, c.PassageId ?? "", c.VariableId, c.CoderId, score,
                string.Join(CodesImporter.EvidenceSeparator, c.Evidence.Select(e => e.Text)));
        }
    }
}
