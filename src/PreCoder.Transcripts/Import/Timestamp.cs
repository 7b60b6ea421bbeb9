using System.Globalization;

namespace PreCoder.Transcripts.Import;

/// <summary>Reads times written as seconds (<c>83.5</c>) or clock time (<c>HH:MM:SS(.mmm)</c>, <c>MM:SS</c>, SRT's comma).</summary>
public static class Timestamp
{
    public static bool TryParse(string text, out double seconds)
    {
        seconds = 0;
        text = text.Trim().Replace(',', '.');
        if (text.Length == 0)
        {
            return false;
        }
        if (!text.Contains(':'))
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) && seconds >= 0 && double.IsFinite(seconds);
        }
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3)
        {
            return false;
        }
        double total = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var isLast = i == parts.Length - 1;
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v < 0 || (!isLast && v != Math.Floor(v)) || (i > 0 && v >= 60))
            {
                return false;
            }
            total = total * 60 + v;
        }
        seconds = total;
        return true;
    }

    public static string Format(double seconds, char fractionSeparator = '.')
    {
        var t = TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
        return $"{(int)t.TotalHours:D2}:{t.Minutes:D2}:{t.Seconds:D2}{fractionSeparator}{t.Milliseconds:D3}";
    }
}
