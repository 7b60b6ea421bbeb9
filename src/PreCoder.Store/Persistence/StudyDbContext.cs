using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Interviews;
using PreCoder.Core.Passages;
using PreCoder.Core.Pipeline;
using PreCoder.Core.Suggestions;
using PreCoder.Core.Team;
using PreCoder.Core.Transcripts;

namespace PreCoder.Store.Persistence;

/// <summary>
/// One study's data. The same model runs on SQLite (a study folder) and PostgreSQL (a team server); each provider has
/// its own derived context (<see cref="SqliteStudyDbContext"/>, <see cref="PostgresStudyDbContext"/>) only so that
/// each gets its own migrations, since migration SQL and model snapshots differ between providers.
/// </summary>
public abstract class StudyDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Interview> Interviews => Set<Interview>();

    public DbSet<Segment> Segments => Set<Segment>();

    public DbSet<Passage> Passages => Set<Passage>();

    public DbSet<CodebookVersion> CodebookVersions => Set<CodebookVersion>();

    public DbSet<CoderRow> Coders => Set<CoderRow>();

    public DbSet<Suggestion> Suggestions => Set<Suggestion>();

    public DbSet<CodeDecision> Decisions => Set<CodeDecision>();

    public DbSet<StageRun> StageRuns => Set<StageRun>();

    public DbSet<PassageEmbedding> Embeddings => Set<PassageEmbedding>();

    public DbSet<WorkItem> WorkItems => Set<WorkItem>();

    public DbSet<StudyBlob> Blobs => Set<StudyBlob>();

    public DbSet<StudyFile> Files => Set<StudyFile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StudyDbContext).Assembly);
}
