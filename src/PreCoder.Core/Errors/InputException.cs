namespace PreCoder.Core.Errors;

/// <summary>
/// Bad input a person can fix: the message is one line naming the file, the line or row, and what is wrong,
/// formatted <c>file:line: message</c> as compilers do so editors can jump to it.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string file, int? line, string problem)
        : base(Format(file, line, problem))
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public string File { get; }

    /// <summary>1-based line (or row) number; null when the problem is the whole file.</summary>
    public int? Line { get; }

    public string Problem { get; }

    private static string Format(string file, int? line, string problem) =>
        line is { } n ? $"{file}:{n}: {problem}" : $"{file}: {problem}";
}
