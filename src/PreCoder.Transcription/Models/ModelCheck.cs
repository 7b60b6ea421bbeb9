namespace PreCoder.Transcription.Models;

/// <summary>What <c>models verify</c> found for one model file.</summary>
public enum ModelCheckStatus
{
    /// <summary>SHA-256 matches the manifest and the header is valid.</summary>
    Verified,
    /// <summary>The header is valid but the manifest has no SHA-256 to compare with.</summary>
    Unverified,
    /// <summary>The SHA-256 differs from the manifest.</summary>
    Mismatch,
    /// <summary>Not a usable ggml model (truncated, wrong format, f32).</summary>
    Invalid,
    /// <summary>The manifest lists it but the file is not there.</summary>
    Missing,
}

/// <summary>One row of <c>models verify</c>.</summary>
public sealed record ModelCheck(string Name, string File, ModelCheckStatus Status, string Detail);
