namespace PreCoder.Cli.Tests;

/// <summary>Keeps every report, on the reporting thread (unlike <see cref="Progress{T}"/>, which posts them later).</summary>
internal sealed class CollectingProgress<T> : IProgress<T>
{
    public List<T> Reports { get; } = [];

    public void Report(T value) => Reports.Add(value);
}
