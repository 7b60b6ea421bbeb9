using Microsoft.EntityFrameworkCore;
using PreCoder.Codebooks.Qdc;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Errors;
using PreCoder.Reporting.Refi;
using PreCoder.Store.Reading;

namespace PreCoder.Application.Refi;

/// <summary>The study as a REFI-QDA project (.qdpx): transcripts, codebook, coders, codings, interviews as cases.</summary>
public static class StudyQdpxExport
{
    public static async Task<QdpxExportResult> WriteAsync(StudySession session, QdpxExportRequest request, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(session.Folder.Path.TrimEnd(Path.DirectorySeparatorChar));
        var output = request.Out ?? name + ".qdpx";
        await using var db = session.CreateDb();
        await using var reader = await StudyReader.OverAsync(db, cancellationToken);
        var codebook = await StudyCodebook.LoadAsync(reader, cancellationToken);
        var caseScores = await StudyCodeSources.LoadAsync(reader, codebook, request.Coder, session.Notes, cancellationToken);
        var exporter = new CodesExporter(reader, codebook);
        var codings = (await exporter.CollectAsync(null, cancellationToken)).ToList();
        if (request.Machine)
        {
            codings.AddRange(await exporter.CollectAsync(Coder.MachineAlias, cancellationToken));
        }
        var interviews = await StudyInterviews.LoadAsync(db, cancellationToken);
        var passages = (await db.Passages.AsNoTracking().ToListAsync(cancellationToken))
            .Select(p => new RefiPassage(p.InterviewId, p.Id, p.Index, p.Speaker, p.Text, p.English))
            .ToArray();
        if (interviews.Length == 0)
        {
            throw new InputException(session.Folder.Path, null, "the study has no interviews to export (ingest transcripts first)");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await using (var file = File.Create(output))
        {
            RefiProjectWriter.Write(name, codebook.Codebook, CodeTree(codebook.Codebook), interviews, passages, codings, caseScores, file, session.Time.GetUtcNow());
        }
        return new QdpxExportResult(output, interviews.Length, codebook.Codebook.Variables.Count, codings.Count, caseScores.Description);
    }

    /// <summary>The codebook's .qdc export, whose description blocks let <c>import qdpx</c> rebuild it exactly.</summary>
    private static RefiCodeTree CodeTree(Codebook codebook) => new(
        CodebookQdc.Write(codebook),
        codebook.Variables.ToDictionary(v => v.Id, v => CodebookQdc.VariableGuid(codebook, v.Id).ToString(), StringComparer.Ordinal));
}
