using System.Globalization;
using PreCoder.Agreement;

namespace PreCoder.Benchmarks;

/// <summary>
/// Writes the synthetic seed study (one units x coders CSV per variable, via the library's writer) plus our ordinal
/// alphas, so python/ordinal_alpha_numpy.py can time the same data and check it gets the same values.
/// </summary>
public static class SeedStudyExport
{
    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        var variables = SeedStudyData.Create();
        var units = Enumerable.Range(1, SeedStudyData.Units).Select(u => u.ToString(CultureInfo.InvariantCulture)).ToArray();
        string[] coders = ["human1", "human2", "human3", "machine"];
        using var alphas = new StreamWriter(Path.Combine(directory, "csharp_alpha.csv"));
        alphas.Write("variable,alpha_ordinal,ci_low,ci_high\n");
        for (var v = 0; v < variables.Length; v++)
        {
            using (var file = new StreamWriter(Path.Combine(directory, $"var{v:000}.csv")))
            {
                RatingMatrixCsvWriter.Write(file, variables[v], units, coders);
            }

            var r = KrippendorffAlpha.Compute(variables[v], MeasurementLevel.Ordinal, new BootstrapOptions(SeedStudyWorkload.Resamples, (ulong)v));
            alphas.Write(string.Create(CultureInfo.InvariantCulture, $"{v},{r.Value:R},{r.CiLow:R},{r.CiHigh:R}\n"));
        }
    }
}
