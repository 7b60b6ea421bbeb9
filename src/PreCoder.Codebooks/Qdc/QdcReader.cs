using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Scales;
using PreCoder.Codebooks.Validation;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Qdc;

/// <summary>
/// Reads a REFI-QDA codebook. Files PreCoder wrote come back whole from their description blocks; plain
/// third-party files become categories (top-level codes with children) and likert4 variables (the codes under them).
/// </summary>
internal sealed class QdcReader(DiagnosticBag bag, SourceMap map, string fileName)
{
    private readonly List<Scale> _scales = [];
    private readonly List<Category> _categories = [];
    private readonly List<Variable> _variables = [];
    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);

    public Codebook? Read(string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            bag.Error(ex.LineNumber, $"XML syntax error: {ex.Message}", "check the element near this line");
            return null;
        }
        var root = document.Root!;
        if (root.Name.LocalName != "CodeBook")
        {
            bag.Error(Line(root), $"expected a REFI-QDA <CodeBook> root element, found <{root.Name.LocalName}>", "export the codebook (.qdc) from your QDA tool, not the project");
            return null;
        }
        var ns = root.Name.Namespace;
        if (ns != QdcKeys.Namespace)
        {
            bag.Warning(Line(root), $"unexpected namespace '{ns.NamespaceName}'", $"REFI-QDA codebooks use {QdcKeys.Namespace}");
        }
        var header = new QdcHeader { Id = Identifiers.Slug(Path.GetFileNameWithoutExtension(fileName)), Name = Path.GetFileNameWithoutExtension(fileName) };
        foreach (var set in root.Elements(ns + "Sets").Elements(ns + "Set"))
        {
            ReadSet(set, ns, header);
        }
        foreach (var code in root.Elements(ns + "Codes").Elements(ns + "Code"))
        {
            ReadTopLevel(code, ns);
        }
        if (_variables.Any(v => v.Category == QdcKeys.Uncategorized) && _categories.All(c => c.Id != QdcKeys.Uncategorized))
        {
            _categories.Add(new Category(QdcKeys.Uncategorized, "Uncategorized", "Codes that had no parent code in the imported file."));
        }
        return new Codebook
        {
            Id = header.Id,
            Name = header.Name,
            VersionNote = header.VersionNote,
            Description = header.Description,
            Source = header.Source,
            MissingReasons = header.MissingReasons,
            Scales = _scales,
            Categories = _categories,
            Variables = _variables,
        };
    }

    private void ReadSet(XElement set, XNamespace ns, QdcHeader header)
    {
        var description = set.Element(ns + "Description");
        var block = QdcDescriptionBlock.Parse(description?.Value);
        if (!block.HasBlock)
        {
            // Third-party sets group codes for analysis; they carry nothing a codebook needs.
            return;
        }
        var baseLine = Line(description!);
        if (block.Has("codebook_id"))
        {
            CheckBlockKeys(block, QdcKeys.CodebookBlock, baseLine, "the codebook set");
            header.Id = block.Get("codebook_id") ?? header.Id;
            header.Name = block.Get("name") ?? header.Name;
            header.VersionNote = block.Get("version_note");
            header.Source = block.Get("source");
            header.Description = NullIfEmpty(block.Human);
            header.MissingReasons = block.All("missing_reason").ToList();
            return;
        }
        var name = block.Get("scale_name");
        if (name is null)
        {
            bag.Warning(baseLine, $"set '{(string?)set.Attribute("name")}' has a PreCoder block without scale_name or codebook_id; ignored");
            return;
        }
        var label = $"scale '{name}'";
        CheckBlockKeys(block, QdcKeys.ScaleBlock, baseLine, label);
        map.Record($"scales.{name}", Line(set));
        var kindText = block.Get("kind") ?? "";
        if (!Enum.TryParse<ScaleKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, out _))
        {
            bag.Error(baseLine + block.OffsetOf("kind"), $"{label} has unknown kind '{kindText}'", ClosestMatch.Hint(kindText, ["ordinal", "binary", "nominal", "numeric"]));
            return;
        }
        var anchors = new Dictionary<int, string>();
        foreach (var (key, value, offset) in block.Entries.Where(e => e.Key == "anchor"))
        {
            if (AnchorList.TryParse(value, out var one, out var error))
            {
                foreach (var (level, text) in one)
                {
                    anchors[level] = text;
                    map.Record($"scales.{name}.anchors.{level}", baseLine + offset);
                }
            }
            else
            {
                bag.Error(baseLine + offset, $"{label}: {error}", "write anchor: 0=Not present");
            }
        }
        var categories = block.All("category").ToList();
        var scale = kind == ScaleKind.Nominal
            ? ScaleSpec.Nominal(categories, name)
            : new Scale { Name = name, Kind = kind, Min = Number(block, "min", baseLine, label), Max = Number(block, "max", baseLine, label) };
        _scales.Add(scale with { Anchors = anchors, Description = NullIfEmpty(block.Human) });
    }

    private void ReadTopLevel(XElement code, XNamespace ns)
    {
        var (block, baseLine) = Describe(code, ns);
        var children = code.Elements(ns + "Code").ToList();
        var categoryId = block.Get("category_id");
        if (categoryId is not null || (!block.Has("id") && (children.Count > 0 || (string?)code.Attribute("isCodable") == "false")))
        {
            CheckBlockKeys(block, QdcKeys.CategoryBlock, baseLine, $"category '{Name(code)}'");
            categoryId ??= Identifiers.Slug(Name(code));
            map.Record($"categories[{_categories.Count}]", Line(code));
            _categories.Add(new Category(categoryId, Name(code), NullIfEmpty(block.Human)));
            foreach (var child in children)
            {
                ReadVariableTree(child, ns, categoryId);
            }
            return;
        }
        ReadVariableTree(code, ns, QdcKeys.Uncategorized);
    }

    // Third-party code trees can be deeper than category > variable; every codable code below a category is a variable.
    private void ReadVariableTree(XElement code, XNamespace ns, string categoryId)
    {
        if ((string?)code.Attribute("isCodable") != "false" || !code.Elements(ns + "Code").Any())
        {
            ReadVariable(code, ns, categoryId);
        }
        foreach (var child in code.Elements(ns + "Code"))
        {
            ReadVariableTree(child, ns, categoryId);
        }
    }

    private void ReadVariable(XElement code, XNamespace ns, string categoryId)
    {
        var (block, baseLine) = Describe(code, ns);
        var name = Name(code);
        var label = $"variable '{block.Get("id") ?? name}'";
        var path = $"variables[{_variables.Count}]";
        map.Record(path, Line(code));
        CheckBlockKeys(block, QdcKeys.VariableBlock, baseLine, label);
        foreach (var (key, _, offset) in block.Entries)
        {
            map.Record($"{path}.{key}", baseLine + offset);
        }
        var id = block.Get("id") ?? UniqueSlug(name);
        _usedIds.Add(id);
        _variables.Add(new Variable
        {
            Id = id,
            Name = name,
            Category = categoryId,
            Scale = ReadVariableScale(block, baseLine, id, label),
            Unit = Choice(block, "unit", baseLine, label, ["interview", "passage"], CodingUnit.Interview, t => t == "passage" ? CodingUnit.Passage : CodingUnit.Interview),
            Role = Choice(block, "role", baseLine, label, ["interviewee", "interviewer", "any"], RoleFilter.Interviewee, t => Enum.Parse<RoleFilter>(t, ignoreCase: true)),
            AppliesTo = block.Get("applies_to"),
            Definition = block.Human,
            Inclusion = block.Get("inclusion"),
            Exclusion = block.Get("exclusion"),
            Indicators = block.All("indicator").ToList(),
            Importance = block.Get("importance"),
        });
    }

    private Scale ReadVariableScale(QdcDescriptionBlock block, int baseLine, string id, string label)
    {
        var notation = block.Get("scale");
        if (notation is null)
        {
            return _scales.FirstOrDefault(s => s.Name == ScaleSpec.Likert4) ?? Scale.Likert4;
        }
        if (!ScaleSpec.TryParse(notation, _scales, out var scale, out var error, out var hint))
        {
            bag.Error(baseLine + block.OffsetOf("scale"), $"{label}: {error}", hint);
            return Scale.Likert4;
        }
        if (!block.Has("anchors"))
        {
            return scale!;
        }
        if (!AnchorList.TryParse(block.Get("anchors")!, out var anchors, out var anchorError))
        {
            bag.Error(baseLine + block.OffsetOf("anchors"), $"{label}: {anchorError}", "write anchors: 0=text;1=text");
        }
        return scale! with { Name = id, Anchors = anchors, Description = block.Get("scale_description") };
    }

    private T Choice<T>(QdcDescriptionBlock block, string key, int baseLine, string label, string[] allowed, T fallback, Func<string, T> parse)
    {
        var text = block.Get(key);
        if (text is null)
        {
            return fallback;
        }
        if (allowed.Contains(text.ToLowerInvariant()))
        {
            return parse(text.ToLowerInvariant());
        }
        bag.Error(baseLine + block.OffsetOf(key), $"{label} has bad {key} '{text}'", ClosestMatch.Hint(text, allowed));
        return fallback;
    }

    private double? Number(QdcDescriptionBlock block, string key, int baseLine, string label)
    {
        var text = block.Get(key);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        bag.Error(baseLine + block.OffsetOf(key), $"'{key}' of {label} must be a number, found '{text}'");
        return null;
    }

    private void CheckBlockKeys(QdcDescriptionBlock block, string[] known, int baseLine, string what)
    {
        foreach (var (key, _, offset) in block.Entries.Where(e => !known.Contains(e.Key)))
        {
            bag.Error(baseLine + offset, $"unknown key '{key}' in the PreCoder block of {what}", ClosestMatch.Hint(key, known));
        }
        foreach (var (text, offset) in block.Malformed)
        {
            bag.Error(baseLine + offset, $"'{text}' in the PreCoder block of {what} is not 'key: value'");
        }
    }

    private (QdcDescriptionBlock Block, int BaseLine) Describe(XElement code, XNamespace ns)
    {
        var description = code.Element(ns + "Description");
        return (QdcDescriptionBlock.Parse(description?.Value), description is null ? Line(code) : Line(description));
    }

    private string UniqueSlug(string name)
    {
        var slug = Identifiers.Slug(name);
        var candidate = slug;
        for (var n = 2; _usedIds.Contains(candidate); n++)
        {
            candidate = $"{slug}_{n}";
        }
        return candidate;
    }

    private static string Name(XElement code) => ((string?)code.Attribute("name") ?? "").Trim();

    private static int Line(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
