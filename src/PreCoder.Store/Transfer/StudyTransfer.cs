using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PreCoder.Core.Errors;
using PreCoder.Store.Persistence;
using PreCoder.Store.Studies;

namespace PreCoder.Store.Transfer;

/// <summary>
/// Copies a whole study database into an empty one, on the same or the other provider, without loss: every table in
/// batches inside one transaction on the target, ids kept, then each table's row count and content hash compared
/// between the two sides. The target is committed only when every table matches; otherwise it is rolled back.
/// </summary>
public sealed class StudyTransfer
{
    /// <summary>Rows inserted per round trip. The default value is 1,000.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>
    /// Migrates both databases to the current schema, refuses a target that holds any row (<see cref="InputException"/>),
    /// copies and compares. Read <see cref="TransferReport.Matches"/>: when false, nothing was kept in the target.
    /// </summary>
    public async Task<TransferReport> CopyAsync(StudyDatabase source, StudyDatabase target, CancellationToken cancellationToken = default)
    {
        await source.MigrateAsync(cancellationToken);
        await target.MigrateAsync(cancellationToken);
        await using var from = source.CreateContext();
        await using var to = target.CreateContext();
        to.ChangeTracker.AutoDetectChangesEnabled = false;
        var tables = from.Model.GetEntityTypes().OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ToArray();
        await RefuseNonEmptyAsync(to, tables, target.Location, cancellationToken);

        await using var transaction = await to.Database.BeginTransactionAsync(cancellationToken);
        var comparisons = new List<TableComparison>();
        foreach (var table in tables)
        {
            var copied = await CopyTableAsync(from, to, table, target.Options.Provider, cancellationToken);
            var stored = new TableFingerprint(table);
            await foreach (var row in EntityRows.ReadAsync(to, table).WithCancellation(cancellationToken))
            {
                stored.Add(row);
            }
            comparisons.Add(new TableComparison(table.GetTableName()!, copied.Rows, stored.Rows, copied.Hash(), stored.Hash()));
        }
        if (target.Options.Provider == StoreProvider.Postgres)
        {
            await IdentitySequences.ResetAsync(to, tables, cancellationToken);
        }
        var report = new TransferReport(source.Location, target.Location, comparisons);
        if (report.Matches)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        return report;
    }

    private async Task<TableFingerprint> CopyTableAsync(StudyDbContext from, StudyDbContext to, IEntityType table, StoreProvider targetProvider, CancellationToken cancellationToken)
    {
        var copied = new TableFingerprint(table);
        var batch = new List<object>(BatchSize);
        await foreach (var row in EntityRows.ReadAsync(from, table).WithCancellation(cancellationToken))
        {
            if (targetProvider == StoreProvider.Postgres)
            {
                UtcTimestamps.Normalise(table, row);
            }
            copied.Add(row);
            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                await SaveBatchAsync(to, batch, cancellationToken);
            }
        }
        await SaveBatchAsync(to, batch, cancellationToken);
        return copied;
    }

    private static async Task SaveBatchAsync(StudyDbContext to, List<object> batch, CancellationToken cancellationToken)
    {
        to.AddRange(batch);
        await to.SaveChangesAsync(cancellationToken);
        // Nothing is read back through the tracker; clearing keeps memory flat however large the table.
        to.ChangeTracker.Clear();
        batch.Clear();
    }

    private static async Task RefuseNonEmptyAsync(StudyDbContext to, IEnumerable<IEntityType> tables, string location, CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            if (await EntityRows.AnyAsync(to, table, cancellationToken))
            {
                throw new InputException(location, null, $"the target already holds data (table {table.GetTableName()}); migrate only into an empty database");
            }
        }
    }
}
