namespace PreCoder.Application.Pipeline;

/// <summary>A pipeline file to run over input files or folders, and a Whisper model file to use (null: the configured one).</summary>
public sealed record PipelineRunRequest(string Pipeline, IReadOnlyList<string> Input)
{
    public string? Model { get; init; }
}
