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

internal sealed class StageRunConfiguration : IEntityTypeConfiguration<StageRun>
{
    public void Configure(EntityTypeBuilder<StageRun> b)
    {
        b.HasKey(r => new { r.Stage, r.Item });
        b.Property(r => r.Status).HasConversion<string>();
    }
}
