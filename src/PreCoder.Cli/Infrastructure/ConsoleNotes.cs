namespace PreCoder.Cli.Infrastructure;

/// <summary>
/// Notes from an application service (a study created, a fallback taken), written to standard error at once: unlike
/// <see cref="Progress{T}"/>, which posts to the thread pool, a note cannot land after the result it explains.
/// </summary>
public sealed class ConsoleNotes : IProgress<string>
{
    public static ConsoleNotes Instance { get; } = new();

    public void Report(string value) => Console.Error.WriteLine(value);
}
