using PreCoder.Codebooks.Tree;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PreCoder.Codebooks.Yaml;

/// <summary>Writes a <see cref="DocNode"/> tree as YAML, choosing scalar styles so every value reads back identically.</summary>
internal static class YamlTreeWriter
{
    // Texts longer than this are folded over several lines, which keeps definitions reviewable in diffs.
    private const int FoldAbove = 72;

    public static string Write(DocNode root)
    {
        var writer = new StringWriter { NewLine = "\n" };
        // Indented sequences match how people write the seed file by hand, so a re-save diffs only real changes.
        var settings = new EmitterSettings(bestIndent: 2, bestWidth: 88, isCanonical: false, maxSimpleKeyLength: 1024)
            .WithIndentedSequences()
            .WithNewLine("\n");
        var emitter = new Emitter(writer, settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        WriteNode(emitter, root);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private static void WriteNode(IEmitter emitter, DocNode node)
    {
        switch (node.Kind)
        {
            case DocNodeKind.Mapping:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
                foreach (var entry in node.Entries)
                {
                    emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, entry.Key, ScalarStyle.Plain, true, false));
                    WriteNode(emitter, entry.Value);
                }
                emitter.Emit(new MappingEnd());
                break;
            case DocNodeKind.Sequence:
                var style = node.PreferFlow ? SequenceStyle.Flow : SequenceStyle.Block;
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, style));
                foreach (var item in node.Items)
                {
                    WriteNode(emitter, item);
                }
                emitter.Emit(new SequenceEnd());
                break;
            default:
                WriteScalar(emitter, node);
                break;
        }
    }

    private static void WriteScalar(IEmitter emitter, DocNode node)
    {
        if (node.ScalarType == ScalarType.Null || node.Text is null)
        {
            emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, "null", ScalarStyle.Plain, true, false));
            return;
        }
        var text = node.Text;
        if (node.ScalarType != ScalarType.String)
        {
            emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Plain, true, false));
            return;
        }
        var scalarStyle = text switch
        {
            _ when YamlTreeReader.NeedsQuotes(text) => ScalarStyle.DoubleQuoted,
            // Block styles cannot hold leading or trailing blanks faithfully; quoting can.
            _ when text != text.Trim() => ScalarStyle.DoubleQuoted,
            _ when text.Contains('\n') => ScalarStyle.Literal,
            _ when text.Length > FoldAbove => ScalarStyle.Folded,
            _ => ScalarStyle.Any,
        };
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, scalarStyle, true, true));
    }
}
