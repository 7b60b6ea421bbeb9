namespace PreCoder.Application.Refi;

/// <summary>Where to write the study's REFI-QDA project (null: STUDY-FOLDER-NAME.qdpx in the current folder) and what goes in it.</summary>
public sealed record QdpxExportRequest(string? Out)
{
    /// <summary>Whose scores the cases' variables hold: a coder, consensus or a machine coder; null for the first human coder.</summary>
    public string? Coder { get; init; }

    /// <summary>Also export every machine coder's quoted suggestions as codings.</summary>
    public bool Machine { get; init; }
}
