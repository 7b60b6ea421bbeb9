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

    /// <summary>True when the folder holds a study (created by <c>precoder init</c>).</summary>
    public bool Exists => File.Exists(SettingsFile);

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
}
