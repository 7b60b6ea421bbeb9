using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PreCoder.Core.Coding;
using PreCoder.Core.Suggestions;

namespace PreCoder.Store.Persistence;

internal sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> b)
    {
        b.HasKey(s => s.Id);
        b.HasIndex(s => new { s.CoderId, s.InterviewId, s.VariableId });
        b.Ignore(s => s.Score);
        b.Property(s => s.Evidence)
            .HasConversion(JsonColumn.ListConverter<EvidenceQuote>(), JsonColumn.Comparer<IReadOnlyList<EvidenceQuote>>());
    }
}
