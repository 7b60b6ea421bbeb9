using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PreCoder.Core.Transcripts;

namespace PreCoder.Store.Persistence;

internal sealed class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> b)
    {
        b.HasKey(s => new { s.InterviewId, s.Id });
        b.HasIndex(s => new { s.InterviewId, s.Index });
        b.Property(s => s.Role).HasConversion<string>();
        b.Property(s => s.Flags).HasConversion<int>();
    }
}
