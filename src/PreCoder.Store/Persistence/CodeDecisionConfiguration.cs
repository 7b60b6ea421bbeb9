using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PreCoder.Core.Coding;

namespace PreCoder.Store.Persistence;

internal sealed class CodeDecisionConfiguration : IEntityTypeConfiguration<CodeDecision>
{
    public void Configure(EntityTypeBuilder<CodeDecision> b)
    {
        b.ToTable("Decisions");
        b.HasKey(d => d.Id);
        // Serves "latest decision per unit" (CodeQueries): the unit's columns, then Id to find a later decision by seek.
        b.HasIndex(d => new { d.CoderId, d.InterviewId, d.VariableId, d.PassageId, d.Id });
        b.Property(d => d.Action).HasConversion<string>();
        b.Ignore(d => d.Score);
        b.Ignore(d => d.SetsCode);
        b.Ignore(d => d.ClearsCode);
        b.Property(d => d.Evidence)
            .HasConversion(JsonColumn.ListConverter<EvidenceQuote>(), JsonColumn.Comparer<IReadOnlyList<EvidenceQuote>>());
    }
}
