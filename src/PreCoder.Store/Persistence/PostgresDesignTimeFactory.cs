using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PreCoder.Store.Persistence;

/// <summary>Lets <c>dotnet ef migrations add --context PostgresStudyDbContext</c> build the model; it never connects.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresStudyDbContext>
{
    public PostgresStudyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresStudyDbContext>().UseNpgsql("Host=localhost;Database=precoder_design_time").Options);
}
