using Microsoft.EntityFrameworkCore;
using PreCoder.Cli.Infrastructure;
using PreCoder.Cli.Pipeline;

namespace PreCoder.Cli.Commands.Agreement;

/// <summary>
/// The <c>reports</c> stage: writes the agreement report (md and html: humans and machine coders) and the study's
/// result tables by an attribute (md, csv, json, xlsx, html) into the study's <c>reports/</c> folder. Options: <c>coders</c> (default: every
/// human coder), <c>machine</c> (true), <c>by</c> (an attribute, e.g. gender; no tables when absent), <c>coder</c>.
/// </summary>
public sealed class ReportsStage : IItemStage
{
    public string Name => "reports";

    public async Task<IReadOnlyList<StageItem>> PlanAsync(Session session, StageInput input, CancellationToken cancellationToken)
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

    public async Task<string> RunAsync(Session session, StageInput input, StageItem item, CancellationToken cancellationToken)
    {
        var dir = Path.Combine(session.Folder.Path, "reports");
        Directory.CreateDirectory(dir);
        var written = new List<string>();
        var machine = !string.Equals(input.Option("machine"), "false", StringComparison.OrdinalIgnoreCase);
        foreach (var format in new[] { "md", "html" })
        {
            var path = Path.Combine(dir, $"agreement.{format}");
            await AgreementCommand.WriteAsync(session, new AgreementCommand.Settings
            {
                Study = session.Folder.Path, Coders = input.Option("coders"), Machine = machine, Format = format, Out = path,
            }, cancellationToken);
            written.Add(Path.GetFileName(path));
        }
        if (input.Option("by") is { Length: > 0 } by)
        {
            foreach (var format in new[] { "md", "csv", "json", "xlsx", "html" })
            {
                var path = Path.Combine(dir, $"tables-by-{by}.{format}");
                await ReportCommand.WriteAsync(session, new ReportCommand.Settings
                {
                    Study = session.Folder.Path, By = by, Coder = input.Option("coder"), Format = format, Out = path,
                }, cancellationToken);
                written.Add(Path.GetFileName(path));
            }
        }
        return $"reports/{{{string.Join(",", written)}}}";
    }
}
