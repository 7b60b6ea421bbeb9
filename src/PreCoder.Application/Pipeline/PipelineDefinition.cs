using PreCoder.Core.Errors;
using YamlDotNet.RepresentationModel;

namespace PreCoder.Application.Pipeline;

/// <summary>A pipeline file: a name and the stages to run in order, each with its options.</summary>
public sealed record PipelineDefinition(string Name, string? Description, IReadOnlyList<StageStep> Stages)
{
    public static PipelineDefinition Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, "pipeline file not found");
        }
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new InputException(path, (int)ex.Start.Line, $"not valid YAML: {ex.Message}");
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InputException(path, 1, "expected a mapping with 'name' and 'stages'");
        }
        string? Scalar(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;
        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>())
        {
            if (key.Value is not ("name" or "description" or "stages"))
            {
                throw new InputException(path, (int)key.Start.Line, $"unknown key '{key.Value}' (name, description, stages)");
            }
        }
        if (!root.Children.TryGetValue(new YamlScalarNode("stages"), out var stagesNode) || stagesNode is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            throw new InputException(path, (int)root.Start.Line, "'stages' must list at least one stage");
        }
        var steps = new List<StageStep>();
        foreach (var item in seq.Children)
        {
            var line = (int)item.Start.Line;
            if (item is not YamlMappingNode m || Scalar(m, "stage") is not { Length: > 0 } stage)
            {
                throw new InputException(path, line, "each stage needs 'stage: NAME'");
            }
            foreach (var key in m.Children.Keys.OfType<YamlScalarNode>())
            {
                if (key.Value is not ("stage" or "options"))
                {
                    throw new InputException(path, (int)key.Start.Line, $"unknown key '{key.Value}' in stage {stage} (stage, options)");
                }
            }
            var optionsType = StageRegistry.Create(stage, $"{path}:{line}").OptionsType;
            var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            if (m.Children.TryGetValue(new YamlScalarNode("options"), out var o) && o is YamlMappingNode om)
            {
                foreach (var (k, v) in om.Children)
                {
                    var key = ((YamlScalarNode)k).Value!;
                    options[key] = v is YamlScalarNode sv ? sv.Value ?? "" : v.ToString();
                    lines[key] = (int)k.Start.Line;
                }
            }
            var origin = new StageOptionsOrigin(path, line, lines);
            // A mistyped option or value fails when the file is loaded, naming file and line, not after hours of work.
            StageOptionsBinder.Bind(optionsType, stage, options, origin);
            steps.Add(new StageStep(stage, options, line) { Origin = origin });
        }
        return new PipelineDefinition(Scalar(root, "name") ?? Path.GetFileNameWithoutExtension(path), Scalar(root, "description"), steps);
    }
}
