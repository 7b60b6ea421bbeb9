using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Codebooks;

[Description("List the study's codebook: categories and variables with their scales.")]
public sealed class CodebookShowCommand : StudyCommand<CodebookShowCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--category <NAME>")]
        [Description("Only this category (id or name).")]
        public string? Category { get; init; }
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var (codebook, version) = await StudyCodebook.LoadAsync(db, cancellationToken);
        var categories = codebook.Categories
            .Where(c => settings.Category is null || c.Id.Equals(settings.Category, StringComparison.OrdinalIgnoreCase) || c.Name.Equals(settings.Category, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (categories.Length == 0)
        {
            throw new InputException("--category", null, $"no category '{settings.Category}' (have: {string.Join(", ", codebook.Categories.Select(c => c.Id))})");
        }
        var rows = categories.Select(c => new
        {
            category = c.Id,
            name = c.Name,
            variables = codebook.Variables.Where(v => v.Category == c.Id).Select(v => new { v.Id, v.Name, scale = v.Scale.Name, unit = v.Unit.ToString().ToLowerInvariant(), v.AppliesTo }).ToArray(),
        }).ToArray();
        var text = string.Join("\n", rows.Select(r => $"{r.name} ({r.category}, {r.variables.Length})\n" + string.Join("\n", r.variables.Select(v => $"  {v.Id,-48} {v.Name} [{v.scale}]{(v.AppliesTo is null ? "" : $" ({v.AppliesTo})")}"))));
        Output.Result(new { version, codebook = codebook.Id, categories = rows }, $"{codebook.Name}, version {version}\n{text}");
        return 0;
    }
}
