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

internal sealed class CoderConfiguration : IEntityTypeConfiguration<CoderRow>
{
    public void Configure(EntityTypeBuilder<CoderRow> b)
    {
        b.ToTable("Coders");
        b.HasKey(c => c.Id);
        b.Property(c => c.Kind).HasConversion<string>();
    }
}
