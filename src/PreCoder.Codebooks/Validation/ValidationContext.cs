using PreCoder.Codebooks.Diagnostics;

namespace PreCoder.Codebooks.Validation;

/// <summary>Reports validator findings at the line the source map gives for a model path.</summary>
internal sealed record ValidationContext(DiagnosticBag Bag, SourceMap Map)
{
    public void Error(string path, string message, string? hint) => Bag.Error(Map.Line(path), message, hint);

    public void Warning(string path, string message, string? hint) => Bag.Warning(Map.Line(path), message, hint);

    /// <summary>"line 12" when known, else the model path, for messages that point at a first occurrence.</summary>
    public string Where(string path) => Map.Line(path) is { } line ? $"line {line}" : path;
}
