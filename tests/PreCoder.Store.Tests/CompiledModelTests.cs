using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Tests;

/// <summary>
/// Studies open with the compiled model in <c>src/PreCoder.Store/CompiledModels</c> (building the model from the
/// configurations took a good part of every command's start). A model change without regenerating it would map
/// entities with yesterday's columns, so this compares it with the model the configurations build.
/// </summary>
public sealed class CompiledModelTests
{
    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    [Theory]
    [MemberData(nameof(Providers))]
    public void CompiledModel_IsWhatTheConfigurationsBuild(string provider)
    {
        // Neither context connects: models are built and compared in memory.
        using StudyDbContext db = provider == "sqlite"
            ? new SqliteStudyDbContext(new DbContextOptionsBuilder<SqliteStudyDbContext>().UseSqlite("Data Source=:memory:").Options)
            : new PostgresStudyDbContext(new DbContextOptionsBuilder<PostgresStudyDbContext>().UseNpgsql("Host=localhost;Database=precoder_model_check").Options);
        var context = provider == "sqlite" ? nameof(SqliteStudyDbContext) : nameof(PostgresStudyDbContext);
        var regenerate = $"the model changed: regenerate the compiled model (docs/store.md): dotnet ef dbcontext optimize --project src/PreCoder.Store --context {context} --output-dir CompiledModels/{(provider == "sqlite" ? "Sqlite" : "Postgres")} --namespace PreCoder.Store.CompiledModels.{(provider == "sqlite" ? "Sqlite" : "Postgres")}";

        var compiled = db.Model;
        var built = db.GetService<IDesignTimeModel>().Model;

        Assert.IsNotType<Microsoft.EntityFrameworkCore.Metadata.Internal.Model>(compiled);
        var missing = Signature(built).Except(Signature(compiled)).ToArray();
        var extra = Signature(compiled).Except(Signature(built)).ToArray();
        Assert.True(missing.Length == 0 && extra.Length == 0, $"{regenerate}; not compiled: {string.Join("; ", missing)}; only compiled: {string.Join("; ", extra)}");
    }

    /// <summary>What the mapping depends on, one line per table, column, key, index and foreign key.</summary>
    private static IEnumerable<string> Signature(IModel model)
    {
        foreach (var entity in model.GetEntityTypes())
        {
            var table = entity.GetTableName() ?? "";
            yield return $"entity {entity.Name} -> {table}";
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var p in entity.GetProperties())
            {
                yield return $"{entity.ShortName()}.{p.Name}: {p.ClrType.Name} as {p.GetColumnName(store)} {p.GetColumnType(store)} null={p.IsColumnNullable(store)} provider={p.GetProviderClrType()?.Name} converter={p.GetValueConverter()?.GetType().Name} generated={p.ValueGenerated}";
            }
            foreach (var k in entity.GetKeys())
            {
                yield return $"{entity.ShortName()} key {string.Join(",", k.Properties.Select(p => p.Name))}";
            }
            foreach (var i in entity.GetIndexes())
            {
                yield return $"{entity.ShortName()} index {i.GetDatabaseName()} ({string.Join(",", i.Properties.Select(p => p.Name))}) unique={i.IsUnique}";
            }
            foreach (var f in entity.GetForeignKeys())
            {
                yield return $"{entity.ShortName()} fk ({string.Join(",", f.Properties.Select(p => p.Name))}) -> {f.PrincipalEntityType.ShortName()} {f.DeleteBehavior}";
            }
        }
    }
}
