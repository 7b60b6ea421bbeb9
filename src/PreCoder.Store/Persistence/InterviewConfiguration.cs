using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PreCoder.Core.Interviews;

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
