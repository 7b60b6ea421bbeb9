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

internal sealed class CodebookVersionConfiguration : IEntityTypeConfiguration<CodebookVersion>
{
    public void Configure(EntityTypeBuilder<CodebookVersion> b)
    {
        b.HasKey(v => v.Version);
        b.Property(v => v.Version).ValueGeneratedNever();
    }
}
