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

internal sealed class PassageEmbeddingConfiguration : IEntityTypeConfiguration<PassageEmbedding>
{
    public void Configure(EntityTypeBuilder<PassageEmbedding> b)
    {
        b.ToTable("Embeddings");
        b.HasKey(e => new { e.InterviewId, e.PassageId, e.Encoder });
    }
}
