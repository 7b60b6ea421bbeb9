using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Interviews;
using PreCoder.Core.Passages;
using PreCoder.Core.Pipeline;
using PreCoder.Core.Suggestions;
using PreCoder.Core.Transcripts;

namespace PreCoder.Store.Persistence;

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> b)
    {
        b.HasKey(i => i.Id);
        b.Property(i => i.Attributes)
            .HasConversion(JsonColumn.Converter<Dictionary<string, string>>(), JsonColumn.Comparer<Dictionary<string, string>>());
    }
}

internal sealed class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> b)
    {
        b.HasKey(s => new { s.InterviewId, s.Id });
        b.HasIndex(s => new { s.InterviewId, s.Index });
        b.Property(s => s.Role).HasConversion<string>();
        b.Property(s => s.Flags).HasConversion<int>();
    }
}

internal sealed class PassageConfiguration : IEntityTypeConfiguration<Passage>
{
    public void Configure(EntityTypeBuilder<Passage> b)
    {
        b.HasKey(p => new { p.InterviewId, p.Id });
        b.HasIndex(p => new { p.InterviewId, p.Index });
        b.Property(p => p.Role).HasConversion<string>();
        b.Property(p => p.SegmentIds)
            .HasConversion(JsonColumn.Converter<IReadOnlyList<string>>(), JsonColumn.Comparer<IReadOnlyList<string>>());
    }
}

internal sealed class CodebookVersionConfiguration : IEntityTypeConfiguration<CodebookVersion>
{
    public void Configure(EntityTypeBuilder<CodebookVersion> b)
    {
        b.HasKey(v => v.Version);
        b.Property(v => v.Version).ValueGeneratedNever();
    }
}

internal sealed class CoderConfiguration : IEntityTypeConfiguration<CoderRow>
{
    public void Configure(EntityTypeBuilder<CoderRow> b)
    {
        b.ToTable("Coders");
        b.HasKey(c => c.Id);
        b.Property(c => c.Kind).HasConversion<string>();
    }
}

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> b)
    {
        b.HasKey(s => s.Id);
        b.HasIndex(s => new { s.CoderId, s.InterviewId, s.VariableId });
        b.Ignore(s => s.Score);
        b.Property(s => s.Evidence)
            .HasConversion(JsonColumn.Converter<IReadOnlyList<EvidenceQuote>>(), JsonColumn.Comparer<IReadOnlyList<EvidenceQuote>>());
    }
}

internal sealed class CodeDecisionConfiguration : IEntityTypeConfiguration<CodeDecision>
{
    public void Configure(EntityTypeBuilder<CodeDecision> b)
    {
        b.ToTable("Decisions");
        b.HasKey(d => d.Id);
        b.HasIndex(d => new { d.CoderId, d.InterviewId, d.VariableId });
        b.Property(d => d.Action).HasConversion<string>();
        b.Ignore(d => d.Score);
        b.Ignore(d => d.SetsCode);
        b.Ignore(d => d.ClearsCode);
        b.Property(d => d.Evidence)
            .HasConversion(JsonColumn.Converter<IReadOnlyList<EvidenceQuote>>(), JsonColumn.Comparer<IReadOnlyList<EvidenceQuote>>());
    }
}

internal sealed class StageRunConfiguration : IEntityTypeConfiguration<StageRun>
{
    public void Configure(EntityTypeBuilder<StageRun> b)
    {
        b.HasKey(r => new { r.Stage, r.Item });
        b.Property(r => r.Status).HasConversion<string>();
    }
}

internal sealed class PassageEmbeddingConfiguration : IEntityTypeConfiguration<PassageEmbedding>
{
    public void Configure(EntityTypeBuilder<PassageEmbedding> b)
    {
        b.ToTable("Embeddings");
        b.HasKey(e => new { e.InterviewId, e.PassageId, e.Encoder });
    }
}
