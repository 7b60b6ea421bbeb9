using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PreCoder.Core.Team;

namespace PreCoder.Store.Persistence;

internal sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> b)
    {
        b.HasKey(w => w.Id);
        b.Property(w => w.State).HasConversion<string>();
        // status counts one batch per stage; retry finds a chain's later stages.
        b.HasIndex(w => new { w.Batch, w.Stage, w.State });
        b.HasIndex(w => new { w.Batch, w.Source, w.StageIndex });
    }
}
