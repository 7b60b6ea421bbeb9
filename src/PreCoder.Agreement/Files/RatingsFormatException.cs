namespace PreCoder.Agreement;

/// <summary>A ratings file that cannot be read as its layout says; <see cref="Line"/> is where the problem is.</summary>
public sealed class RatingsFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="line">1-based line of the file; null when the problem is the whole file.</param>
    /// <param name="problem">What is wrong, one line.</param>
    public RatingsFormatException(int? line, string problem)
        : base(line is { } n ? $"line {n}: {problem}" : problem)
    {
        Line = line;
        Problem = problem;
    }

    /// <summary>Gets the 1-based line of the problem, or null when it concerns the whole file.</summary>
    public int? Line { get; }

    /// <summary>Gets what is wrong, without the line.</summary>
    public string Problem { get; }
}
