using PreCoder.Core.Codebooks;

namespace PreCoder.Reporting.Matrices;

/// <summary>One column of the analysis matrix.</summary>
/// <param name="Name">A name valid in SPSS and R (letters, digits, '_', starting with a letter, unique case-insensitively).</param>
/// <param name="Source">The attribute name or variable id it comes from.</param>
/// <param name="Label">The variable's name in the study's tables, or the attribute name.</param>
/// <param name="Kind">Interview id, attribute or variable.</param>
/// <param name="Scale">The variable's scale (variables only).</param>
/// <param name="Numeric">True when every value is a number (always for variables).</param>
/// <param name="Width">The longest value in UTF-8 bytes, for SPSS string formats.</param>
public sealed record MatrixColumn(string Name, string Source, string Label, MatrixColumnKind Kind, Scale? Scale, bool Numeric, int Width)
{
    /// <summary>Value labels (code -> text): the scale's anchors, or its categories for nominal scales; empty otherwise.</summary>
    public IReadOnlyList<(double Code, string Label)> ValueLabels => Scale switch
    {
        null => [],
        { Kind: ScaleKind.Nominal } s => s.Categories.Select((c, i) => ((double)i, c)).ToArray(),
        { Kind: ScaleKind.Numeric } => [],
        var s => s.Levels.Select(l => (l, s.Anchors.TryGetValue((int)l, out var a) ? a : l.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray(),
    };
}
