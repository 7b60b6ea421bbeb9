using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PreCoder.Store.Persistence;

/// <summary>Lets <c>dotnet ef migrations add --context SqliteStudyDbContext</c> build the model; it never connects.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteStudyDbContext>
{
    public SqliteStudyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteStudyDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
