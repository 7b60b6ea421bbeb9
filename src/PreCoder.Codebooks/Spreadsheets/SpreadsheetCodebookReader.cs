using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Scales;
using PreCoder.Codebooks.Validation;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Spreadsheets;

/// <summary>
/// Turns spreadsheet rows into a codebook: <c>#key</c> rows (from a CSV's side file, an XLSX's codebook sheet, or
/// older CSVs above the header) carry the codebook header, categories and named scales; then one header row and
/// one row per variable. Shared by CSV and XLSX so both read identically.
/// </summary>
internal sealed class SpreadsheetCodebookReader(DiagnosticBag bag, SourceMap map)
{
    private readonly List<Category> _categories = [];
    private readonly List<Scale> _scales = [];
    private readonly Dictionary<string, string> _header = new(StringComparer.Ordinal);
    private readonly List<string> _missingReasons = [];

    /// <summary>
    /// Reads the codebook rows of a side file (the <c>#key</c> rows a plain CSV table leaves out) before
    /// <see cref="Read"/>. Its problems go to <paramref name="sideBag"/>, which names the side file; its lines are
    /// not recorded, since validation problems are reported against the main file.
    /// </summary>
    public void ReadSideFile(IReadOnlyList<SheetRow> rows, DiagnosticBag sideBag)
    {
        var reader = new SpreadsheetCodebookReader(sideBag, new SourceMap());
        foreach (var row in rows.Where(r => !r.IsBlank))
        {
            if (row.Cell(0).StartsWith('#'))
            {
                reader.ReadMeta(row);
            }
            else
            {
                sideBag.Error(row.Line, "a codebook side file holds only rows starting with '#'", "move variable rows to the main table");
            }
        }
        _categories.AddRange(reader._categories);
        _scales.AddRange(reader._scales);
        _missingReasons.AddRange(reader._missingReasons);
        foreach (var (key, value) in reader._header)
        {
            _header[key] = value;
        }
    }

    public Codebook? Read(IReadOnlyList<SheetRow> rows, string fileName)
    {
        var header = _header;
        header.TryAdd("id", Identifiers.Slug(Path.GetFileNameWithoutExtension(fileName)));
        header.TryAdd("name", Path.GetFileNameWithoutExtension(fileName));
        var missingReasons = _missingReasons;
        Dictionary<string, int>? columns = null;
        var variables = new List<Variable>();
        foreach (var row in rows.Where(r => !r.IsBlank))
        {
            if (row.Cell(0).StartsWith('#'))
            {
                ReadMeta(row);
            }
            else if (columns is null)
            {
                columns = ReadHeader(row);
                if (columns is null)
                {
                    return null;
                }
            }
            else
            {
                variables.Add(ReadVariable(row, columns, variables.Count));
            }
        }
        if (columns is null)
        {
            bag.Error(null, "no header row", $"the first row must be: {string.Join(",", SpreadsheetColumns.Required)}");
            return null;
        }
        return new Codebook
        {
            Id = header["id"],
            Name = header["name"],
            VersionNote = header.GetValueOrDefault("version_note"),
            Description = header.GetValueOrDefault("description"),
            Source = header.GetValueOrDefault("source"),
            MissingReasons = missingReasons,
            Scales = _scales,
            Categories = _categories,
            Variables = variables,
        };
    }

    private void ReadMeta(SheetRow row)
    {
        var header = _header;
        var missingReasons = _missingReasons;
        var key = row.Cell(0)[1..].Trim().ToLowerInvariant();
        switch (key)
        {
            case "category":
                map.Record($"categories[{_categories.Count}]", row.Line);
                _categories.Add(new Category(row.Cell(1), row.Cell(2), NullIfEmpty(row.Cell(3))));
                break;
            case "scale":
                ReadNamedScale(row);
                break;
            case "missing_reasons":
                missingReasons.AddRange(SplitList(row.Cell(1)));
                break;
            case "id" or "name" or "version_note" or "description" or "source":
                map.Record(key, row.Line);
                header[key] = row.Cell(1);
                break;
            default:
                bag.Error(row.Line, $"unknown codebook row '#{key}'", ClosestMatch.Hint(key, SpreadsheetColumns.MetaKeys));
                break;
        }
    }

    private void ReadNamedScale(SheetRow row)
    {
        var name = row.Cell(1);
        if (name.Length == 0)
        {
            bag.Error(row.Line, "a #scale row has no name", "write #scale,NAME,NOTATION,ANCHORS,DESCRIPTION");
            return;
        }
        if (!ScaleSpec.TryParse(row.Cell(2), [], out var scale, out var error, out var hint))
        {
            bag.Error(row.Line, $"scale '{name}': {error}", hint);
            return;
        }
        if (!AnchorList.TryParse(row.Cell(3), out var anchors, out var anchorError))
        {
            bag.Error(row.Line, $"scale '{name}': {anchorError}", "write anchors as 0=text;1=text");
        }
        map.Record($"scales.{name}", row.Line);
        // The anchors cell of a named scale is taken literally: empty means the scale has none.
        _scales.Add(scale! with { Name = name, Anchors = anchors, Description = NullIfEmpty(row.Cell(4)) });
    }

