using System.Text.RegularExpressions;
using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Tree;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PreCoder.Codebooks.Yaml;

/// <summary>
/// Parses YAML into a <see cref="DocNode"/> tree from YamlDotNet's event stream rather than its representation
/// model, because the model throws on the first duplicate key and we want every duplicate reported with its line.
/// </summary>
internal static partial class YamlTreeReader
{
    public static DocNode? Read(string text, DiagnosticBag diagnostics)
    {
        var anchors = new Dictionary<string, DocNode>(StringComparer.Ordinal);
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Error(null, "the file is empty", "start with 'schema: precoder-codebook/1'");
                return null;
            }
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, anchors, diagnostics);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var extra))
            {
                diagnostics.Error(Line(extra.Start), "more than one YAML document in the file", "keep one codebook per file; remove the '---' separator");
            }
            return root;
        }
        catch (YamlException ex)
        {
            diagnostics.Error(Line(ex.Start), $"YAML syntax error: {FirstLine(ex.Message)}", "check indentation and quoting near this line");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some unclosed flow collections.
            var line = parser.Current is { } current ? Line(current.Start) : (int?)null;
            diagnostics.Error(line, "YAML syntax error: an unclosed [ or { after this line", "close the bracket or quote the value");
            return null;
        }
    }

    private static DocNode ReadNode(IParser parser, Dictionary<string, DocNode> anchors, DiagnosticBag diagnostics)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (anchors.TryGetValue(alias.Value.Value, out var target))
            {
                return target;
            }
            diagnostics.Error(Line(alias.Start), $"unknown YAML alias '*{alias.Value.Value}'");
            return DocNode.Scalar(null, ScalarType.Null, Line(alias.Start));
        }
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var node = DocNode.Scalar(scalar.Value, Resolve(scalar), Line(scalar.Start));
            Remember(scalar.Anchor, node, anchors);
            return node;
        }
        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var node = DocNode.Sequence(Line(sequenceStart.Start));
            Remember(sequenceStart.Anchor, node, anchors);
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                node.Items.Add(ReadNode(parser, anchors, diagnostics));
            }
            return node;
        }
        var mappingStart = parser.Consume<MappingStart>();
        var mapping = DocNode.Mapping(Line(mappingStart.Start));
        Remember(mappingStart.Anchor, mapping, anchors);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode(parser, anchors, diagnostics);
            var value = ReadNode(parser, anchors, diagnostics);
            if (key.Kind != DocNodeKind.Scalar)
            {
                diagnostics.Error(key.Line, "a key must be a plain word, not a list or mapping");
                continue;
            }
            var name = key.Text ?? "";
            if (mapping.Entries.Any(e => e.Key == name))
            {
                var first = mapping.Entries.First(e => e.Key == name);
                diagnostics.Error(key.Line, $"duplicate key '{name}' (first given on line {first.Line})", "keep one and delete the other");
                continue;
            }
            mapping.Entries.Add(new DocEntry(name, key.Line, value));
        }
        return mapping;
    }

    private static void Remember(AnchorName anchor, DocNode node, Dictionary<string, DocNode> anchors)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }
    }

    // YAML 1.2 core schema, the subset codebooks use; quoted and block scalars are always text.
    private static ScalarType Resolve(Scalar scalar)
    {
        if (scalar.Style != ScalarStyle.Plain)
        {
            return ScalarType.String;
        }
        var v = scalar.Value;
        if (v.Length == 0 || v is "~" or "null" or "Null" or "NULL")
        {
            return ScalarType.Null;
        }
        if (v is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return ScalarType.Boolean;
        }
        return NumberPattern().IsMatch(v) ? ScalarType.Number : ScalarType.String;
    }

    /// <summary>True when plain text would be read back as something other than text and must be quoted.</summary>
    public static bool NeedsQuotes(string text) =>
        text.Length == 0
        || text is "~" or "null" or "Null" or "NULL" or "true" or "True" or "TRUE" or "false" or "False" or "FALSE"
        || NumberPattern().IsMatch(text);

    private static int Line(Mark mark) => (int)mark.Line;

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex(@"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^0x[0-9a-fA-F]+$|^0o[0-7]+$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$")]
    private static partial Regex NumberPattern();
}
