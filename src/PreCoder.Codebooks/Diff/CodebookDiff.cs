using PreCoder.Codebooks.Scales;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Diff;

/// <summary>
/// What changed between two codebook versions, variable by variable (matched by id, since codes point to ids).
/// Tells reviewers which existing codes may need re-checking: a redefined or re-scaled variable's codes were
/// made under other rules.
/// </summary>
public static class CodebookDiff
{
    /// <summary>Changes in a stable order: categories first, then variables in <paramref name="to"/>'s order, removals last.</summary>
    public static IReadOnlyList<CodebookChange> Compare(Codebook from, Codebook to)
    {
        var changes = new List<CodebookChange>();
        CompareCategories(from, to, changes);
        var before = from.Variables.GroupBy(v => v.Id).ToDictionary(g => g.Key, g => g.First());
        var afterIds = to.Variables.Select(v => v.Id).ToHashSet();
        foreach (var variable in to.Variables)
        {
            if (!before.TryGetValue(variable.Id, out var old))
            {
                changes.Add(new CodebookChange(CodebookChangeKind.Added, variable.Id, [], null, variable.Name));
                continue;
            }
            CompareVariable(old, variable, changes);
        }
        changes.AddRange(from.Variables.Where(v => !afterIds.Contains(v.Id))
            .Select(v => new CodebookChange(CodebookChangeKind.Removed, v.Id, [], v.Name, null)));
        return changes;
    }

    /// <summary>The changes as text, one line each; "no changes" when there are none.</summary>
    public static string Render(IReadOnlyList<CodebookChange> changes) =>
        changes.Count == 0 ? "no changes\n" : string.Concat(changes.Select(c => c + "\n"));

    private static void CompareCategories(Codebook from, Codebook to, List<CodebookChange> changes)
    {
        var before = from.Categories.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First());
        var afterIds = to.Categories.Select(c => c.Id).ToHashSet();
        foreach (var category in to.Categories)
        {
            if (!before.TryGetValue(category.Id, out var old))
            {
                changes.Add(new CodebookChange(CodebookChangeKind.CategoryAdded, category.Id, [], null, category.Name));
            }
            else if (old.Name != category.Name)
            {
                changes.Add(new CodebookChange(CodebookChangeKind.CategoryRenamed, category.Id, [], old.Name, category.Name));
            }
        }
        changes.AddRange(from.Categories.Where(c => !afterIds.Contains(c.Id))
            .Select(c => new CodebookChange(CodebookChangeKind.CategoryRemoved, c.Id, [], c.Name, null)));
    }

    private static void CompareVariable(Variable old, Variable now, List<CodebookChange> changes)
    {
        if (old.Name != now.Name)
        {
            changes.Add(new CodebookChange(CodebookChangeKind.Renamed, now.Id, [], old.Name, now.Name));
        }
        if (old.Category != now.Category)
        {
            changes.Add(new CodebookChange(CodebookChangeKind.MovedCategory, now.Id, [], old.Category, now.Category));
        }
        var redefined = new List<string>();
        Field(redefined, "definition", old.Definition, now.Definition);
        Field(redefined, "inclusion", old.Inclusion, now.Inclusion);
        Field(redefined, "exclusion", old.Exclusion, now.Exclusion);
        if (!old.Indicators.SequenceEqual(now.Indicators))
        {
            redefined.Add("indicators");
        }
        if (redefined.Count > 0)
        {
            changes.Add(new CodebookChange(CodebookChangeKind.Redefined, now.Id, redefined, null, null));
        }
        if (!ScaleEquality.Same(old.Scale, now.Scale))
        {
            changes.Add(new CodebookChange(CodebookChangeKind.ScaleChanged, now.Id, ScaleFields(old.Scale, now.Scale), Describe(old.Scale), Describe(now.Scale)));
        }
        var settings = new List<string>();
        Field(settings, "unit", old.Unit.ToString(), now.Unit.ToString());
        Field(settings, "role", old.Role.ToString(), now.Role.ToString());
        Field(settings, "applies_to", old.AppliesTo, now.AppliesTo);
        Field(settings, "importance", old.Importance, now.Importance);
        if (settings.Count > 0)
        {
            changes.Add(new CodebookChange(CodebookChangeKind.SettingsChanged, now.Id, settings, null, null));
        }
    }

    private static List<string> ScaleFields(Scale a, Scale b)
    {
        var fields = new List<string>();
        Field(fields, "name", a.Name, b.Name);
        if (!ScaleEquality.SameValues(a, b))
        {
            fields.Add("values");
        }
        if (!ScaleEquality.SameAnchors(a.Anchors, b.Anchors))
        {
            fields.Add("anchors");
        }
        Field(fields, "description", a.Description, b.Description);
        return fields;
    }

    private static string Describe(Scale scale) => $"{scale.Name} ({scale.Kind.ToString().ToLowerInvariant()} {scale.Describe()})";

    private static void Field(List<string> fields, string name, string? a, string? b)
    {
        if ((a ?? "") != (b ?? ""))
        {
            fields.Add(name);
        }
    }
}
