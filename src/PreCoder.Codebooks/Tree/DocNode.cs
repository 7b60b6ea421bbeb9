using System.Globalization;

namespace PreCoder.Codebooks.Tree;

/// <summary>
/// A YAML or JSON value with the line it starts on. Both formats parse into this one tree so a single reader
/// maps it to a codebook and reports problems in the same words for either.
/// </summary>
internal sealed class DocNode
{
    private DocNode(DocNodeKind kind, int line)
    {
        Kind = kind;
        Line = line;
    }

    public DocNodeKind Kind { get; }

    /// <summary>1-based; 0 for trees built in memory to be written.</summary>
    public int Line { get; }

    public string? Text { get; private init; }

    public ScalarType ScalarType { get; private init; }

    public List<DocEntry> Entries { get; } = [];

    public List<DocNode> Items { get; } = [];

    /// <summary>Write a short list on one line (<c>[male, female]</c>) rather than one item per line.</summary>
    public bool PreferFlow { get; set; }

    /// <summary>True for a written <c>null</c>/<c>~</c>/empty value, which readers treat as "not given".</summary>
    public bool IsNull => Kind == DocNodeKind.Scalar && ScalarType == ScalarType.Null;

    public static DocNode Scalar(string? text, ScalarType type, int line = 0) =>
        new(DocNodeKind.Scalar, line) { Text = text, ScalarType = text is null ? ScalarType.Null : type };

    public static DocNode String(string? text) => Scalar(text, ScalarType.String);

    public static DocNode Number(double value) =>
        Scalar(value.ToString("R", CultureInfo.InvariantCulture), ScalarType.Number);

    public static DocNode Mapping(int line = 0) => new(DocNodeKind.Mapping, line);

    public static DocNode Sequence(int line = 0) => new(DocNodeKind.Sequence, line);

    /// <summary>Adds an entry and returns this node, for building trees to write.</summary>
    public DocNode Add(string key, DocNode value)
    {
        Entries.Add(new DocEntry(key, 0, value));
        return this;
    }

    public DocNode AddItem(DocNode value)
    {
        Items.Add(value);
        return this;
    }

    public string Describe() => Kind switch
    {
        DocNodeKind.Mapping => "a mapping",
        DocNodeKind.Sequence => "a list",
        _ => ScalarType switch
        {
            ScalarType.Null => "null",
            ScalarType.Number => $"the number {Text}",
            ScalarType.Boolean => $"'{Text}'",
            _ => $"'{Text}'",
        },
    };
}
