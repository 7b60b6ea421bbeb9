namespace PreCoder.Codebooks.Qdc;

/// <summary>Names used in .qdc files: the REFI-QDA elements and the keys of PreCoder's description block.</summary>
internal static class QdcKeys
{
    public const string Namespace = "urn:QDA-XML:codebook:1.0";
    public const string Origin = "PreCoder";
    public const string CodebookSetName = "PreCoder codebook";

    /// <summary>Codes that third-party files keep at the top level without children land in this category.</summary>
    public const string Uncategorized = "uncategorized";

    public static readonly string[] CodebookBlock = ["codebook_id", "name", "version_note", "source", "missing_reason"];

    public static readonly string[] ScaleBlock = ["scale_name", "kind", "min", "max", "anchor", "category"];

    public static readonly string[] CategoryBlock = ["category_id"];

    public static readonly string[] VariableBlock =
        ["id", "scale", "anchors", "scale_description", "unit", "role", "applies_to", "inclusion", "exclusion", "indicator", "importance"];
}
