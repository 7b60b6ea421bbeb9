using System.Globalization;
using System.Text.Json;
using PreCoder.Core.Passages;
using PreCoder.Core.Transcripts;
using PreCoder.Store.Transcripts;

namespace PreCoder.Application.Transcription;

/// <summary>
/// The <c>transcribe</c> stage: each recording under the input paths becomes an interview (id = file name without
/// extension) whose segments and passages are replaced in one transaction. Options: model, modelPath, language,
/// translate, prompt, speakers, passages (override the Transcription section for this pipeline).
/// </summary>
public sealed class TranscribeStage : IConcurrentStage
{
    public IReadOnlyList<StageOption> Options { get; } =
    [
        new("model", "a Whisper model name from the manifest"),
        new("modelPath", "a Whisper ggml model file"),
        new("language", "the spoken language, or auto"),
        StageOption.Flag("translate", "also translate into English"),
        new("prompt", "an initial prompt (names, places)"),
        new("speakers", "the number of speakers to separate"),
        new("maxConcurrency", "recordings transcribed at once"),
    ];

    public string Name => "transcribe";

    /// <summary>Recordings at once: <c>Transcription:MaxConcurrency</c> (or the pipeline's <c>maxConcurrency</c> option).</summary>
    public int MaxConcurrency(StudySession session, StageInput input) => TranscriptionSettings.Read(session, input.Options).MaxConcurrency;

    public Task<IReadOnlyList<StageItem>> PlanAsync(StudySession session, StageInput input, CancellationToken cancellationToken)
    {
        var options = TranscriptionSettings.Read(session, input.Options);
        // How the work is spread over cores does not change the transcript, so it is not part of the input hash.
        options.MaxConcurrency = 1;
        options.Threads = 0;
        options.Runtime = default;
        var settings = JsonSerializer.Serialize(options);
        IReadOnlyList<StageItem> items = InputFiles.Expand(input.SourcePaths, AudioIngest.IsAudio)
            .Where(AudioIngest.IsAudio)
            .Select(f => new StageItem(f, ContentHash.OfFile(f, input.Options.Where(o => !o.Key.Equals("maxConcurrency", StringComparison.OrdinalIgnoreCase)).ToDictionary(), settings), f, Path.GetFileNameWithoutExtension(f)))
            .ToArray();
        return Task.FromResult(items);
    }

    public async Task<string> RunAsync(StudySession session, StageInput input, StageItem item, CancellationToken cancellationToken)
    {
        var path = item.Path ?? item.Key;
        var id = item.InterviewId ?? Path.GetFileNameWithoutExtension(path);
        var transcript = await AudioIngest.TranscribeRecordingAsync(session, path, id, input.Options, cancellationToken);
        var segments = AudioIngest.ToSegments(transcript, id);
        var passages = PassageBuilder.Build(id, segments, ImportStage.Passages(session, input));
        await using var db = session.CreateDb();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await TranscriptWriter.ReplaceAsync(db, new Transcript(id, path, segments), passages, path, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        var flagged = segments.Count(s => (s.Flags & ~TrustFlags.AutomaticSpeaker) != TrustFlags.None);
        var language = transcript.Language is null
            ? "no language"
            : transcript.LanguageProbability is { } p
                ? string.Create(CultureInfo.InvariantCulture, $"language {transcript.Language} (p={p:F2})")
                : $"language {transcript.Language}";
        var resumed = transcript.ResumedChunks > 0 ? $", resumed after {transcript.ResumedChunks} of {transcript.Chunks} chunks" : "";
        return $"{segments.Count} segments, {passages.Count} passages, {language}, {flagged} flagged to check{resumed}";
    }
}
