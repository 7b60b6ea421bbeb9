using PreCoder.Application.StageOptions;
using PreCoder.Core.Errors;

namespace PreCoder.Application.Pipeline;

/// <summary>
/// What a stage is given: the input paths of the run and the stage's own options as written (kept as text because
/// they are part of each item's input hash); <see cref="OptionsAs{T}"/> gives them typed.
/// </summary>
public sealed record StageInput(IReadOnlyList<string> Paths, IReadOnlyDictionary<string, string> Options)
{
    /// <summary>Where the options were written, for error messages. The default value is options built in code.</summary>
    public StageOptionsOrigin Origin { get; init; } = StageOptionsOrigin.Code;

    /// <summary>The options bound to the stage's options class. The runner has validated them before the run began.</summary>
    public T OptionsAs<T>()
        where T : class, new() =>
        StageOptionsBinder.Bind<T>(typeof(T).Name, Options, Origin);

    private string? Option(string key) => Options.TryGetValue(key, out var v) ? v : null;

    /// <summary>
    /// Resolves a path option: absolute as given; else inside an input folder (or beside an input file) when it
    /// exists there, so a pipeline can name files of the data set it runs on; else relative to the current folder.
    /// </summary>
    public string ResolvePath(string option)
    {
        var value = Option(option) ?? throw new InputException("pipeline", null, $"stage option '{option}' is required");
        if (Path.IsPathRooted(value))
        {
            return value;
        }
        foreach (var input in Paths)
        {
            var baseDir = Directory.Exists(input) ? input : Path.GetDirectoryName(Path.GetFullPath(input));
            var candidate = baseDir is null ? null : Path.Combine(baseDir, value);
            if (candidate is not null && (File.Exists(candidate) || Directory.Exists(candidate)))
            {
                return Path.GetFullPath(candidate);
            }
        }
        return Path.GetFullPath(value);
    }

    /// <summary>
    /// One file of the run that this input is narrowed to (a distributed job works on one file). Options, and so the
    /// item's input hash, are unchanged: the job's hash equals the one the whole run planned.
    /// </summary>
    public string? OnlyFile { get; init; }

    /// <summary>
    /// The options an item's input hash is computed from when they differ from the stage's own: <c>ingest</c> gave its
    /// transcribe stage the import options too before stages had typed options, and recordings ingested then keep their
    /// hash - so ingesting a folder again does not transcribe them a second time.
    /// </summary>
    public IReadOnlyDictionary<string, string>? HashedOptions { get; init; }

    /// <summary>The paths a file-reading stage works on: the one file it is narrowed to, else its own <c>path</c> option when set, else the run's inputs.</summary>
    public IReadOnlyList<string> SourcePaths => OnlyFile is not null ? [OnlyFile] : Option("path") is { Length: > 0 } ? [ResolvePath("path")] : Paths;
}
