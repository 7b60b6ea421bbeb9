using PreCoder.Core.Errors;
using PreCoder.Transcription.Models;
using PreCoder.Transcription.Processing;

namespace PreCoder.Application.Transcription;

/// <summary>Reads the <c>Transcription</c> section, with a pipeline stage's own options on top, and finds the model.</summary>
public static class TranscriptionSettings
{
    /// <summary>Binds and validates; the options <paramref name="stage"/> sets win over appsettings.</summary>
    public static TranscriptionOptions Read(StudySession session, TranscribeStageOptions? stage = null)
    {
        var options = session.Configuration.Bind<TranscriptionOptions>(TranscriptionOptions.Section);
        if (stage is not null)
        {
            options.Model = stage.Model ?? options.Model;
            options.ModelPath = stage.ModelPath ?? options.ModelPath;
            options.Language = stage.Language ?? options.Language;
            options.Prompt = stage.Prompt ?? options.Prompt;
            options.Translate = stage.Translate ?? options.Translate;
            options.MaxConcurrency = stage.MaxConcurrency ?? options.MaxConcurrency;
            options.Speakers = stage.Speakers ?? options.Speakers;
        }
        options.Validate();
        return options;
    }

    public static ModelManifest Manifest(StudySession session) => ModelManifest.Load(session.Configuration["Transcription:ManifestPath"]);

    /// <summary>Where named models are looked for: the study's <c>models/</c>, the tool's, then <c>./models</c>.</summary>
    public static IReadOnlyList<string> ModelDirectories(StudySession session)
    {
        var dirs = new List<string>();
        if (session.Folder.Exists)
        {
            dirs.Add(session.Folder.ModelsDirectory);
        }
        dirs.Add(Path.Combine(AppContext.BaseDirectory, "models"));
        dirs.Add(Path.GetFullPath("models"));
        return dirs.Distinct(StringComparer.Ordinal).ToArray();
    }

    public static string ResolveModel(StudySession session, TranscriptionOptions options) =>
        ModelLocator.Resolve(options, ModelDirectories(session), Manifest(session));
}
