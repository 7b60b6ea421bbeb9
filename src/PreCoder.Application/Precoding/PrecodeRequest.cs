namespace PreCoder.Application.Precoding;

/// <summary>Which classifier pre-codes which interviews.</summary>
public sealed record PrecodeRequest(string Classifier)
{
    /// <summary>Interviews to pre-code; empty for every interview with passages.</summary>
    public IReadOnlyList<string> Interviews { get; init; } = [];

    /// <summary>For the trained classifier: a model file or name in the study's models folder; null for the latest.</summary>
    public string? Model { get; init; }

    public IReadOnlyDictionary<string, string> StageOptions()
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["classifier"] = Classifier };
        if (Model is not null)
        {
            options["model"] = Model;
        }
        if (Interviews.Count > 0)
        {
            options[PrecodeStage.InterviewsOption] = string.Join(",", Interviews);
        }
        return options;
    }
}
