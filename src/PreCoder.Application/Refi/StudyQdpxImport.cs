using Microsoft.EntityFrameworkCore;
using PreCoder.Codebooks.Json;
using PreCoder.Codebooks.Qdc;
using PreCoder.Codebooks.Versioning;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Errors;
using PreCoder.Core.Passages;
using PreCoder.Core.Transcripts;
using PreCoder.Reporting.Refi;
using PreCoder.Store.Codebooks;
using PreCoder.Store.Coding;
using PreCoder.Store.Persistence;
using PreCoder.Store.Transcripts;
using PreCoder.Transcripts.Import;

namespace PreCoder.Application.Refi;

/// <summary>
/// Imports a REFI-QDA project (.qdpx from PreCoder, ATLAS.ti, MAXQDA, NVivo, QualCoder...) into a study, all or
/// nothing: a study without a codebook takes the project's code tree as its codebook (PreCoder's own exports come back
/// whole; other programs' codes become presence variables, 0/1, since a coding says only that a code applies); every
/// text source becomes an interview (or is matched to the interview of that id the study has); each user's codings of
/// a code in a source become that coder's code for the interview, with the selected text as verbatim quotes and the
/// score from PreCoder's coding note. Codes the coder already has unchanged add nothing, so a second import is a no-op.
/// </summary>
public static class StudyQdpxImport
{
    public static async Task<QdpxImportResult> ImportAsync(StudySession session, string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw new InputException(file, null, "file not found");
        }

        RefiProject project;
        await using (var stream = File.OpenRead(file))
        {
            project = RefiProjectReader.Read(stream, file);
        }

        await using var db = session.CreateDb();
        // Taken before the study is read, as codes import does: on SQLite the write lock queues a concurrent import.
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var (codebook, version, created) = await CodebookAsync(db, project, file, cancellationToken);
        var variables = Variables(project, codebook, version, file);
        var interviews = await InterviewsAsync(session, db, project, codebook, file, cancellationToken);

        var machines = await MachineCoders.IdsAsync(db, cancellationToken);
        // A project has no coder kinds; PreCoder's --machine export names machine users the way Coder.Machine does.
        bool IsMachine(string coder) => MachineCoders.IsAlias(coder) || machines.Contains(coder) || coder.StartsWith(Coder.MachineAlias + ":", StringComparison.OrdinalIgnoreCase);
        var human = project.Codings.Where(c => !IsMachine(c.Coder)).ToArray();
        var codes = new QdpxCodes(file, version, Path.GetFileName(file), session.Time.GetUtcNow());
        foreach (var coding in human)
        {
            codes.Add(coding, variables[coding.CodeGuid], interviews[coding.Source]);
        }

