using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;
using PreCoder.Core.Errors;
using PreCoder.Core.Passages;
using PreCoder.Core.Text;
using PreCoder.Store.Coding;
using PreCoder.Store.Persistence;

namespace PreCoder.Application.Coding;

/// <summary>
/// Imports human codes in long format <c>interview,passage,variable,coder,score[,evidence]</c>. Every row is
/// checked before anything is written; one bad row fails the whole file and the study keeps what it had.
/// A row that repeats a coder's current code adds nothing, so importing the same file twice changes nothing.
/// </summary>
public sealed class CodesImporter(StudyDbContext db, StudyCodebook codebook, TimeProvider time)
{
    public const string EvidenceSeparator = " | ";

    public sealed record Result(int Rows, int Added, int Unchanged, IReadOnlyList<string> Coders);

    /// <summary>Imports a codes file into the study under the latest codebook version.</summary>
    public static async Task<Result> ImportAsync(StudySession session, string path, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
        return await new CodesImporter(db, codebook, session.Time).ImportAsync(path, cancellationToken);
    }

    public async Task<Result> ImportAsync(string path, CancellationToken cancellationToken)
    {
        var table = CsvTable.Load(path);
        int interviewCol = table.Require("interview", "the interview id"),
            passageCol = table.Require("passage", "empty for interview-level codes"),
            variableCol = table.Require("variable", "a variable id or exact name"),
            coderCol = table.Require("coder", "who coded"),
            scoreCol = table.Require("score", "a value of the variable's scale or 'missing'"),
            evidenceCol = table.IndexOf("evidence");

        // The transaction starts before the study is read: on SQLite it takes the write lock at once (BEGIN IMMEDIATE),
        // so two imports running at the same time queue up and the second sees the first one's codes.
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var interviews = (await db.Interviews.AsNoTracking().Select(i => i.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        // Passages are read only for interviews whose rows quote evidence or name a passage: a scores-only file of a
        // whole study should not load every transcript.
        var passages = new Dictionary<string, List<Passage>>(StringComparer.Ordinal);
        async Task<List<Passage>> PassagesOf(string interviewId)
        {
            if (!passages.TryGetValue(interviewId, out var list))
            {
                list = await db.Passages.AsNoTracking().Where(p => p.InterviewId == interviewId).OrderBy(p => p.Index).ToListAsync(cancellationToken);
                passages[interviewId] = list;
            }
            return list;
        }
        var current = (await CodeQueries.CurrentCodesAsync(db, null, cancellationToken))
            .ToDictionary(c => (c.CoderId, c.InterviewId, c.PassageId, c.VariableId));
        var variables = new Dictionary<string, Core.Codebooks.Variable?>(StringComparer.Ordinal);
        var machineCoders = await MachineCoders.IdsAsync(db, cancellationToken);

        // Sized once: growing a quarter-million-entry table leaves every smaller copy on the large object heap.
        var seen = new Dictionary<(string, string, string?, string), int>(table.Rows.Count);
        var decisions = new List<CodeDecision>(table.Rows.Count);
        var unchanged = 0;
        var now = time.GetUtcNow();
        foreach (var row in table.Rows)
        {
            string F(int c) => row.Fields[c].Trim();
            var interviewId = F(interviewCol);
            if (!interviews.Contains(interviewId))
            {
                throw new InputException(path, row.Line, $"unknown interview '{interviewId}' (ingest its transcript first)");
            }
            var passageId = F(passageCol) is { Length: > 0 } p ? p : null;
            var needsPassages = passageId is not null || evidenceCol >= 0 && F(evidenceCol).Length > 0;
            var interviewPassages = needsPassages ? await PassagesOf(interviewId) : [];
            if (passageId is not null && interviewPassages.All(x => x.Id != passageId))
            {
                throw new InputException(path, row.Line, $"unknown passage '{passageId}' in interview '{interviewId}'");
            }
            var variableText = F(variableCol);
            if (!variables.TryGetValue(variableText, out var found))
            {
                found = codebook.Codebook.Find(variableText);
                variables[variableText] = found;
            }
            var variable = found
                ?? throw new InputException(path, row.Line, $"unknown variable '{F(variableCol)}' (not an id or name in codebook version {codebook.Version})");
            var coder = F(coderCol);
            if (coder.Length == 0)
            {
                throw new InputException(path, row.Line, "empty coder");
            }
            if (MachineCoders.IsAlias(coder) || machineCoders.Contains(coder))
            {
                throw new InputException(path, row.Line, $"coder '{coder}' is a machine coder; import human codes only");
            }
            if (!variable.Scale.TryParse(F(scoreCol), out var score, out var error))
            {
                throw new InputException(path, row.Line, $"variable {variable.Id}: {error}");
            }
            var key = (coder, interviewId, passageId, variable.Id);
            if (seen.TryGetValue(key, out var firstLine))
            {
                throw new InputException(path, row.Line, $"duplicate code for coder '{coder}', interview '{interviewId}', variable '{variable.Id}' (first on line {firstLine})");
            }
            seen[key] = row.Line;
            var evidence = evidenceCol >= 0 ? LocateEvidence(path, row.Line, F(evidenceCol), interviewPassages, passageId) : [];
            if (current.TryGetValue(key, out var existing) && existing.Score == score && EvidenceLocator.Same(existing.Evidence, evidence))
            {
                unchanged++;
                continue;
            }
            decisions.Add(new CodeDecision
            {
                InterviewId = interviewId,
                PassageId = passageId,
                VariableId = variable.Id,
                CodebookVersion = codebook.Version,
                CoderId = coder,
                Action = score.IsMissing ? DecisionAction.MarkMissing : DecisionAction.Set,
                Value = score.Value,
                MissingReason = score.MissingReason,
                Evidence = evidence,
                Source = Path.GetFileName(path),
                At = now,
            });
        }

        var coders = seen.Keys.Select(k => k.Item1).Distinct().Order(StringComparer.Ordinal).ToArray();
        foreach (var c in coders)
        {
            await CoderRegistry.EnsureAsync(db, Coder.Human(c), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await DecisionBulkWriter.AppendAsync(db, decisions, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new Result(table.Rows.Count, decisions.Count, unchanged, coders);
    }

    /// <summary>Each quote must be found in the interview's transcript (whitespace differences aside); the stored quote is the exact span.</summary>
    private static IReadOnlyList<EvidenceQuote> LocateEvidence(string path, int line, string field, IReadOnlyList<Passage> passages, string? passageId)
    {
        if (field.Length == 0)
        {
            return [];
        }
        return field.Split(EvidenceSeparator.Trim(), StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(quote => EvidenceLocator.Find(quote, passages.Where(p => passageId is null || p.Id == passageId))
                ?? throw new InputException(path, line, $"evidence quote not found in the transcript: \"{EvidenceLocator.Shorten(quote)}\""))
            .ToArray();
    }
}
