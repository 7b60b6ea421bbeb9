using System.Globalization;

namespace PreCoder.Agreement;

/// <summary>
/// Writes one variable's units x coders matrix as CSV for re-checking in R or Python:
/// header <c>unit,coder1,coder2,...</c>, one row per unit, missing scores as <c>NA</c> (R's
/// <c>read.csv</c> default; pandas reads it as NaN too), numbers culture-invariant and round-trippable.
/// </summary>
public static class RatingMatrixCsvWriter
{
    /// <summary>The text written for a missing score.</summary>
    public const string Missing = "NA";

    /// <summary>Writes the matrix.</summary>
    /// <param name="writer">Destination; not closed.</param>
    /// <param name="ratings">The matrix.</param>
    /// <param name="unitLabels">One label per unit (row order); quoted when they hold commas, quotes or line breaks.</param>
    /// <param name="coderLabels">One label per coder (column order).</param>
    /// <exception cref="ArgumentException">The label counts do not match the matrix.</exception>
    public static void Write(TextWriter writer, RatingMatrix ratings, IReadOnlyList<string> unitLabels, IReadOnlyList<string> coderLabels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(unitLabels);
        ArgumentNullException.ThrowIfNull(coderLabels);
        if (unitLabels.Count != ratings.Units || coderLabels.Count != ratings.Coders)
        {
            throw new ArgumentException($"Need {ratings.Units} unit and {ratings.Coders} coder labels; got {unitLabels.Count} and {coderLabels.Count}.");
        }

        writer.Write("unit");
        foreach (var coder in coderLabels)
        {
            writer.Write(',');
            writer.Write(Quote(coder));
        }

        writer.Write('\n');
        for (var u = 0; u < ratings.Units; u++)
        {
            writer.Write(Quote(unitLabels[u]));
            foreach (var v in ratings.Row(u))
            {
                writer.Write(',');
                writer.Write(double.IsNaN(v) ? Missing : v.ToString("R", CultureInfo.InvariantCulture));
            }

            writer.Write('\n');
        }
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
