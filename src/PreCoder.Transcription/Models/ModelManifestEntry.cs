namespace PreCoder.Transcription.Models;

/// <summary>One downloadable model: where it comes from and how to check it.</summary>
/// <param name="Sha256">Lower-case hex; null when no public source gives it, and then a download cannot be verified.</param>
/// <param name="Size">Exact bytes when known.</param>
/// <param name="ApproxMiB">Indicative size for people choosing a model.</param>
public sealed record ModelManifestEntry(string Name, string File, string Url, string? Sha256, long? Size, int ApproxMiB, bool Multilingual);
