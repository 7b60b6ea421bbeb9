using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PreCoder.Core.Team;

namespace PreCoder.Store.Persistence;

internal sealed class StudyFileConfiguration : IEntityTypeConfiguration<StudyFile>
{
    public void Configure(EntityTypeBuilder<StudyFile> b)
    {
        b.HasKey(f => f.Path);
        b.HasOne<StudyBlob>().WithMany().HasForeignKey(f => f.Hash).OnDelete(DeleteBehavior.Restrict);
    }
}
