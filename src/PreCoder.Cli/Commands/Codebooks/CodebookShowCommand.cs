using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
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
        var (codebook, version, categories) = await CodebookListing.ListAsync(session, settings.Category, cancellationToken);
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