        var current = (await CodeQueries.CurrentCodesAsync(db, null, cancellationToken))
            .ToDictionary(c => (c.CoderId, c.InterviewId, c.PassageId, c.VariableId));
        var decisions = codes.Decisions()
            .Where(d => !(current.TryGetValue((d.CoderId, d.InterviewId, d.PassageId, d.VariableId), out var had) && had.Score == d.Score && SameQuotes(had.Evidence, d.Evidence)))
            .ToArray();
        var coders = human.Select(c => c.Coder).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        foreach (var coder in coders)
        {
            await CoderRegistry.EnsureAsync(db, Coder.Human(coder), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await DecisionBulkWriter.AppendAsync(db, decisions, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        var newInterviews = interviews.Values.Count(i => i.IsNew);
        return new QdpxImportResult(file, version, created, newInterviews, interviews.Count - newInterviews, human.Length, decisions.Length,
            codes.Count - decisions.Length, coders, project.Codings.Count - human.Length, project.SkippedSources);
    }

    // A project lists a code's quotes in transcript order, a coder may have given them in any order.
    private static bool SameQuotes(IReadOnlyList<EvidenceQuote> a, IReadOnlyList<EvidenceQuote> b) =>
        EvidenceLocator.Same(InOrder(a), InOrder(b));

    private static EvidenceQuote[] InOrder(IEnumerable<EvidenceQuote> quotes) =>
        quotes.OrderBy(q => q.PassageId, StringComparer.Ordinal).ThenBy(q => q.English).ThenBy(q => q.Start).ThenBy(q => q.Length).ToArray();

    /// <summary>The study's latest codebook; for a study without one, the project's code tree stored as version 1.</summary>
    private static async Task<(Codebook Codebook, int Version, bool Created)> CodebookAsync(StudyDbContext db, RefiProject project, string file, CancellationToken cancellationToken)
    {
        if (await CodebookVersions.LatestAsync(db, cancellationToken) is not null)
        {
            var existing = await StudyCodebook.LoadAsync(db, cancellationToken);
            return (existing.Codebook, existing.Version, false);
        }

        if (project.Codes.Count == 0)
        {
            throw new InputException(file, null, "the project has no codable codes, and the study has no codebook to import codings into");
        }

        var read = CodebookQdc.Read(project.CodebookDocument, file).GetCodebookOrThrow();
        var foreign = project.Codes.Where(c => c.VariableId is null).Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Another program's coding says a code applies and nothing about how strongly: presence is all it can carry.
        var codebook = read with { Variables = read.Variables.Select(v => foreign.Contains(v.Name) ? v with { Scale = Scale.Presence } : v).ToArray() };
        var json = CodebookJson.Serialize(codebook);
        var (version, _) = await CodebookVersions.AddAsync(db, json, CodebookHash.OfJson(json), Path.GetFullPath(file), cancellationToken);
        return (codebook, version.Version, true);
    }

    /// <summary>The variable each used code stands for: PreCoder's variable id, else the code's name as a variable id or name.</summary>
    private static Dictionary<string, Variable> Variables(RefiProject project, Codebook codebook, int version, string file)
    {
        var codes = project.Codes.ToDictionary(c => c.Guid, StringComparer.OrdinalIgnoreCase);
        var variables = new Dictionary<string, Variable>(StringComparer.OrdinalIgnoreCase);
        foreach (var coding in project.Codings.Where(c => !variables.ContainsKey(c.CodeGuid)))
        {
            var code = codes.GetValueOrDefault(coding.CodeGuid);
            var variable = code is null ? null : (code.VariableId is { } id ? codebook.Variables.FirstOrDefault(v => v.Id == id) : codebook.Find(code.Name));
            variables[coding.CodeGuid] = variable
                ?? throw coding.Error(file, $"code '{coding.Code}' is {(code is null ? "a grouping code, not a codable one" : $"not a variable of the study's codebook version {version}")}");
        }

        return variables;
    }

    /// <summary>Every text source as an interview: matched by id when the study has it, otherwise stored with its transcript and case values.</summary>
    private static async Task<Dictionary<string, QdpxInterview>> InterviewsAsync(StudySession session, StudyDbContext db, RefiProject project, Codebook codebook,
        string file, CancellationToken cancellationToken)
    {
        var existing = (await db.Interviews.AsNoTracking().Select(i => i.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var options = session.Configuration.Bind<PassageOptions>(PassageOptions.Section);
        var scores = codebook.Variables.Select(v => v.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var interviews = new Dictionary<string, QdpxInterview>(StringComparer.Ordinal);
        foreach (var (name, text) in project.Sources)
        {
            var blocks = RefiSourceText.Parse(text);
            if (existing.Contains(name))
            {
                var stored = await db.Passages.AsNoTracking().Where(p => p.InterviewId == name).OrderBy(p => p.Index).ToListAsync(cancellationToken);
                interviews[name] = new QdpxInterview(name, text, blocks, stored, null);
                continue;
            }

            if (blocks.Count == 0)
            {
                throw new InputException(file, null, $"text source '{name}' has no text");
            }

            var segments = blocks.Select((b, i) => new Segment
            {
                Id = $"s{i + 1:D4}",
                InterviewId = name,
                Index = i,
                Speaker = b.Speaker,
                Role = RoleMap.Default.RoleOf(b.Speaker),
                Text = b.Text,
                English = b.English,
            }).ToArray();
            var passages = PassageBuilder.Build(name, segments, options);
            await TranscriptWriter.ReplaceAsync(db, new Transcript(name, file, segments), passages, file, cancellationToken);
            // Case variables named like a codebook variable are PreCoder's per-interview scores; the codings carry those.
            if (project.Attributes.TryGetValue(name, out var values) && values.Keys.Any(k => !scores.Contains(k)))
            {
                var interview = await db.Interviews.FirstAsync(i => i.Id == name, cancellationToken);
                foreach (var (attribute, value) in values.Where(v => !scores.Contains(v.Key)))
                {
                    interview.Attributes[attribute] = value;
                }

                db.Entry(interview).Property(i => i.Attributes).IsModified = true;
                await db.SaveChangesAsync(cancellationToken);
            }

            interviews[name] = new QdpxInterview(name, text, blocks, passages, segments.Select(s => s.Id).ToArray());
        }

        return interviews;
    }
}
