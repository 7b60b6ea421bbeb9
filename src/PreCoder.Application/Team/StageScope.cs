namespace PreCoder.Application.Team;

/// <summary>What one job of a stage covers in a distributed batch.</summary>
public enum StageScope
{
    /// <summary>The stage reads input files (import, transcribe): one job per file, and the file's hash is checked.</summary>
    File,

    /// <summary>The stage works per interview (passages, translate, precode): one job per file, over the interviews it became.</summary>
    Interview,

    /// <summary>The stage works on the whole study (codebook, attributes, codes, train, reports): one job.</summary>
    Study,
}
