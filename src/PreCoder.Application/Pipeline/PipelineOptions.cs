namespace PreCoder.Application.Pipeline;

/// <summary>The <c>Pipeline</c> configuration section.</summary>
public sealed class PipelineOptions
{
    public const string Section = "Pipeline";

    /// <summary>
    /// Pause after each item, in milliseconds. The default value is 0. Only for demonstrations and for the
    /// crash-and-resume tests, which need a run slow enough to be killed half-way.
    /// </summary>
    public int ThrottleMilliseconds { get; set; }
}
