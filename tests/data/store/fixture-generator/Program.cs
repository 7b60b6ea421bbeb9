// Writes study-37d3faa.db (a SQLite study made by EnsureCreated at 37d3faa, with a few rows) and
// schema-37d3faa.postgres.sql (what EnsureCreated ran on PostgreSQL at 37d3faa) into the folder given as argument.
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Interviews;
using PreCoder.Core.Passages;
using PreCoder.Core.Pipeline;
using PreCoder.Core.Suggestions;
using PreCoder.Core.Transcripts;
using PreCoder.Store.Persistence;
using PreCoder.Store.Studies;

var outDir = Path.GetFullPath(args[0]);
var at = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
var work = Path.Combine(Path.GetTempPath(), $"precoder-fixture-{Guid.NewGuid():N}");
var folder = new StudyFolder(work);
folder.Create("pre-migration study");
var database = new StudyDatabase(folder, new StoreOptions());
await database.EnsureCreatedAsync();
await using (var db = database.CreateContext())
{
    db.Interviews.Add(new Interview { Id = "int01", Source = "int01.txt", Attributes = { ["gender"] = "female" } });
    db.Segments.Add(new Segment { Id = "s1", InterviewId = "int01", Index = 0, Speaker = "Amal", Role = SpeakerRole.Interviewee, Text = "I was hungry.", Start = 0, End = 4 });
    db.Passages.Add(new Passage { Id = "p0001", InterviewId = "int01", Index = 0, SegmentIds = ["s1"], Speaker = "Amal", Role = SpeakerRole.Interviewee, Text = "I was hungry." });
    db.CodebookVersions.Add(new CodebookVersion { Version = 1, ContentHash = "h1", Json = "{}", SourceFile = "cb.yaml", ImportedAt = at });
    db.Coders.Add(new CoderRow { Id = "ayse", Kind = CoderKind.Human });
    db.Coders.Add(new CoderRow { Id = "machine:embedded", Kind = CoderKind.Machine, ModelVersion = "MiniLM" });
    db.Suggestions.Add(new Suggestion { InterviewId = "int01", VariableId = "vul_poverty", CodebookVersion = 1, CoderId = "machine:embedded", Classifier = "embedded", ModelVersion = "MiniLM", Value = 2, Confidence = 0.7, CreatedAt = at });
    db.Decisions.Add(new CodeDecision { InterviewId = "int01", VariableId = "vul_poverty", CodebookVersion = 1, CoderId = "ayse", Action = DecisionAction.Set, Value = 1, At = at });
    db.Decisions.Add(new CodeDecision { InterviewId = "int01", VariableId = "vul_poverty", CodebookVersion = 1, CoderId = "ayse", Action = DecisionAction.Edit, Value = 3, At = at.AddMinutes(1) });
    db.Decisions.Add(new CodeDecision { InterviewId = "int01", VariableId = "mot_romance", CodebookVersion = 1, CoderId = "ayse", Action = DecisionAction.MarkMissing, MissingReason = "refused", At = at.AddMinutes(2) });
    db.StageRuns.Add(new StageRun { Stage = "import", Item = "int01.txt", InputHash = "abc", Status = StageRunStatus.Succeeded, StartedAt = at, FinishedAt = at });
    db.Embeddings.Add(new PassageEmbedding { InterviewId = "int01", PassageId = "p0001", Encoder = "MiniLM-L6-v2", TextHash = "t1", Vector = [1, 2, 3, 4] });
    await db.SaveChangesAsync();
}
// One self-contained file: fold the WAL back in and leave WAL mode, as a study copied between machines would be.
await using (var connection = new SqliteConnection($"Data Source={folder.DatabaseFile};Pooling=False"))
{
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
    await command.ExecuteNonQueryAsync();
}
File.Copy(folder.DatabaseFile, Path.Combine(outDir, "study-37d3faa.db"), overwrite: true);
Directory.Delete(work, recursive: true);

var postgres = new DbContextOptionsBuilder<StudyDbContext>().UseNpgsql("Host=localhost;Database=unused").Options;
await using (var db = new StudyDbContext(postgres))
{
    File.WriteAllText(Path.Combine(outDir, "schema-37d3faa.postgres.sql"), db.Database.GenerateCreateScript());
}
