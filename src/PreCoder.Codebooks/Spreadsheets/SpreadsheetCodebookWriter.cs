using PreCoder.Codebooks.Scales;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Spreadsheets;

/// <summary>The rows a codebook becomes in a spreadsheet: codebook rows (keys without '#') and the variable table.</summary>
internal static class SpreadsheetCodebookWriter
{
    public static List<IReadOnlyList<string>> MetaRows(Codebook codebook)
    {
        var rows = new List<IReadOnlyList<string>> { new[] { "id", codebook.Id }, new[] { "name", codebook.Name } };
        AddOptional(rows, "version_note", codebook.VersionNote);
        AddOptional(rows, "description", codebook.Description);
        AddOptional(rows, "source", codebook.Source);
        if (codebook.MissingReasons.Count > 0)
        {
            rows.Add(["missing_reasons", string.Join(SpreadsheetColumns.ListSeparator, codebook.MissingReasons)]);
        }
        rows.AddRange(codebook.Categories.Select(c => (IReadOnlyList<string>)["category", c.Id, c.Name, c.Description ?? ""]));
        rows.AddRange(codebook.Scales.Select(s => (IReadOnlyList<string>)["scale", s.Name, ScaleSpec.Format(s), AnchorList.Format(s.Anchors), s.Description ?? ""]));
        return rows;
    }

    /// <summary>
    /// The header and one row per variable. <paramref name="selfContained"/> spells every scale out as notation,
    /// anchors and description instead of naming a declared scale, so the table reads without its codebook rows.
    /// </summary>
    public static List<IReadOnlyList<string>> VariableRows(Codebook codebook, bool selfContained = false)
    {
        var rows = new List<IReadOnlyList<string>> { SpreadsheetColumns.All };
        foreach (var v in codebook.Variables)
        {
            var (scale, anchors, scaleDescription) = ScaleCells(v.Scale, selfContained ? [] : codebook.Scales);
            rows.Add(
            [
                v.Id,
                v.Name,
                codebook.Categories.FirstOrDefault(c => c.Id == v.Category)?.Name ?? v.Category,
                v.Definition,
                scale,
                anchors,
                v.Unit == CodingUnit.Passage ? "passage" : "interview",
                v.Role.ToString().ToLowerInvariant(),
                v.Inclusion ?? "",
                v.Exclusion ?? "",
                string.Join(SpreadsheetColumns.ListSeparator, v.Indicators),
                v.AppliesTo ?? "",
                v.Importance ?? "",
                scaleDescription,
            ]);
        }
        return rows;
    }

    // A named scale is referred to by name; otherwise the notation, with anchors only where they differ from its default.
    private static (string Scale, string Anchors, string Description) ScaleCells(Scale scale, IReadOnlyList<Scale> named)
    {
        if (named.Any(s => ReferenceEquals(s, scale) || ScaleEquality.Same(s, scale)))
        {
            return (scale.Name, "", "");
        }
        var notation = ScaleSpec.Format(scale);
        var defaults = ScaleSpec.DefaultAnchors(notation);
        return (notation, ScaleEquality.SameAnchors(defaults, scale.Anchors) ? "" : AnchorList.Format(scale.Anchors), scale.Description ?? "");
    }

    private static void AddOptional(List<IReadOnlyList<string>> rows, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            rows.Add([key, value]);
        }
    }
}
