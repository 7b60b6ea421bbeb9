using System.Globalization;
using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Scales;
using PreCoder.Codebooks.Tree;
using PreCoder.Codebooks.Validation;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Mapping;

/// <summary>
/// Maps a parsed YAML or JSON tree to a <see cref="Codebook"/>, reporting shape problems (unknown keys, wrong
/// types, bad unit/role, unknown scale) and recording every line so the validator can locate its findings.
/// Builds as much of the codebook as it can, so one run reports everything.
/// </summary>
internal sealed class CodebookTreeReader(DiagnosticBag bag, SourceMap map)
{
    public Codebook? Read(DocNode root)
    {
        if (root.Kind != DocNodeKind.Mapping)
        {
            bag.Error(root.Line, $"expected the codebook's keys (schema, id, name, ...), found {root.Describe()}", "start with 'schema: precoder-codebook/1'");
            return null;
        }
        CheckKeys(root, CodebookKeys.Top, "the codebook");
        foreach (var entry in root.Entries)
        {
            map.Record(entry.Key, entry.Line);
        }
        var schema = Get(root, "schema");
        if (schema is null)
        {
            bag.Error(1, "the schema key is missing", $"add 'schema: {CodebookKeys.SchemaName}' as the first line");
        }
        else if (Text(schema) != CodebookKeys.SchemaName)
        {
            bag.Error(schema.Line, $"unsupported schema '{Text(schema)}'", $"this version reads '{CodebookKeys.SchemaName}'");
        }
        var scales = ReadScales(Get(root, "scales"));
        var categories = ReadList(Get(root, "categories"), "categories", ReadCategory);
        var variables = ReadList(Get(root, "variables"), "variables", (node, path) => ReadVariable(node, path, scales));
        return new Codebook
        {
            Id = Text(Get(root, "id")) ?? "",
            Name = Text(Get(root, "name")) ?? "",
            VersionNote = Text(Get(root, "version_note")),
            Description = Text(Get(root, "description")),
            Source = Text(Get(root, "source")),
            Scales = scales,
            MissingReasons = TextList(Get(root, "missing_reasons")),
            Categories = categories,
            Variables = variables,
        };
    }

    private List<Scale> ReadScales(DocEntry? entry)
    {
        var scales = new List<Scale>();
        if (entry is null || entry.Value.IsNull)
        {
            return scales;
        }
        if (entry.Value.Kind != DocNodeKind.Mapping)
        {
            bag.Error(entry.Line, $"'scales' must map scale names to definitions, found {entry.Value.Describe()}", "write scales:\\n  likert4: {kind: ordinal, min: 0, max: 3, anchors: {...}}");
            return scales;
        }
        foreach (var scaleEntry in entry.Value.Entries)
        {
            var path = $"scales.{scaleEntry.Key}";
            map.Record(path, scaleEntry.Line);
            RecordTree(path, scaleEntry.Value);
            if (ReadScale(scaleEntry.Value, scaleEntry.Key, $"scale '{scaleEntry.Key}'") is { } scale)
            {
                scales.Add(scale);
            }
        }
        return scales;
    }

