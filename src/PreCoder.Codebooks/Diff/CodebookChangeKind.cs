using System.Text.Json.Serialization;

namespace PreCoder.Codebooks.Diff;

[JsonConverter(typeof(JsonStringEnumConverter<CodebookChangeKind>))]
public enum CodebookChangeKind
{
    Added = 0,
    Removed = 1,

    /// <summary>Same id, new name.</summary>
    Renamed = 2,

    /// <summary>Definition, inclusion, exclusion or indicators changed: what coders look for.</summary>
    Redefined = 3,

    /// <summary>The values a code may take, or their anchor texts, changed.</summary>
    ScaleChanged = 4,

    /// <summary>The variable now belongs to another category.</summary>
    MovedCategory = 5,

    /// <summary>Unit, role, applies_to or importance guidance changed.</summary>
    SettingsChanged = 6,

    CategoryAdded = 7,
    CategoryRemoved = 8,
    CategoryRenamed = 9,
}
