namespace PreCoder.Transcription.Models;

/// <summary>A failed download attempt worth retrying (server error, checksum mismatch, stalled transfer).</summary>
internal sealed class ModelDownloadException(string message) : Exception(message);
