namespace PreCoder.Store.Studies;

/// <summary>The <c>Store</c> configuration section.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>Sqlite (default) or Postgres.</summary>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>
    /// For Postgres, an Npgsql connection string (keep passwords in the environment: <c>PRECODER_Store__ConnectionString</c>).
    /// For Sqlite, ignored: the database is <c>precoder.db</c> in the study folder.
    /// </summary>
    public string? ConnectionString { get; set; }
}
