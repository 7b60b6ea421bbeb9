using System.Globalization;

namespace PreCoder.Core.Coding;

/// <summary>
/// A value on a variable's scale, or missing. Missing (interview cut short, not explored, refused) is
/// never the same as 0: statistics treat it as missing data. Nominal categories are held by their index in the scale.
/// </summary>
public readonly record struct Score(double? Value, string? MissingReason = null)
{
    public bool IsMissing => Value is null;

    public static Score Missing(string? reason = null) => new(null, reason);

    public static Score Of(double value) => new(value);

    public override string ToString() => Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "missing";
}
