using System.Globalization;
using PreCoder.Codebooks.Spreadsheets;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Errors;
using PreCoder.Core.Text;

namespace PreCoder.Application.Sheets;

/// <summary>
/// A coding sheet for a coder who works in Excel: one row per interview and variable with the machine's suggestion,
/// confidence and evidence, and the coder's current score, missing reason and note, ready to fill in and import.
/// </summary>
public static class CodingSheetExport
{
    public static async Task<IReadOnlyList<CodingSheetRow>> BuildAsync(StudySession session, string coder, IReadOnlyList<string>? interviews, CancellationToken cancellationToken)
    {
        // Only reads: straight from a connection, without an EF Core context (see StudyReader).
        await using var reader = await session.OpenReaderAsync(cancellationToken);
        var codebook = await StudyCodebook.LoadAsync(reader, cancellationToken);
        var known = await Store.Transcripts.InterviewQueries.IdsAsync(reader, cancellationToken);
        if (interviews is { Count: > 0 })
        {
            var unknown = interviews.FirstOrDefault(i => !known.Contains(i));
            if (unknown is not null)
            {
                throw new InputException("--interviews", null, $"unknown interview '{unknown}'");
            }
            known = interviews.ToList();
        }
        var rows = new List<CodingSheetRow>(known.Count * codebook.Codebook.Variables.Count);
        foreach (var interviewId in known)
        {
            var suggestions = await Decisions.LatestSuggestions.ForInterviewAsync(reader, interviewId, cancellationToken);
            var history = await Decisions.UnitHistory.ForInterviewAsync(reader, coder, interviewId, cancellationToken);
            // Passage-level variables are coded on passages, in the workspace; the sheet holds one code per interview.
            foreach (var variable in codebook.Codebook.Variables.Where(v => v.Unit == CodingUnit.Interview))
            {
                rows.Add(Row(interviewId, variable, suggestions.GetValueOrDefault(variable.Id), history.GetValueOrDefault(variable.Id)));
            }
        }
        return rows;
    }

    public static void WriteCsv(IReadOnlyList<CodingSheetRow> rows, TextWriter writer)
    {
        CsvWriter.WriteRow(writer, SheetColumns.All);
        foreach (var row in rows)
        {
            CsvWriter.WriteRow(writer, row.Cells());
        }
    }

    /// <summary>XLSX with a drop-down of the variable's scale values (and <c>missing</c>) in every score cell.</summary>
    public static void WriteXlsx(IReadOnlyList<CodingSheetRow> rows, Stream stream)
    {
        var scoreColumn = SheetColumns.All.ToList().IndexOf(SheetColumns.Score);
        var table = new List<IReadOnlyList<string>> { SheetColumns.All };
        table.AddRange(rows.Select(r => r.Cells()));
        var validations = rows.Select((r, i) => new XlsxListValidation(scoreColumn, i + 2, [.. r.ScaleValues, "missing"])).ToArray();
        XlsxTables.Write(stream, [("coding", table)], new Dictionary<string, IReadOnlyList<XlsxListValidation>> { ["coding"] = validations });
    }

    private static CodingSheetRow Row(string interviewId, Variable variable, Core.Suggestions.Suggestion? suggestion, Decisions.UnitHistory? history)
    {
        var scale = variable.Scale;
        var code = history?.Code is { SetsCode: true } c ? c : null;
        return new CodingSheetRow(
            interviewId,
            variable.Category,
            variable.Id,
            variable.Name,
            scale.Describe(),
            scale.Levels.Select(l => scale.Format(Score.Of(l))).ToArray(),
            suggestion is null ? "" : scale.Format(suggestion.Score),
            suggestion is null ? "" : suggestion.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
            suggestion is null ? "" : string.Join(SheetColumns.QuoteSeparator, suggestion.Evidence.Select(e => e.Text)),
            suggestion?.Id.ToString(CultureInfo.InvariantCulture) ?? "",
            code is null ? "" : code.Value is { } v ? scale.Format(Score.Of(v)) : "missing",
            code is { Value: null } ? code.MissingReason ?? "" : "",
            history?.LatestNote ?? "");
    }
}
