using Microsoft.ML.Data;

namespace PreCoder.Classification.Trained;

/// <summary>One passage as ML.NET sees it when learning a passage-level variable.</summary>
public sealed class PassageRow
{
    /// <summary><see cref="PassageFeatures"/>; its length is set per encoder through the schema.</summary>
    public VBuffer<float> Features { get; set; }

    /// <summary>The coder's code for the passage, as text (a category index or a score; training only).</summary>
    public string Label { get; set; } = "";

    /// <summary>
    /// Training weight: codes are weighted so each code counts as much in total as any other. Most passages are not
    /// about a given variable, and unweighted the model learns to say "no" everywhere.
    /// </summary>
    public float Weight { get; set; } = 1;
}
