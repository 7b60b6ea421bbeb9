using System.Globalization;
using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Scales;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Validation;

/// <summary>
/// The rules every codebook must meet whatever file it came from: unique ids and names, declared categories,
/// definitions, consistent scales and anchors, well-formed <c>applies_to</c>. Returns every problem found.
/// </summary>
public static class CodebookValidator
{
    /// <summary>Demographic facts (age, gender...) need no coding definition; every other variable does.</summary>
    public const string DemographicsCategory = "demographics";

    /// <param name="codebook">The codebook to check.</param>
    /// <param name="file">The file name to put in diagnostics.</param>
    /// <param name="map">Lines of the file the codebook was read from; null when it was built in memory.</param>
    public static IReadOnlyList<CodebookDiagnostic> Validate(Codebook codebook, string file = "<codebook>", SourceMap? map = null)
    {
        var bag = new DiagnosticBag(file);
        var context = new ValidationContext(bag, map ?? SourceMap.Empty);
        CheckHeader(codebook, context);
        CheckCategories(codebook, context);
        CheckScales(codebook, context);
        CheckVariables(codebook, context);
        CheckMissingReasons(codebook, context);
        return bag.Sorted();
    }

    private static void CheckHeader(Codebook codebook, ValidationContext c)
    {
        if (string.IsNullOrWhiteSpace(codebook.Id))
        {
            c.Error("id", "the codebook has no id", "add 'id: my-study' at the top");
        }
        if (string.IsNullOrWhiteSpace(codebook.Name))
        {
            c.Error("name", "the codebook has no name", "add 'name: ...' at the top");
        }
    }

