using Microsoft.EntityFrameworkCore;

namespace PreCoder.Store.Persistence;

/// <summary>The study model on PostgreSQL; its migrations are in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresStudyDbContext(DbContextOptions<PostgresStudyDbContext> options) : StudyDbContext(options);
