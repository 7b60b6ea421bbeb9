using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace PreCoder.Cli.Infrastructure;

/// <summary>
/// Where results go: JSON on standard output with --json, otherwise readable lines. Progress and logs
/// always go to standard error so output can be piped.
/// </summary>
public sealed class Output(bool json)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public bool Json { get; } = json;

    /// <summary>The console for people: standard error, so it never mixes with piped output.</summary>
    public static IAnsiConsole Human { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });

    /// <summary>Writes the result: JSON when asked, else the human text on standard output.</summary>
    public void Result(object value, string human)
    {
        if (Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(value, value.GetType(), JsonOptions));
        }
        else
        {
            Console.Out.WriteLine(human);
        }
    }

    /// <summary>Opens the export target: the --out file, or standard output.</summary>
    public static TextWriter OpenTarget(string? outFile)
    {
        if (string.IsNullOrEmpty(outFile) || outFile == "-")
        {
            return new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        }
        var dir = Path.GetDirectoryName(Path.GetFullPath(outFile));
        if (dir is not null)
        {
            Directory.CreateDirectory(dir);
        }
        return new StreamWriter(outFile, false, new System.Text.UTF8Encoding(false));
    }
}