    private static void CheckCategories(Codebook codebook, ValidationContext c)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < codebook.Categories.Count; i++)
        {
            var category = codebook.Categories[i];
            var path = $"categories[{i}]";
            if (string.IsNullOrWhiteSpace(category.Id))
            {
                c.Error(path, "a category has no id", "add 'id: ...' (letters, digits and _)");
            }
            else if (!Identifiers.IsValid(category.Id))
            {
                c.Error($"{path}.id", $"category id '{category.Id}' is not a valid id", $"use letters, digits and _ starting with a letter, e.g. '{Identifiers.Slug(category.Id)}'");
            }
            else if (!ids.TryAdd(category.Id, i))
            {
                c.Error($"{path}.id", $"duplicate category id '{category.Id}' (also at {c.Where($"categories[{ids[category.Id]}]")})", "give each category its own id");
            }
            if (string.IsNullOrWhiteSpace(category.Name))
            {
                c.Error(path, $"category '{category.Id}' has no name", "add 'name: ...'");
            }
            else if (!names.TryAdd(category.Name, i))
            {
                c.Error($"{path}.name", $"duplicate category name '{category.Name}' (also at {c.Where($"categories[{names[category.Name]}]")})", "give each category its own name");
            }
        }
    }

    private static void CheckScales(Codebook codebook, ValidationContext c)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < codebook.Scales.Count; i++)
        {
            var scale = codebook.Scales[i];
            var path = $"scales.{scale.Name}";
            if (!names.TryAdd(scale.Name, i))
            {
                c.Error(path, $"duplicate scale name '{scale.Name}'", "give each scale its own name");
                continue;
            }
            CheckScale(scale, $"scale '{scale.Name}'", path, c);
        }
    }

    private static void CheckVariables(Codebook codebook, ValidationContext c)
    {
        var categoryIds = codebook.Categories.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var checkedScales = new HashSet<Scale>(codebook.Scales, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < codebook.Variables.Count; i++)
        {
            var variable = codebook.Variables[i];
            var path = $"variables[{i}]";
            var label = string.IsNullOrWhiteSpace(variable.Id) ? $"variable #{i + 1}" : $"variable '{variable.Id}'";
            if (string.IsNullOrWhiteSpace(variable.Id))
            {
                c.Error(path, $"{label} has no id", "add 'id: ...' (letters, digits and _), e.g. vul_poverty");
            }
            else if (!Identifiers.IsValid(variable.Id))
            {
                c.Error($"{path}.id", $"variable id '{variable.Id}' is not a valid id", $"use letters, digits and _ starting with a letter, e.g. '{Identifiers.Slug(variable.Id)}'");
            }
            else if (!ids.TryAdd(variable.Id, i))
            {
                c.Error($"{path}.id", $"duplicate variable id '{variable.Id}' (also at {c.Where($"variables[{ids[variable.Id]}]")})", "ids must be unique; codes point to them across versions");
            }
            if (string.IsNullOrWhiteSpace(variable.Name))
            {
                c.Error(path, $"{label} has no name", "add 'name: ...' as the study's tables label it");
            }
            else if (!names.TryAdd(variable.Name, i))
            {
                c.Error($"{path}.name", $"duplicate variable name '{variable.Name}' (also at {c.Where($"variables[{names[variable.Name]}]")})", "names must be unique because codes files may refer to variables by name");
            }
            if (string.IsNullOrWhiteSpace(variable.Category))
            {
                c.Error(path, $"{label} has no category", "add 'category: ...' naming one of the categories");
            }
            else if (!categoryIds.Contains(variable.Category))
            {
                var match = ClosestMatch.Find(variable.Category, categoryIds);
                c.Error($"{path}.category", $"{label} names unknown category '{variable.Category}'",
                    match is not null ? $"did you mean '{match}'?" : $"declare it under categories: (known: {string.Join(", ", categoryIds)})");
            }
            if (string.IsNullOrWhiteSpace(variable.Definition) && !string.Equals(variable.Category, DemographicsCategory, StringComparison.OrdinalIgnoreCase))
            {
                c.Error($"{path}.definition", $"{label} has an empty definition", "write what the variable means for coders under 'definition:'");
            }
            if (variable.AppliesTo is { } appliesTo && !AppliesToSyntax.IsValid(appliesTo))
            {
                c.Error($"{path}.applies_to", $"{label} has bad applies_to '{appliesTo}'", $"write attribute=value or attribute=value1|value2, e.g. {AppliesToSyntax.Example}");
            }
            if (checkedScales.Add(variable.Scale))
            {
                CheckScale(variable.Scale, $"the scale of {label}", $"{path}.scale", c);
            }
        }
    }

    private static void CheckMissingReasons(Codebook codebook, ValidationContext c)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < codebook.MissingReasons.Count; i++)
        {
            var reason = codebook.MissingReasons[i];
            if (string.IsNullOrWhiteSpace(reason))
            {
                c.Error($"missing_reasons[{i}]", "an empty missing reason", "remove it");
            }
            else if (!seen.Add(reason))
            {
                c.Error($"missing_reasons[{i}]", $"duplicate missing reason '{reason}'", "remove the repeat");
            }
        }
    }

    private static void CheckScale(Scale scale, string label, string path, ValidationContext c)
    {
        switch (scale.Kind)
        {
            case ScaleKind.Ordinal:
                CheckOrdinal(scale, label, path, c);
                break;
            case ScaleKind.Binary:
                if (scale.Min is not (null or 0) || scale.Max is not (null or 1))
                {
                    c.Error(path, $"{label} is binary but has bounds {scale.Describe()}", "binary scales are always 0..1; remove min and max or use ordinal");
                }
                CheckAnchorRange(scale, 0, 1, label, path, c);
                break;
            case ScaleKind.Nominal:
                if (scale.Anchors.Count > 0)
                {
                    c.Error($"{path}.anchors", $"{label} is nominal but has anchors", "list the labels under 'categories: [a, b]' instead of anchors");
                }
                var labels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var category in scale.Categories)
                {
                    if (string.IsNullOrWhiteSpace(category))
                    {
                        c.Error($"{path}.categories", $"{label} has an empty category label", "remove it");
                    }
                    else if (!labels.Add(category))
                    {
                        c.Error($"{path}.categories", $"{label} lists category '{category}' twice", "remove the repeat");
                    }
                }
                break;
            case ScaleKind.Numeric:
                if (scale.Min is { } lo && scale.Max is { } hi && lo > hi)
                {
                    c.Error($"{path}.min", $"{label} has min {Num(lo)} above max {Num(hi)}", "swap them");
                }
                if (scale.Anchors.Count > 0)
                {
                    c.Error($"{path}.anchors", $"{label} is numeric but has anchors", "numeric scales take any number in range; use ordinal for labelled levels");
                }
                break;
        }
    }

    private static void CheckOrdinal(Scale scale, string label, string path, ValidationContext c)
    {
        if (scale.Min is not { } lo || scale.Max is not { } hi)
        {
            c.Error(path, $"{label} is ordinal but lacks min or max", "add 'min: 0' and 'max: 3' (the lowest and highest level)");
            return;
        }
        if (lo != Math.Floor(lo) || hi != Math.Floor(hi))
        {
            c.Error($"{path}.min", $"{label} is ordinal but its bounds {scale.Describe()} are not whole numbers", "ordinal levels are whole numbers, e.g. min: 0, max: 3");
            return;
        }
        if (lo > hi)
        {
            c.Error($"{path}.min", $"{label} has min {Num(lo)} above max {Num(hi)}", "swap them");
            return;
        }
        if (scale.Anchors.Count == 0)
        {
            // Anchors are optional in every format: a bare 1..5 rating scale is a valid codebook, only a less helpful one.
            c.Warning(path, $"{label} is ordinal but has no anchors", $"add 'anchors:' with one text per level {Num(lo)}..{Num(hi)}, e.g. {{{Num(lo)}: Not present, ...}}");
            return;
        }
        CheckAnchorRange(scale, lo, hi, label, path, c);
        var missing = Enumerable.Range((int)lo, (int)(hi - lo) + 1).Where(level => !scale.Anchors.ContainsKey(level)).ToList();
        if (missing.Count > 0)
        {
            c.Warning($"{path}.anchors", $"{label} has no anchor text for level(s) {string.Join(", ", missing)}", "coders tell levels apart by their anchors; add one per level");
        }
    }

    private static void CheckAnchorRange(Scale scale, double lo, double hi, string label, string path, ValidationContext c)
    {
        foreach (var level in scale.Anchors.Keys.Order())
        {
            if (level < lo || level > hi)
            {
                c.Error($"{path}.anchors.{level}", $"anchor {level} of {label} is outside the scale {Num(lo)}..{Num(hi)}",
                    $"remove it or widen the scale's min/max");
            }
        }
    }

    private static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