    private Scale? ReadScale(DocNode node, string name, string label)
    {
        if (node.Kind != DocNodeKind.Mapping)
        {
            bag.Error(node.Line, $"{label} must be a mapping with kind, min, max, anchors...", "e.g. {kind: ordinal, min: 0, max: 3, anchors: {0: Not present, ...}}");
            return null;
        }
        CheckKeys(node, CodebookKeys.Scale, label);
        var kindEntry = Get(node, "kind");
        var kindText = Text(kindEntry)?.ToLowerInvariant();
        ScaleKind kind;
        switch (kindText)
        {
            case "ordinal": kind = ScaleKind.Ordinal; break;
            case "binary": kind = ScaleKind.Binary; break;
            case "nominal": kind = ScaleKind.Nominal; break;
            case "numeric": kind = ScaleKind.Numeric; break;
            case null:
                bag.Error(node.Line, $"{label} has no kind", "add 'kind: ordinal' (or binary, nominal, numeric)");
                return null;
            default:
                bag.Error(kindEntry!.Line, $"{label} has unknown kind '{kindText}'", ClosestMatch.Hint(kindText, CodebookKeys.ScaleKinds));
                return null;
        }
        var min = Number(Get(node, "min"), label);
        var max = Number(Get(node, "max"), label);
        var anchors = ReadAnchors(Get(node, "anchors"), label);
        var categoriesEntry = Get(node, "categories");
        var categories = TextList(categoriesEntry);
        if (kind != ScaleKind.Nominal && categoriesEntry is not null && !categoriesEntry.Value.IsNull)
        {
            bag.Error(categoriesEntry.Line, $"{label} is {kindText} but lists categories", "only nominal scales have categories; use anchors for level texts");
        }
        if (kind == ScaleKind.Nominal)
        {
            if (categoriesEntry is null)
            {
                bag.Error(node.Line, $"{label} is nominal but has no categories", "add 'categories: [a, b]' (or [] for an open list such as nationality)");
            }
            foreach (var key in new[] { "min", "max" }.Where(k => Get(node, k) is not null))
            {
                bag.Error(Get(node, key)!.Line, $"{label} is nominal but has '{key}'", "nominal scales are bounded by their categories; remove it");
            }
            return ScaleSpec.Nominal(categories, name) with { Anchors = anchors, Description = Text(Get(node, "description")) };
        }
        if (kind == ScaleKind.Binary)
        {
            // Binary is 0/1 by definition; explicit bounds are kept only so the validator can complain about odd ones.
            min ??= 0;
            max ??= 1;
        }
        return new Scale
        {
            Name = name,
            Kind = kind,
            Min = min,
            Max = max,
            Anchors = anchors,
            Description = Text(Get(node, "description")),
        };
    }

