namespace PreCoder.Store.Studies;

public enum StoreProvider
{
    /// <summary>A SQLite file inside the study folder: the embedded default, nothing to install.</summary>
    Sqlite = 0,
    /// <summary>A PostgreSQL database named by a connection string, for teams.</summary>
    Postgres = 1,
}
