namespace PreCoder.Codebooks.Spreadsheets;

/// <summary>The variable table's columns; the first eight are required in this order, the rest are read when present.</summary>
internal static class SpreadsheetColumns
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Category = "category";
    public const string Definition = "definition";
    public const string Scale = "scale";
    public const string Anchors = "anchors";
    public const string Unit = "unit";
    public const string Role = "role";
    public const string Inclusion = "inclusion";
    public const string Exclusion = "exclusion";
    public const string Indicators = "indicators";
    public const string AppliesTo = "applies_to";
    public const string Importance = "importance";

    /// <summary>Description of a variable's own scale (one given by notation plus anchors rather than by name).</summary>
    public const string ScaleDescription = "scale_description";

    public static readonly string[] Required = [Id, Name, Category, Definition, Scale, Anchors, Unit, Role];

    public static readonly string[] Optional = [Inclusion, Exclusion, Indicators, AppliesTo, Importance, ScaleDescription];

    public static readonly string[] All = [.. Required, .. Optional];

    /// <summary>Codebook-level rows (<c>#key,...</c> in CSV, the "codebook" sheet in XLSX).</summary>
    public static readonly string[] MetaKeys = ["id", "name", "version_note", "description", "source", "missing_reasons", "category", "scale"];

    /// <summary>Separates list items inside one cell (indicators, missing reasons).</summary>
    public const char ListSeparator = '|';
}
