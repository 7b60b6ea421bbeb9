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
            .HasConversion(JsonColumn.AttributeConverter(), JsonColumn.Comparer<Dictionary<string, string>>());
    }
}
