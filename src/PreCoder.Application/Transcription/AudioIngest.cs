using PreCoder.Application.Team;
using PreCoder.Core.Transcripts;
using PreCoder.Transcription.Audio;
using PreCoder.Transcription.Processing;

namespace PreCoder.Application.Transcription;

/// <summary>
/// Recordings into segments, for <c>ingest</c> and the <c>transcribe</c> stage: finds the model, loads it once per
/// process, resumes from the recording's own chunk checkpoints under <c>work/transcription/ID/</c>, and reports
/// progress on standard error. Bad audio is an <see cref="Core.Errors.InputException"/>; a missing model or ffmpeg an
/// <see cref="Core.Errors.UnavailableException"/> saying what to install or put where.
/// </summary>
public static class AudioIngest
{
    public static bool IsAudio(string path) => AudioFormat.IsAudio(path);

    public static Task<IReadOnlyList<Segment>> TranscribeAsync(StudySession session, string path, string interviewId, CancellationToken cancellationToken) =>
        TranscribeAsync(session, path, interviewId, null, cancellationToken);

    public static async Task<IReadOnlyList<Segment>> TranscribeAsync(
        StudySession session, string path, string interviewId, TranscribeStageOptions? stageOptions, CancellationToken cancellationToken)
    {
        var transcript = await TranscribeRecordingAsync(session, path, interviewId, stageOptions, cancellationToken);
        return ToSegments(transcript, interviewId);
    }

    public static async Task<RecordingTranscript> TranscribeRecordingAsync(
        StudySession session, string path, string interviewId, TranscribeStageOptions? stageOptions, CancellationToken cancellationToken)
    {
        path = Path.GetFullPath(path);
        var options = TranscriptionSettings.Read(session, stageOptions);
        var modelPath = TranscriptionSettings.ResolveModel(session, options);
        WhisperRuntimes.Select(options.Runtime);
        var factory = TranscriberCache.Get(modelPath, session.LoggerFactory);
        var hash = InputHash.Compute(path, modelPath, options);
        var checkpoints = CheckpointDirectory(session, interviewId);
        // A shared study resumes from chunks another worker finished before it failed or was stopped.
        await StudyFiles.PullAsync(session, checkpoints, cancellationToken);
        var gate = TranscriberCache.Gate(options.MaxConcurrency);
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var transcriber = factory.CreateTranscriber(options);
            // Stored while it runs too, so a worker killed outright loses at most Team:CheckpointSeconds of work.
            var every = TimeSpan.FromSeconds(session.Configuration.Bind<TeamOptions>(TeamOptions.Section).CheckpointSeconds);
            await using var push = new CheckpointPush(session, checkpoints, every, new ProgressLines(Path.GetFileName(path)));
            return await transcriber.TranscribeAsync(path, hash, checkpoints, push, cancellationToken);
        }
        catch (Exception)
        {
            // Failed or cancelled: hand the finished chunks to whichever worker retries it (a killed process cannot).
            await StudyFiles.PushAsync(session, checkpoints, CancellationToken.None);
            throw;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary><c>&lt;study&gt;/work/transcription/&lt;interview&gt;/</c>.</summary>
    public static string CheckpointDirectory(StudySession session, string interviewId)
    {
        var safe = string.Concat(interviewId.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
        return Path.Combine(session.Folder.Path, "work", "transcription", safe);
    }

    public static IReadOnlyList<Segment> ToSegments(RecordingTranscript transcript, string interviewId) =>
        transcript.Segments.Select((s, i) => new Segment
        {
            Id = $"s{i + 1:D4}",
            InterviewId = interviewId,
            Index = i,
            Start = Math.Round(s.Start, 3),
            End = Math.Round(s.End, 3),
            Speaker = s.Speaker,
            Role = SpeakerRole.Unknown,
            Language = s.Language,
            Text = s.Text,
            English = s.English,
            Flags = s.Flags,
        }).ToArray();
}
