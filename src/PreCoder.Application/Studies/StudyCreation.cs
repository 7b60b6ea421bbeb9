using Microsoft.Extensions.Configuration;
using PreCoder.Store.Studies;

namespace PreCoder.Application.Studies;

/// <summary>Creates a study: its folder (settings, logs) and its database. An existing study is left as it was.</summary>
public static class StudyCreation
{
    public static async Task<StudyCreated> CreateAsync(StudyCreateRequest request, CancellationToken cancellationToken)
    {
        var folder = new StudyFolder(request.Folder);
        var existed = folder.Exists;
        folder.Create(request.Name ?? DefaultName(folder));
        var options = AppConfiguration.Build(folder.Path, request.Overrides).GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
        await new StudyDatabase(folder, options).MigrateAsync(cancellationToken);
        return new StudyCreated(folder.Path, !existed, options.Provider);
    }

    /// <summary>Creates the session's study when its folder holds none yet (a batch run needs no separate init step); true when it did.</summary>
    public static async Task<bool> EnsureAsync(StudySession session, CancellationToken cancellationToken)
    {
        if (session.Folder.Exists)
        {
            return false;
        }
        session.Folder.Create(Path.GetFileName(session.Folder.Path));
        await session.Database.MigrateAsync(cancellationToken);
        return true;
    }

    private static string DefaultName(StudyFolder folder) => Path.GetFileName(folder.Path.TrimEnd(Path.DirectorySeparatorChar));
}
