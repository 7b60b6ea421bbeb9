using PreCoder.Core.Errors;
using PreCoder.Store.Studies;

namespace PreCoder.Store.Transfer;

/// <summary>
/// Moves a study to another database: a new SQLite study folder, or a PostgreSQL database with (optionally) a study
/// folder whose settings point at it. The source is never changed; a target that fails the comparison is rolled back
/// and a folder created for it removed.
/// </summary>
public sealed class StudyMove(StudyTransfer transfer)
{
    /// <summary>Copies the study into <paramref name="folder"/> on SQLite, creating the folder with the source's settings and models.</summary>
    public async Task<TransferReport> ToFolderAsync(StudyDatabase source, StudyFolder folder, CancellationToken cancellationToken = default)
    {
        var created = !folder.Exists;
        if (created)
        {
            if (Directory.Exists(folder.Path) && Directory.EnumerateFileSystemEntries(folder.Path).Any())
            {
                throw new InputException(folder.Path, null, "the folder is not empty and holds no study; give a new folder");
            }
            folder.CreateFrom(source.Folder, new StoreOptions { Provider = StoreProvider.Sqlite });
        }
        var target = new StudyDatabase(folder, new StoreOptions { Provider = StoreProvider.Sqlite });
        return await CopyOrUndoAsync(source, target, created ? folder : null, cancellationToken);
    }

    /// <summary>
    /// Copies the study into the PostgreSQL database the connection string names (created when missing); when
    /// <paramref name="settingsFolder"/> is given, a new study folder there points at it afterwards.
    /// </summary>
    public async Task<TransferReport> ToPostgresAsync(StudyDatabase source, string connectionString, StudyFolder? settingsFolder, CancellationToken cancellationToken = default)
    {
        if (settingsFolder is { Exists: true })
        {
            throw new InputException(settingsFolder.Path, null, "a study already lives here; give a new folder for the moved study's settings");
        }
        var options = new StoreOptions { Provider = StoreProvider.Postgres, ConnectionString = connectionString };
        // The folder is only the database's nominal home: nothing is written to it for PostgreSQL.
        var target = new StudyDatabase(settingsFolder ?? source.Folder, options);
        var report = await CopyOrUndoAsync(source, target, null, cancellationToken);
        if (report.Matches)
        {
            settingsFolder?.CreateFrom(source.Folder, options);
        }
        return report;
    }

    private async Task<TransferReport> CopyOrUndoAsync(StudyDatabase source, StudyDatabase target, StudyFolder? createdFolder, CancellationToken cancellationToken)
    {
        var kept = false;
        try
        {
            var report = await transfer.CopyAsync(source, target, cancellationToken);
            kept = report.Matches;
            return report;
        }
        finally
        {
            if (!kept && createdFolder is not null)
            {
                Directory.Delete(createdFolder.Path, recursive: true);
            }
        }
    }
}
