using Microsoft.EntityFrameworkCore;

namespace PreCoder.Store.Persistence;

/// <summary>The study model on SQLite; its migrations are in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteStudyDbContext(DbContextOptions<SqliteStudyDbContext> options) : StudyDbContext(options);
