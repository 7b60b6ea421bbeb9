using System.Text;
using System.Text.Json;
using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Tree;

namespace PreCoder.Codebooks.Json;

/// <summary>
/// Parses JSON into a <see cref="DocNode"/> tree with line numbers. Utf8JsonReader reports byte offsets, not
/// lines, so lines come from an index of newline offsets; JsonDocument would lose positions and duplicates.
/// </summary>
internal static class JsonTreeReader
{
    public static DocNode? Read(string text, DiagnosticBag diagnostics)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new JsonLineIndex(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            // Editors and people add these; refusing them would only annoy.
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        try
        {
            if (!reader.Read())
            {
                diagnostics.Error(null, "the file is empty", "start with {\"schema\": \"precoder-codebook/1\", ...}");
                return null;
            }
            return ReadValue(ref reader, lines, diagnostics);
        }
        catch (JsonException ex)
        {
            diagnostics.Error((int)(ex.LineNumber ?? 0) + 1, $"JSON syntax error: {ex.Message.Split(" Path:")[0]}", "check commas, quotes and brackets near this line");
            return null;
        }
    }

    private static DocNode ReadValue(ref Utf8JsonReader reader, JsonLineIndex lines, DiagnosticBag diagnostics)
    {
        var line = lines.LineOf(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var mapping = DocNode.Mapping(line);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var keyLine = lines.LineOf(reader.TokenStartIndex);
                    var key = reader.GetString() ?? "";
                    reader.Read();
                    var value = ReadValue(ref reader, lines, diagnostics);
                    var first = mapping.Entries.FirstOrDefault(e => e.Key == key);
                    if (first is not null)
                    {
                        diagnostics.Error(keyLine, $"duplicate key '{key}' (first given on line {first.Line})", "keep one and delete the other");
                        continue;
                    }
                    mapping.Entries.Add(new DocEntry(key, keyLine, value));
                }
                return mapping;
            case JsonTokenType.StartArray:
                var sequence = DocNode.Sequence(line);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    sequence.Items.Add(ReadValue(ref reader, lines, diagnostics));
                }
                return sequence;
            case JsonTokenType.String:
                return DocNode.Scalar(reader.GetString(), ScalarType.String, line);
            case JsonTokenType.Number:
                return DocNode.Scalar(Encoding.UTF8.GetString(reader.ValueSpan), ScalarType.Number, line);
            case JsonTokenType.True:
                return DocNode.Scalar("true", ScalarType.Boolean, line);
            case JsonTokenType.False:
                return DocNode.Scalar("false", ScalarType.Boolean, line);
            default:
                return DocNode.Scalar(null, ScalarType.Null, line);
        }
    }
}
