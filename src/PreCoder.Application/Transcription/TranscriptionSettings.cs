using PreCoder.Core.Errors;
using PreCoder.Transcription.Models;
using PreCoder.Transcription.Processing;

namespace PreCoder.Application.Transcription;

/// <summary>Reads the <c>Transcription</c> section, with a pipeline stage's own options on top, and finds the model.</summary>
public static class TranscriptionSettings
{
    /// <summary>Binds and validates; <paramref name="stageOptions"/> (model, modelPath, language, translate, prompt, speakers, maxConcurrency) win over appsettings.</summary>
    public static TranscriptionOptions Read(StudySession session, IReadOnlyDictionary<string, string>? stageOptions = null)
    {
        var options = session.Configuration.Bind<TranscriptionOptions>(TranscriptionOptions.Section);
        if (stageOptions is not null)
        {
            foreach (var (key, value) in stageOptions)
            {
                switch (key.ToLowerInvariant())
                {
                    case "model": options.Model = value; break;
                    case "modelpath": options.ModelPath = value; break;
                    case "language": options.Language = value; break;
                    case "prompt": options.Prompt = value; break;
                    case "translate":
                        options.Translate = bool.TryParse(value, out var t) ? t : throw new InputException("pipeline", null, $"transcribe option translate: '{value}' is not true or false");
                        break;
                    case "maxconcurrency":
                        options.MaxConcurrency = int.TryParse(value, out var c) && c > 0 ? c : throw new InputException("pipeline", null, $"transcribe option maxConcurrency: '{value}' is not a positive number");
                        break;
                    case "speakers":
                        options.Speakers = int.TryParse(value, out var n) ? n : throw new InputException("pipeline", null, $"transcribe option speakers: '{value}' is not a number");
                        break;
                }
            }
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
