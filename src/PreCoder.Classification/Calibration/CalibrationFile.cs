using System.Text.Json;

namespace PreCoder.Classification.Calibration;

/// <summary>
/// A fitted calibrator kept in the study's models folder as <c>calibration-{classifier}.json</c>, written by
/// <c>evaluate</c> from held-out agreement with a coder and read by <c>precode</c>.
/// </summary>
public static class CalibrationFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string PathFor(string modelsDirectory, string classifier) => Path.Combine(modelsDirectory, $"calibration-{classifier}.json");

    public static void Save(string modelsDirectory, string classifier, IsotonicCalibrator calibrator, string fittedOn)
    {
        Directory.CreateDirectory(modelsDirectory);
        var dto = new CalibrationDto(classifier, fittedOn, calibrator.Raw.ToArray(), calibrator.Calibrated.ToArray());
        File.WriteAllText(PathFor(modelsDirectory, classifier), JsonSerializer.Serialize(dto, Json));
    }

    /// <summary>The saved calibrator, or null when there is none or it cannot be read (confidence then stays raw).</summary>
    public static IsotonicCalibrator? TryLoad(string modelsDirectory, string classifier)
    {
        var path = PathFor(modelsDirectory, classifier);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            var dto = JsonSerializer.Deserialize<CalibrationDto>(File.ReadAllText(path), Json);
            return dto is { Raw.Length: > 0 } && dto.Raw.Length == dto.Calibrated.Length ? new IsotonicCalibrator(dto.Raw, dto.Calibrated) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record CalibrationDto(string Classifier, string FittedOn, double[] Raw, double[] Calibrated);
}
