using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PreCoder.Core.Pipeline;

namespace PreCoder.Store.Persistence;

internal sealed class StageRunConfiguration : IEntityTypeConfiguration<StageRun>
{
    public void Configure(EntityTypeBuilder<StageRun> b)
    {
        b.HasKey(r => new { r.Stage, r.Item });
        b.Property(r => r.Status).HasConversion<string>();
    }
}
