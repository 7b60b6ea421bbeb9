using System.Text;
using Microsoft.EntityFrameworkCore;
using PreCoder.Reporting.Rendering;
using PreCoder.Reporting.StudyReports;

namespace PreCoder.Application.Reports;

/// <summary>
/// The <c>reports</c> stage: writes the agreement report (md and html: humans and machine coders) and the study's
/// result tables by an attribute (md, csv, json, xlsx, html) into the study's <c>reports/</c> folder. Options: <c>coders</c> (default: every
/// human coder), <c>machine</c> (true), <c>by</c> (an attribute, e.g. gender; no tables when absent), <c>coder</c>.
/// </summary>
public sealed class ReportsStage : IItemStage<ReportsStageOptions>
{
    public const string StageName = "reports";

    public string Name => StageName;

    public async Task<IReadOnlyList<StageItem>> PlanAsync(StudySession session, StageInput input, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        // The reports depend on every code, suggestion, attribute and the codebook: hash a fingerprint of them.
        var state = string.Join("|",
            await db.Decisions.CountAsync(cancellationToken),
            await db.Decisions.MaxAsync(d => (long?)d.Id, cancellationToken),
            await db.Suggestions.CountAsync(cancellationToken),
            await db.Suggestions.MaxAsync(s => (long?)s.Id, cancellationToken),
            await db.CodebookVersions.MaxAsync(v => (int?)v.Version, cancellationToken),
            string.Join(";", (await db.Interviews.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(i => i.Id).Select(i => i.Id + ":" + string.Join(",", i.Attributes.OrderBy(a => a.Key).Select(a => a.Key + "=" + a.Value)))));
        return [new StageItem("reports", ContentHash.OfText(state, input.Options))];
    }

    public async Task<string> RunAsync(StudySession session, StageInput input, StageItem item, CancellationToken cancellationToken)
    {
        var dir = Path.Combine(session.Folder.Path, "reports");
        Directory.CreateDirectory(dir);
        var written = new List<string>();
        var options = input.OptionsAs<ReportsStageOptions>();
        var agreement = await StudyAgreement.AnalyzeAsync(session, new AgreementRequest { Coders = options.Coders, Machine = options.Machine }, cancellationToken);
        foreach (var format in new[] { ReportFormat.Md, ReportFormat.Html })
        {
            var path = Path.Combine(dir, $"agreement.{format.ToString().ToLowerInvariant()}");
            await using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                ReliabilityRenderer.Render(agreement.Report, format, writer);
            }
            written.Add(Path.GetFileName(path));
        }
        if (options.By is { Length: > 0 } by)
        {
            var tables = await StudyResultTables.BuildAsync(session, new ResultTablesRequest(by) { Coder = options.Coder }, cancellationToken);
            foreach (var format in new[] { ReportFormat.Md, ReportFormat.Csv, ReportFormat.Json, ReportFormat.Html })
            {
                var path = Path.Combine(dir, $"tables-by-{by}.{format.ToString().ToLowerInvariant()}");
                await using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
                {
                    StudyReportRenderer.Render(tables, format, writer);
                }
                written.Add(Path.GetFileName(path));
            }
            var xlsx = Path.Combine(dir, $"tables-by-{by}.xlsx");
            await using (var file = File.Create(xlsx))
            {
                StudyReportXlsx.Write(tables, file);
            }
            written.Add(Path.GetFileName(xlsx));
        }
        return $"reports/{{{string.Join(",", written)}}}";
    }
}
