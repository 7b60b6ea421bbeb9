using System.Text.Json;

namespace PreCoder.Reporting.Rendering;

/// <summary>JSON has no NaN: undefined coefficients are written as null.</summary>
internal static class JsonNumbers
{
    public static void Write(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, Math.Round(value, 10));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void Write(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            Write(writer, name, v);
        }
    }
}
