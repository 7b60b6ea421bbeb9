using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PreCoder.Store.Persistence;

internal sealed class PassageEmbeddingConfiguration : IEntityTypeConfiguration<PassageEmbedding>
{
    public void Configure(EntityTypeBuilder<PassageEmbedding> b)
    {
        b.ToTable("Embeddings");
        b.HasKey(e => new { e.InterviewId, e.PassageId, e.Encoder });
    }
}