    private Dictionary<int, string> ReadAnchors(DocEntry? entry, string label)
    {
        var anchors = new Dictionary<int, string>();
        if (entry is null || entry.Value.IsNull)
        {
            return anchors;
        }
        if (entry.Value.Kind != DocNodeKind.Mapping)
        {
            bag.Error(entry.Line, $"the anchors of {label} must map levels to texts, found {entry.Value.Describe()}", "write anchors: {0: Not present, 1: Present}");
            return anchors;
        }
        foreach (var anchor in entry.Value.Entries)
        {
            if (!int.TryParse(anchor.Key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            {
                bag.Error(anchor.Line, $"anchor '{anchor.Key}' of {label} is not a whole-number level", "anchor keys are the levels, e.g. 0, 1, 2");
                continue;
            }
            anchors[level] = Text(anchor) ?? "";
        }
        return anchors;
    }

    private Category? ReadCategory(DocNode node, string path)
    {
        CheckKeys(node, CodebookKeys.Category, $"category {Label(node)}");
        return new Category(Text(Get(node, "id")) ?? "", Text(Get(node, "name")) ?? "", Text(Get(node, "description")));
    }

    private Variable? ReadVariable(DocNode node, string path, List<Scale> scales)
    {
        var label = $"variable {Label(node)}";
        CheckKeys(node, CodebookKeys.Variable, label);
        var id = Text(Get(node, "id")) ?? "";
        var scale = ReadVariableScale(Get(node, "scale"), id, label, scales);
        return new Variable
        {
            Id = id,
            Name = Text(Get(node, "name")) ?? "",
            Category = Text(Get(node, "category")) ?? "",
            Scale = scale,
            Unit = ReadChoice(Get(node, "unit"), label, CodebookKeys.Units, CodingUnit.Interview, t => t == "passage" ? CodingUnit.Passage : CodingUnit.Interview),
            Role = ReadChoice(Get(node, "role"), label, CodebookKeys.Roles, RoleFilter.Interviewee, t => t switch
            {
                "interviewer" => RoleFilter.Interviewer,
                "any" => RoleFilter.Any,
                _ => RoleFilter.Interviewee,
            }),
            AppliesTo = Text(Get(node, "applies_to")),
            Definition = Text(Get(node, "definition")) ?? "",
            Inclusion = Text(Get(node, "inclusion")),
            Exclusion = Text(Get(node, "exclusion")),
            Indicators = TextList(Get(node, "indicators")),
            Importance = Text(Get(node, "importance")),
        };
    }

    private Scale ReadVariableScale(DocEntry? entry, string id, string label, List<Scale> scales)
    {
        if (entry is null || entry.Value.IsNull)
        {
            return scales.FirstOrDefault(s => s.Name == ScaleSpec.Likert4) ?? Scale.Likert4;
        }
        if (entry.Value.Kind == DocNodeKind.Mapping)
        {
            // An inline scale is named after its variable, which keeps it distinct from the named scales on write.
            return ReadScale(entry.Value, id, $"the scale of {label}") ?? Scale.Likert4;
        }
        var text = Text(entry) ?? "";
        if (ScaleSpec.TryParse(text, scales, out var scale, out var error, out var hint))
        {
            return scale!;
        }
        bag.Error(entry.Value.Line, $"{label}: {error}", hint);
        return Scale.Likert4;
    }

    private T ReadChoice<T>(DocEntry? entry, string label, IReadOnlyCollection<string> allowed, T fallback, Func<string, T> parse)
    {
        var text = Text(entry);
        if (text is null)
        {
            return fallback;
        }
        var normal = text.Trim().ToLowerInvariant();
        if (allowed.Contains(normal))
        {
            return parse(normal);
        }
        bag.Error(entry!.Value.Line, $"{label} has bad {entry.Key} '{text}'", ClosestMatch.Hint(text, allowed));
        return fallback;
    }

    private List<T> ReadList<T>(DocEntry? entry, string key, Func<DocNode, string, T?> read)
        where T : class
    {
        var items = new List<T>();
        if (entry is null || entry.Value.IsNull)
        {
            return items;
        }
        if (entry.Value.Kind != DocNodeKind.Sequence)
        {
            bag.Error(entry.Line, $"'{key}' must be a list (items starting with '- '), found {entry.Value.Describe()}");
            return items;
        }
        foreach (var node in entry.Value.Items)
        {
            if (node.Kind != DocNodeKind.Mapping)
            {
                bag.Error(node.Line, $"each item of '{key}' must be a mapping with id, name, ..., found {node.Describe()}");
                continue;
            }
            var path = $"{key}[{items.Count}]";
            RecordTree(path, node);
            if (read(node, path) is { } item)
            {
                items.Add(item);
            }
        }
        return items;
    }

    private void CheckKeys(DocNode mapping, IReadOnlyCollection<string> known, string what)
    {
        foreach (var entry in mapping.Entries.Where(e => !known.Contains(e.Key)))
        {
            bag.Error(entry.Line, $"unknown key '{entry.Key}' in {what}", ClosestMatch.Hint(entry.Key, known));
        }
    }

    private string? Text(DocEntry? entry)
    {
        if (entry is null || entry.Value.IsNull)
        {
            return null;
        }
        if (entry.Value.Kind != DocNodeKind.Scalar)
        {
            bag.Error(entry.Line, $"'{entry.Key}' must be text, found {entry.Value.Describe()}", "quote the text or use a '>' block");
            return null;
        }
        // Block scalars ('>' and '|') end in a newline that nobody means as content.
        return entry.Value.Text!.Trim();
    }

    private List<string> TextList(DocEntry? entry)
    {
        var list = new List<string>();
        if (entry is null || entry.Value.IsNull)
        {
            return list;
        }
        if (entry.Value.Kind != DocNodeKind.Sequence)
        {
            bag.Error(entry.Line, $"'{entry.Key}' must be a list, found {entry.Value.Describe()}", $"write {entry.Key}: [first, second] or one '- item' per line");
            return list;
        }
        foreach (var item in entry.Value.Items)
        {
            if (item.Kind != DocNodeKind.Scalar || item.IsNull)
            {
                bag.Error(item.Line, $"each item of '{entry.Key}' must be text, found {item.Describe()}");
                continue;
            }
            list.Add(item.Text!.Trim());
        }
        return list;
    }

    private double? Number(DocEntry? entry, string label)
    {
        if (entry is null || entry.Value.IsNull)
        {
            return null;
        }
        if (entry.Value.Kind == DocNodeKind.Scalar
            && double.TryParse(entry.Value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        bag.Error(entry.Line, $"'{entry.Key}' of {label} must be a number, found {entry.Value.Describe()}");
        return null;
    }

    private static DocEntry? Get(DocNode mapping, string key) => mapping.Entries.FirstOrDefault(e => e.Key == key);

    private static string Label(DocNode node) =>
        Get(node, "id") is { Value: { Kind: DocNodeKind.Scalar, IsNull: false } id } ? $"'{id.Text}'" : $"at line {node.Line}";

    private void RecordTree(string path, DocNode node)
    {
        map.Record(path, node.Line);
        foreach (var entry in node.Entries)
        {
            map.Record($"{path}.{entry.Key}", entry.Line);
            RecordTree($"{path}.{entry.Key}", entry.Value);
        }
        for (var i = 0; i < node.Items.Count; i++)
        {
            RecordTree($"{path}[{i}]", node.Items[i]);
        }
    }
}
