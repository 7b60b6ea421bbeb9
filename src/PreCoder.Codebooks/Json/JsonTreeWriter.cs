using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PreCoder.Codebooks.Tree;

namespace PreCoder.Codebooks.Json;

/// <summary>Writes a <see cref="DocNode"/> tree as indented JSON; the same input always gives the same bytes.</summary>
internal static class JsonTreeWriter
{
    public static string Write(DocNode root)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // Definitions are prose in many languages; escaping every accent would make the file unreadable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            WriteNode(writer, root);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteNode(Utf8JsonWriter writer, DocNode node)
    {
        switch (node.Kind)
        {
            case DocNodeKind.Mapping:
                writer.WriteStartObject();
                foreach (var entry in node.Entries)
                {
                    writer.WritePropertyName(entry.Key);
                    WriteNode(writer, entry.Value);
                }
                writer.WriteEndObject();
                break;
            case DocNodeKind.Sequence:
                writer.WriteStartArray();
                foreach (var item in node.Items)
                {
                    WriteNode(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                switch (node.ScalarType)
                {
                    case ScalarType.Null:
                        writer.WriteNullValue();
                        break;
                    case ScalarType.Number:
                        writer.WriteRawValue(node.Text!);
                        break;
                    case ScalarType.Boolean:
                        writer.WriteBooleanValue(node.Text == "true");
                        break;
                    default:
                        writer.WriteStringValue(node.Text);
                        break;
                }
                break;
        }
    }
}
