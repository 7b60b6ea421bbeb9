using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PreCoder.Core.Team;

namespace PreCoder.Store.Persistence;

internal sealed class StudyBlobConfiguration : IEntityTypeConfiguration<StudyBlob>
{
    public void Configure(EntityTypeBuilder<StudyBlob> b) => b.HasKey(x => x.Hash);
}
