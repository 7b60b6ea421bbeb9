using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PreCoder.Store.Persistence;

internal sealed class CoderConfiguration : IEntityTypeConfiguration<CoderRow>
{
    public void Configure(EntityTypeBuilder<CoderRow> b)
    {
        b.ToTable("Coders");
        b.HasKey(c => c.Id);
        b.Property(c => c.Kind).HasConversion<string>();
        b.Property(c => c.Role).HasConversion<string>();
    }
}
