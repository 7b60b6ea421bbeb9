using PreCoder.Codebooks.Scales;
using PreCoder.Codebooks.Tree;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Mapping;

/// <summary>
/// Builds the canonical tree of a codebook: keys in schema order, defaults written out for unit and role,
/// empty optional fields left out. YAML and JSON writers print this tree, so both formats agree.
/// </summary>
internal static class CodebookTreeWriter
{
    public static DocNode Build(Codebook codebook)
    {
        var root = DocNode.Mapping()
            .Add("schema", DocNode.String(CodebookKeys.SchemaName))
            .Add("id", DocNode.String(codebook.Id))
            .Add("name", DocNode.String(codebook.Name));
        AddOptional(root, "version_note", codebook.VersionNote);
        AddOptional(root, "description", codebook.Description);
        AddOptional(root, "source", codebook.Source);
        var scales = DocNode.Mapping();
        foreach (var scale in codebook.Scales)
        {
            scales.Add(scale.Name, BuildScale(scale));
        }
        root.Add("scales", scales);
        root.Add("missing_reasons", Strings(codebook.MissingReasons, flow: true));
        var categories = DocNode.Sequence();
        foreach (var category in codebook.Categories)
        {
            var node = DocNode.Mapping().Add("id", DocNode.String(category.Id)).Add("name", DocNode.String(category.Name));
            AddOptional(node, "description", category.Description);
            categories.AddItem(node);
        }
        root.Add("categories", categories);
        var variables = DocNode.Sequence();
        foreach (var variable in codebook.Variables)
        {
            variables.AddItem(BuildVariable(variable, codebook.Scales));
        }
        root.Add("variables", variables);
        return root;
    }

    /// <summary>How a variable's scale is written: the named scale's name, the short notation, or an inline mapping.</summary>
    public static DocNode ScaleReference(Scale scale, IReadOnlyList<Scale> namedScales)
    {
        if (namedScales.Any(s => ReferenceEquals(s, scale) || ScaleEquality.Same(s, scale)))
        {
            return DocNode.String(scale.Name);
        }
        var notation = ScaleSpec.Format(scale);
        // A named scale that happens to be called "likert4" would capture the notation on read; stay inline then.
        if (scale.Name == notation
            && namedScales.All(s => s.Name != notation)
            && ScaleSpec.TryParse(notation, [], out var parsed, out _, out _)
            && ScaleEquality.SameContent(parsed!, scale))
        {
            return DocNode.String(notation);
        }
        return BuildScale(scale);
    }

    private static DocNode BuildVariable(Variable variable, IReadOnlyList<Scale> namedScales)
    {
        var node = DocNode.Mapping()
            .Add("id", DocNode.String(variable.Id))
            .Add("name", DocNode.String(variable.Name))
            .Add("category", DocNode.String(variable.Category))
            .Add("scale", ScaleReference(variable.Scale, namedScales))
            .Add("unit", DocNode.String(variable.Unit == CodingUnit.Passage ? "passage" : "interview"))
            .Add("role", DocNode.String(variable.Role switch
            {
                RoleFilter.Interviewer => "interviewer",
                RoleFilter.Any => "any",
                _ => "interviewee",
            }));
        AddOptional(node, "applies_to", variable.AppliesTo);
        node.Add("definition", DocNode.String(variable.Definition));
        AddOptional(node, "inclusion", variable.Inclusion);
        AddOptional(node, "exclusion", variable.Exclusion);
        if (variable.Indicators.Count > 0)
        {
            node.Add("indicators", Strings(variable.Indicators, flow: false));
        }
        AddOptional(node, "importance", variable.Importance);
        return node;
    }

    private static DocNode BuildScale(Scale scale)
    {
        var kind = scale.Kind switch
        {
            ScaleKind.Binary => "binary",
            ScaleKind.Nominal => "nominal",
            ScaleKind.Numeric => "numeric",
            _ => "ordinal",
        };
        var node = DocNode.Mapping().Add("kind", DocNode.String(kind));
        // Binary and nominal bounds follow from the kind and categories; writing them would only invite contradictions.
        if (scale.Kind is ScaleKind.Ordinal or ScaleKind.Numeric || (scale.Kind == ScaleKind.Binary && (scale.Min != 0 || scale.Max != 1)))
        {
            if (scale.Min is { } min)
            {
                node.Add("min", DocNode.Number(min));
            }
            if (scale.Max is { } max)
            {
                node.Add("max", DocNode.Number(max));
            }
        }
        if (scale.Anchors.Count > 0)
        {
            var anchors = DocNode.Mapping();
            foreach (var (level, text) in scale.Anchors.OrderBy(kv => kv.Key))
            {
                anchors.Add(level.ToString(System.Globalization.CultureInfo.InvariantCulture), DocNode.String(text));
            }
            node.Add("anchors", anchors);
        }
        if (scale.Kind == ScaleKind.Nominal)
        {
            node.Add("categories", Strings(scale.Categories, flow: true));
        }
        AddOptional(node, "description", scale.Description);
        return node;
    }

    private static DocNode Strings(IEnumerable<string> values, bool flow)
    {
        var node = DocNode.Sequence();
        node.PreferFlow = flow;
        foreach (var value in values)
        {
            node.AddItem(DocNode.String(value));
        }
        return node;
    }

    private static void AddOptional(DocNode node, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            node.Add(key, DocNode.String(value));
        }
    }
}
