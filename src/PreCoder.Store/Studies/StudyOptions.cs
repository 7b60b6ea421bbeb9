namespace PreCoder.Store.Studies;

/// <summary>The <c>Study</c> configuration section, kept in the study folder's appsettings.json.</summary>
public sealed class StudyOptions
{
    public const string Section = "Study";

    /// <summary>The study's name, shown in reports.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Whether any component may send study text (transcripts, passages, codes) off this machine, e.g. to an LLM
    /// service. The default value is false. While it is false the LLM classifier and <c>translate</c> refuse an
    /// <c>Llm:Endpoint</c> that is not on this machine, before any request. Downloading model weights
    /// (<c>precoder models pull</c>) sends no study data and is not governed by it.
    /// </summary>
    public bool AllowNetwork { get; set; }
}
