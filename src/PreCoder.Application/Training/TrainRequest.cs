namespace PreCoder.Application.Training;

/// <summary>Whose codes to learn from, and how many folds of cross-validation to record with the model (0 for none).</summary>
public sealed record TrainRequest(string Coder, int Folds = 5)
{
    public IReadOnlyDictionary<string, string> StageOptions() =>
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["coder"] = Coder, ["folds"] = Folds.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