    private Dictionary<string, int>? ReadHeader(SheetRow row)
    {
        var names = row.Cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        for (var i = 0; i < SpreadsheetColumns.Required.Length; i++)
        {
            if (i >= names.Count || names[i] != SpreadsheetColumns.Required[i])
            {
                var found = i < names.Count ? $"'{names[i]}'" : "nothing";
                bag.Error(row.Line, $"column {i + 1} of the header must be '{SpreadsheetColumns.Required[i]}', found {found}",
                    $"the first columns must be exactly: {string.Join(",", SpreadsheetColumns.Required)}");
                return null;
            }
        }
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Length == 0)
            {
                continue;
            }
            if (!SpreadsheetColumns.All.Contains(names[i]))
            {
                // Teams keep their own note columns; a near-miss of a known column is what deserves attention.
                var match = ClosestMatch.Find(names[i], SpreadsheetColumns.Optional);
                bag.Warning(row.Line, $"column '{names[i]}' is not read", match is not null ? $"did you mean '{match}'?" : null);
                continue;
            }
            if (!columns.TryAdd(names[i], i))
            {
                bag.Error(row.Line, $"column '{names[i]}' appears twice", "delete one");
            }
        }
        return columns;
    }

    private Variable ReadVariable(SheetRow row, Dictionary<string, int> columns, int index)
    {
        string Get(string column) => columns.TryGetValue(column, out var i) ? row.Cell(i) : "";
        map.Record($"variables[{index}]", row.Line);
        var name = Get(SpreadsheetColumns.Name);
        var id = Get(SpreadsheetColumns.Id);
        if (id.Length == 0 && name.Length > 0)
        {
            id = Identifiers.Slug(name);
        }
        var label = id.Length > 0 ? $"variable '{id}'" : $"the variable in row {row.Line}";
        return new Variable
        {
            Id = id,
            Name = name,
            Category = ResolveCategory(Get(SpreadsheetColumns.Category), row.Line),
            Scale = ReadScale(Get(SpreadsheetColumns.Scale), Get(SpreadsheetColumns.Anchors), Get(SpreadsheetColumns.ScaleDescription), id, label, row.Line),
            Unit = Choice(Get(SpreadsheetColumns.Unit), SpreadsheetColumns.Unit, label, row.Line, ["interview", "passage"], CodingUnit.Interview,
                t => t == "passage" ? CodingUnit.Passage : CodingUnit.Interview),
            Role = Choice(Get(SpreadsheetColumns.Role), SpreadsheetColumns.Role, label, row.Line, ["interviewee", "interviewer", "any"], RoleFilter.Interviewee,
                t => Enum.Parse<RoleFilter>(t, ignoreCase: true)),
            AppliesTo = NullIfEmpty(Get(SpreadsheetColumns.AppliesTo)),
            Definition = Get(SpreadsheetColumns.Definition),
            Inclusion = NullIfEmpty(Get(SpreadsheetColumns.Inclusion)),
            Exclusion = NullIfEmpty(Get(SpreadsheetColumns.Exclusion)),
            Indicators = SplitList(Get(SpreadsheetColumns.Indicators)),
            Importance = NullIfEmpty(Get(SpreadsheetColumns.Importance)),
        };
    }

    private string ResolveCategory(string cell, int line)
    {
        if (cell.Length == 0)
        {
            return "";
        }
        var known = _categories.FirstOrDefault(c => string.Equals(c.Id, cell, StringComparison.OrdinalIgnoreCase))
            ?? _categories.FirstOrDefault(c => string.Equals(c.Name, cell, StringComparison.OrdinalIgnoreCase));
        if (known is not null)
        {
            return known.Id;
        }
        // Undeclared categories are created from the cell, so a plain one-sheet codebook needs no #category rows.
        var category = new Category(Identifiers.Slug(cell), cell);
        map.Record($"categories[{_categories.Count}]", line);
        _categories.Add(category);
        return category.Id;
    }

    private Scale ReadScale(string notation, string anchorsCell, string description, string id, string label, int line)
    {
        Scale? scale;
        if (notation.Length == 0)
        {
            scale = _scales.FirstOrDefault(s => s.Name == ScaleSpec.Likert4) ?? Scale.Likert4;
        }
        else if (!ScaleSpec.TryParse(notation, _scales, out scale, out var error, out var hint))
        {
            bag.Error(line, $"{label}: {error}", hint);
            return Scale.Likert4;
        }
        if (anchorsCell.Length == 0 && description.Length == 0)
        {
            return Declared(scale!);
        }
        var anchors = scale!.Anchors;
        if (anchorsCell.Length > 0)
        {
            if (!AnchorList.TryParse(anchorsCell, out var parsed, out var anchorError))
            {
                bag.Error(line, $"{label}: {anchorError}", "write anchors as 0=text;1=text");
                return scale;
            }
            anchors = parsed;
        }
        if (ScaleEquality.SameAnchors(anchors, scale.Anchors) && description.Length == 0)
        {
            return scale;
        }
        // Anchors or a description of its own make the scale the variable's own, named after it as inline YAML scales are.
        return Declared(scale with { Name = id, Anchors = anchors, Description = NullIfEmpty(description) });
    }

    // A plain table spells every scale out (so it reads without its side file); one identical to a declared scale is that scale.
    private Scale Declared(Scale scale) =>
        _scales.Any(s => ReferenceEquals(s, scale)) ? scale : _scales.FirstOrDefault(s => ScaleEquality.SameContent(s, scale)) ?? scale;

    private T Choice<T>(string text, string column, string label, int line, string[] allowed, T fallback, Func<string, T> parse)
    {
        if (text.Length == 0)
        {
            return fallback;
        }
        var normal = text.ToLowerInvariant();
        if (allowed.Contains(normal))
        {
            return parse(normal);
        }
        bag.Error(line, $"{label} has bad {column} '{text}'", ClosestMatch.Hint(text, allowed));
        return fallback;
    }

    private static List<string> SplitList(string cell) =>
        cell.Split(SpreadsheetColumns.ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
