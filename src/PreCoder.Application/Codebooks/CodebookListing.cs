using PreCoder.Core.Errors;

namespace PreCoder.Application.Codebooks;

/// <summary>The study's latest codebook, optionally one category of it (by id or name).</summary>
public static class CodebookListing
{
    public static async Task<CodebookOverview> ListAsync(StudySession session, string? category, CancellationToken cancellationToken)
    {
        var (codebook, version) = await StudyCodebook.LoadAsync(session, null, cancellationToken);
        var categories = codebook.Categories
            .Where(c => category is null || c.Id.Equals(category, StringComparison.OrdinalIgnoreCase) || c.Name.Equals(category, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (categories.Length == 0)
        {
            throw new InputException("--category", null, $"no category '{category}' (have: {string.Join(", ", codebook.Categories.Select(c => c.Id))})");
        }
        return new CodebookOverview(codebook, version, categories);
    }
}
