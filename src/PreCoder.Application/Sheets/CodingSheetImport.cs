using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PreCoder.Application.Decisions;
using PreCoder.Codebooks.Spreadsheets;
using PreCoder.Core.Errors;
using PreCoder.Core.Text;

namespace PreCoder.Application.Sheets;

/// <summary>
/// Records a filled coding sheet as the coder's decisions: one per filled row (an accept where the score equals the
/// suggestion), all rows or none. The suggestion columns are the machine's and must come back as they went out.
/// Importing the same sheet again records nothing new.
/// </summary>
public static class CodingSheetImport
{
    public static async Task<SheetImportResult> ImportAsync(StudySession session, string path, string coder, CancellationToken cancellationToken)
    {
        var (header, rows) = Read(path);
        int Col(string name) => header.FindIndex(h => h.Equals(name, StringComparison.OrdinalIgnoreCase)) is var i and >= 0
            ? i
            : throw new InputException(path, 1, $"missing column '{name}' (export a sheet with 'precoder sheet export' to see the layout)");
        int interviewCol = Col(SheetColumns.Interview), variableCol = Col(SheetColumns.Variable), suggestionCol = Col(SheetColumns.Suggestion),
            suggestionIdCol = Col(SheetColumns.SuggestionId), scoreCol = Col(SheetColumns.Score), reasonCol = Col(SheetColumns.MissingReason), noteCol = Col(SheetColumns.Note);

        await using (var db = session.CreateDb())
        {
            var codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
            await CheckSuggestionsAsync(db, codebook, path, rows, suggestionCol, suggestionIdCol, cancellationToken);
        }
        var requests = new List<DecisionRequest>();
        foreach (var row in rows)
        {
            var score = row.Cell(scoreCol);
            var reason = row.Cell(reasonCol);
            var note = row.Cell(noteCol);
            if (score.Length == 0 && reason.Length == 0 && note.Length == 0)
            {
                continue;
            }
            var suggestion = row.Cell(suggestionCol);
            var kind = score.Length == 0 && reason.Length > 0 ? DecisionKind.Missing
                : score.Length == 0 ? DecisionKind.Note
                : suggestion.Length > 0 && score == suggestion && reason.Length == 0 ? DecisionKind.Accept
                : DecisionKind.Score;
            requests.Add(new DecisionRequest(coder, row.Cell(interviewCol), row.Cell(variableCol), kind)
            {
                Score = score.Length > 0 ? score : null,
                MissingReason = reason.Length > 0 ? reason : null,
                Note = note.Length > 0 ? note : null,
                Source = Path.GetFileName(path),
                SourceLine = row.Line,
            });
        }
        try
        {
            var outcomes = await new CodingDecisions(session).DecideAllAsync(requests, cancellationToken);
            var recorded = outcomes.Count(o => o.Changed);
            return new SheetImportResult(rows.Count, requests.Count, recorded, requests.Count - recorded);
        }
        catch (InputException ex) when (ex.File == Path.GetFileName(path))
        {
            // Name the file as the coder gave it, so the error points at it.
            throw new InputException(path, ex.Line, ex.Problem);
        }
    }

    /// <summary>A sheet answers the suggestions it was exported with; a changed suggestion cell or a re-run pre-coding is an error.</summary>
    private static async Task CheckSuggestionsAsync(Store.Persistence.StudyDbContext db, StudyCodebook codebook, string path, IReadOnlyList<SheetRow> rows, int suggestionCol, int suggestionIdCol, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<long, int>();
        foreach (var row in rows)
        {
            var idText = row.Cell(suggestionIdCol);
            if (idText.Length == 0)
            {
                if (row.Cell(suggestionCol).Length > 0)
                {
                    throw new InputException(path, row.Line, $"the suggestion column was edited ('{row.Cell(suggestionCol)}', exported empty); put your score in the score column");
                }
                continue;
            }
            if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                throw new InputException(path, row.Line, $"suggestion_id '{idText}' is not a suggestion id; the suggestion columns must stay as exported");
            }
            ids[id] = row.Line;
        }
        var keys = ids.Keys.ToArray();
        var stored = await db.Suggestions.AsNoTracking().Where(s => keys.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var row in rows)
        {
            if (!long.TryParse(row.Cell(suggestionIdCol), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }
            if (!stored.TryGetValue(id, out var suggestion))
            {
                throw new InputException(path, row.Line, $"suggestion {id} is no longer in the study (it was pre-coded again since this sheet was exported); export a new sheet");
            }
            var cell = row.Cell(suggestionCol);
            var expected = codebook.Codebook.Find(suggestion.VariableId)?.Scale.Format(suggestion.Score) ?? suggestion.Score.ToString();
            if (!cell.Equals(expected, StringComparison.OrdinalIgnoreCase))
            {
                throw new InputException(path, row.Line, $"the suggestion column was edited ('{cell}', exported as '{expected}'); put your score in the score column");
            }
        }
    }

    private static (List<string> Header, IReadOnlyList<SheetRow> Rows) Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, "file not found");
        }
        if (Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            Dictionary<string, List<SheetRow>> sheets;
            try
            {
                using var stream = File.OpenRead(path);
                sheets = XlsxTables.Read(stream);
            }
            catch (Exception ex) when (ex is InvalidDataException or FileFormatException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
            {
                throw new InputException(path, null, $"not a readable XLSX workbook ({ex.Message})");
            }
            var sheet = sheets.GetValueOrDefault("coding") ?? sheets.Values.FirstOrDefault()
                ?? throw new InputException(path, null, "the workbook has no sheets");
            if (sheet.Count == 0)
            {
                throw new InputException(path, 1, "the sheet is empty");
            }
            return (sheet[0].Cells.Select(c => c.Trim()).ToList(), sheet.Skip(1).Where(r => !r.IsBlank).ToArray());
        }
        var table = CsvTable.Load(path);
        return (table.Header.Select(h => h.Trim()).ToList(), table.Rows.Select(r => new SheetRow(r.Line, r.Fields)).Where(r => !r.IsBlank).ToArray());
    }
}
