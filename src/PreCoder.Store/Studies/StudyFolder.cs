using System.Text.Json;
using System.Text.Json.Nodes;

namespace PreCoder.Store.Studies;

/// <summary>
/// A study is a folder: its settings (<c>appsettings.json</c>), its SQLite database, its logs and its trained models.
/// </summary>
public sealed class StudyFolder
{
    public const string SettingsFileName = "appsettings.json";
    public const string DatabaseFileName = "precoder.db";

    public StudyFolder(string path) => Path = System.IO.Path.GetFullPath(path);

    public string Path { get; }

    public string SettingsFile => System.IO.Path.Combine(Path, SettingsFileName);

    public string DatabaseFile => System.IO.Path.Combine(Path, DatabaseFileName);

    public string LogsDirectory => System.IO.Path.Combine(Path, "logs");

    public string ModelsDirectory => System.IO.Path.Combine(Path, "models");

    /// <summary>Recordings of interviews imported as text, named by interview id (<c>recordings/int01.mp3</c>), for the workspace's player.</summary>
    public string RecordingsDirectory => System.IO.Path.Combine(Path, "recordings");

    /// <summary>True when the folder holds a study (created by <c>precoder init</c>).</summary>
    public bool Exists => File.Exists(SettingsFile);

    /// <summary>
    /// Creates a new study folder with the source study's settings and trained models, its <c>Store</c> section
    /// replaced by <paramref name="store"/>: the same study on another database. A PostgreSQL password is not
    /// written (Npgsql reads it from <c>PGPASSWORD</c> or <c>~/.pgpass</c>, or set <c>PRECODER_Store__ConnectionString</c>).
    /// </summary>
    public void CreateFrom(StudyFolder source, StoreOptions store)
    {
        Directory.CreateDirectory(Path);
        Directory.CreateDirectory(LogsDirectory);
        var settings = File.Exists(source.SettingsFile)
            ? JsonNode.Parse(File.ReadAllText(source.SettingsFile), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject()
            : new JsonObject();
        var storeSection = new JsonObject { ["Provider"] = store.Provider.ToString() };
        if (store.Provider == StoreProvider.Postgres)
        {
            storeSection["ConnectionString"] = new Npgsql.NpgsqlConnectionStringBuilder(store.ConnectionString) { Password = null }.ConnectionString;
        }
        settings["Store"] = storeSection;
        File.WriteAllText(SettingsFile, settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine);
        CopyDirectory(source.ModelsDirectory, ModelsDirectory);
    }

    /// <summary>Creates the folder and its settings file; an existing study is left untouched.</summary>
    public void Create(string name)
    {
        Directory.CreateDirectory(Path);
        Directory.CreateDirectory(LogsDirectory);
        Directory.CreateDirectory(ModelsDirectory);
        if (!File.Exists(SettingsFile))
        {
            var json = $$"""
            {
              "Study": {
                "Name": {{System.Text.Json.JsonSerializer.Serialize(name)}},
                "AllowNetwork": false
              },
              "Store": {
                "Provider": "Sqlite"
              }
            }
            """;
            File.WriteAllText(SettingsFile, json + Environment.NewLine);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
