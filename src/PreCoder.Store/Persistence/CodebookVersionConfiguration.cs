using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PreCoder.Core.Codebooks;

namespace PreCoder.Store.Persistence;

internal sealed class CodebookVersionConfiguration : IEntityTypeConfiguration<CodebookVersion>
{
    public void Configure(EntityTypeBuilder<CodebookVersion> b)
    {
        b.HasKey(v => v.Version);
        b.Property(v => v.Version).ValueGeneratedNever();
    }
}
