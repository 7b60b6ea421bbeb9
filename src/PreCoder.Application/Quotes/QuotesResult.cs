using PreCoder.Core.Codebooks;
using PreCoder.Reporting.Quotes;

namespace PreCoder.Application.Quotes;

/// <summary>The variable the quotes were asked for and its quotes (empty when no code marking it present cites one).</summary>
public sealed record QuotesResult(Variable Variable, IReadOnlyList<QuoteEntry> Quotes);
