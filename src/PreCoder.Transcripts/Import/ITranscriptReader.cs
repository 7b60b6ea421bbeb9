namespace PreCoder.Transcripts.Import;

/// <summary>Reads one transcript file into one or more interviews' transcripts.</summary>
public interface ITranscriptReader
{
    IReadOnlyList<Core.Transcripts.Transcript> Read(string path, string interviewId, ImportOptions options);
}
