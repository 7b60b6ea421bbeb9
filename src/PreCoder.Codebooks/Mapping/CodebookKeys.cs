namespace PreCoder.Codebooks.Mapping;

/// <summary>The keys of precoder-codebook/1, in the order writers emit them (docs/codebook-format.md).</summary>
internal static class CodebookKeys
{
    public const string SchemaName = "precoder-codebook/1";

    public static readonly string[] Top =
        ["schema", "id", "name", "version_note", "description", "source", "scales", "missing_reasons", "categories", "variables"];

    public static readonly string[] Scale = ["kind", "min", "max", "anchors", "categories", "description"];

    public static readonly string[] Category = ["id", "name", "description"];

    public static readonly string[] Variable =
        ["id", "name", "category", "scale", "unit", "role", "applies_to", "definition", "inclusion", "exclusion", "indicators", "importance"];

    public static readonly string[] ScaleKinds = ["ordinal", "binary", "nominal", "numeric"];

    public static readonly string[] Units = ["interview", "passage"];

    public static readonly string[] Roles = ["interviewee", "interviewer", "any"];
}
