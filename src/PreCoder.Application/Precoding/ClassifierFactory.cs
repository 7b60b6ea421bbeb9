using Microsoft.EntityFrameworkCore;
using PreCoder.Classification.Calibration;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Embeddings;
using PreCoder.Classification.Trained;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Errors;
using PreCoder.Core.Passages;

namespace PreCoder.Application.Precoding;

/// <summary>
/// Builds the classifier a command asks for from the study's settings: the encoder (<c>Encoder</c> section, cached in
/// the study's Embeddings table), the zero-shot rules (<c>Classifiers:Embedded</c>) and, for <c>trained</c>, the model
/// saved by <c>precoder train</c>.
/// </summary>
public static class ClassifierFactory
{
    public const string Embedded = EmbeddedClassifier.ClassifierName;
    public const string Trained = TrainedClassifier.ClassifierName;

    private static readonly Dictionary<(EncoderKind, EncoderPrecision), SentenceTransformerEncoder> Encoders = [];

    /// <summary>
    /// One loaded model per encoder kind and precision per process: loading takes about a second. Each call runs on one
    /// thread; <see cref="LengthBatcher"/> runs <c>Encoder:Threads</c> batches at once.
    /// </summary>
    public static ITextEncoder TextEncoder(EncoderOptions options)
    {
        lock (Encoders)
        {
            if (!Encoders.TryGetValue((options.Kind, options.Precision), out var encoder))
            {
                encoder = SentenceTransformerEncoder.Create(options.Kind, options.Precision, threads: 1);
                Encoders[(options.Kind, options.Precision)] = encoder;
            }
            return encoder;
        }
    }

    public static EncoderOptions EncoderOptions(StudySession session)
    {
        var options = session.Configuration.Bind<EncoderOptions>(PreCoder.Classification.Embeddings.EncoderOptions.Section);
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new InputException("configuration", null, ex.Message);
        }
        return options;
    }

    public static CachedPassageEncoder PassageEncoder(StudySession session) =>
        new(new PassageEncoder(TextEncoder(EncoderOptions(session)), EncoderOptions(session)), new DbEmbeddingCache(session));

    /// <summary>All passages of the study, ordered by interview and position.</summary>
    public static async Task<IReadOnlyList<Passage>> StudyPassagesAsync(StudySession session, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        return await db.Passages.AsNoTracking().OrderBy(p => p.InterviewId).ThenBy(p => p.Index).ToListAsync(cancellationToken);
    }

    /// <summary>The zero-shot classifier over the whole study; <paramref name="calibrated"/> false for evaluation and training, which need raw confidence.</summary>
    public static async Task<EmbeddedClassifier> CreateEmbeddedAsync(StudySession session, StudyCodebook codebook, IReadOnlyList<Passage> studyPassages, bool calibrated, CancellationToken cancellationToken)
    {
        var zeroShot = session.Configuration.Bind<ZeroShotOptions>(ZeroShotOptions.Section);
        try
        {
            zeroShot.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new InputException("configuration", null, ex.Message);
        }
        // Calibration and trained models made on another machine of a shared study.
        await StudyFiles.PullAsync(session, session.Folder.ModelsDirectory, cancellationToken);
        var encoder = PassageEncoder(session);
        session.Notes.Report($"embedding {studyPassages.Count} passages with {encoder.Name} (cached passages are read back)...");
        var calibrator = calibrated ? CalibrationFile.TryLoad(session.Folder.ModelsDirectory, Embedded) : null;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var embedded = await Task.Run(() => EmbeddedClassifier.Create(encoder, codebook.Codebook, studyPassages, zeroShot, calibrator, session.Time, cancellationToken), cancellationToken);
        session.Notes.Report($"{encoder.Embedded} passages embedded now, {studyPassages.Count - encoder.Embedded} read from the cache ({started.Elapsed.TotalSeconds:0.0} s)");
        return embedded;
    }

    public static async Task<IClassifier> CreateAsync(StudySession session, string name, StudyCodebook codebook, IReadOnlyList<Passage> studyPassages, string? model, CancellationToken cancellationToken)
    {
        if (name.ToLowerInvariant() is not (Embedded or Trained or LlmClassifierFactory.Name))
        {
            throw new InputException("--classifier", null, $"'{name}' is not a classifier here (embedded, trained, llm)");
        }
        // The LLM's settings and privacy guard are checked before the embedding, which can take minutes.
        var llm = name.Equals(LlmClassifierFactory.Name, StringComparison.OrdinalIgnoreCase) ? LlmSetup.Connect(session) : null;
        var embedded = await CreateEmbeddedAsync(session, codebook, studyPassages, calibrated: true, cancellationToken);
        switch (name.ToLowerInvariant())
        {
            case Embedded:
                return embedded;
            case LlmClassifierFactory.Name:
                return LlmClassifierFactory.Create(session, codebook, studyPassages, embedded, llm);
            case Trained:
                var path = TrainedModelPath(session, model);
                try
                {
                    return TrainedClassifier.Load(path, embedded, codebook.Codebook, session.Time);
                }
                catch (InvalidDataException ex)
                {
                    throw new InputException(path, null, ex.Message);
                }
            default:
                throw new InputException("--classifier", null, $"'{name}' is not a classifier here (embedded, trained)");
        }
    }

    /// <summary>The model named by --model, else the most recently trained one in the study's models folder.</summary>
    public static string TrainedModelPath(StudySession session, string? model)
    {
        // A model is found by its metadata JSON: a coder who coded passages only has no main zip, and the passage
        // models' zips beside it are parts of the model, not models of their own.
        if (!string.IsNullOrEmpty(model))
        {
            var explicitPath = File.Exists(model) ? model : Path.Combine(session.Folder.ModelsDirectory, model.EndsWith(".zip", StringComparison.Ordinal) ? model : model + ".zip");
            return File.Exists(TrainedClassifier.MetadataPath(explicitPath)) ? explicitPath : throw new UnavailableException($"no trained model '{model}' (looked for {TrainedClassifier.MetadataPath(explicitPath)})");
        }
        var latest = Directory.Exists(session.Folder.ModelsDirectory)
            ? new DirectoryInfo(session.Folder.ModelsDirectory).GetFiles("trained-*.json").OrderByDescending(f => f.LastWriteTimeUtc).FirstOrDefault()
            : null;
        return latest is not null
            ? Path.ChangeExtension(latest.FullName, ".zip")
            : throw new UnavailableException("no trained model in the study yet; train one with 'precoder train --coder NAME'");
    }
}
