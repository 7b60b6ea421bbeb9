using System.Globalization;
using System.Text.Json;
using PreCoder.Core.Passages;
using PreCoder.Core.Transcripts;
using PreCoder.Store.Transcripts;

namespace PreCoder.Application.Transcription;

/// <summary>
/// The <c>transcribe</c> stage: each recording under the input paths becomes an interview (id = file name without
/// extension) whose segments and passages are replaced in one transaction. Options: <see cref="TranscribeStageOptions"/>.
/// </summary>
public sealed class TranscribeStage : IConcurrentStage, IItemStage<TranscribeStageOptions>
{
    public const string StageName = "transcribe";

    public string Name => StageName;

    /// <summary>Recordings at once: <c>Transcription:MaxConcurrency</c> (or the pipeline's <c>maxConcurrency</c> option).</summary>
    public int MaxConcurrency(StudySession session, StageInput input) => TranscriptionSettings.Read(session, input.OptionsAs<TranscribeStageOptions>()).MaxConcurrency;

    public Task<IReadOnlyList<StageItem>> PlanAsync(StudySession session, StageInput input, CancellationToken cancellationToken)
    {
        var options = TranscriptionSettings.Read(session, input.OptionsAs<TranscribeStageOptions>());
        // How the work is spread over cores does not change the transcript, so it is not part of the input hash.
        options.MaxConcurrency = 1;
        options.Threads = 0;
        options.Runtime = default;
        var settings = JsonSerializer.Serialize(options);
        IReadOnlyList<StageItem> items = InputFiles.Expand(input.SourcePaths, AudioIngest.IsAudio)
            .Where(AudioIngest.IsAudio)
            .Select(f => new StageItem(f, ContentHash.OfFile(f, (input.HashedOptions ?? input.Options).Where(o => !o.Key.Equals("maxConcurrency", StringComparison.OrdinalIgnoreCase)).ToDictionary(), settings), f, Path.GetFileNameWithoutExtension(f)))
            .ToArray();
        return Task.FromResult(items);
    }

    public async Task<string> RunAsync(StudySession session, StageInput input, StageItem item, CancellationToken cancellationToken)
    {
        var path = item.Path ?? item.Key;
        var id = item.InterviewId ?? Path.GetFileNameWithoutExtension(path);
        var options = input.OptionsAs<TranscribeStageOptions>();
        var transcript = await AudioIngest.TranscribeRecordingAsync(session, path, id, options, cancellationToken);
        var segments = AudioIngest.ToSegments(transcript, id);
        var passages = PassageBuilder.Build(id, segments, ImportStage.Passages(session, options.Passages));
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
