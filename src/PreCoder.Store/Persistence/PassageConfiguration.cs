using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PreCoder.Core.Passages;

namespace PreCoder.Store.Persistence;

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
