namespace PreCoder.Classification.Trained;

/// <summary>The <c>Classifiers:Trained</c> configuration section.</summary>
public sealed class TrainerOptions
{
    public const string Section = "Classifiers:Trained";

    /// <summary>MLContext seed, so the same codes give the same model. The default value is 17.</summary>
    public int Seed { get; set; } = 17;

    /// <summary>Boosted trees. The default value is 100.</summary>
    public int Trees { get; set; } = 100;

    /// <summary>Leaves per tree. The default value is 8.</summary>
    public int Leaves { get; set; } = 8;

    /// <summary>Examples a leaf needs, which keeps a small study from being memorised. The default value is 5.</summary>
    public int MinExamplesPerLeaf { get; set; } = 5;

    /// <summary>Spans sampled to measure each evidence centroid's similarity distribution. The default value is 20000.</summary>
    public int ReferenceSpans { get; set; } = 20000;
}
