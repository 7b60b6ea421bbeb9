namespace PreCoder.Core.Transcripts;

/// <summary>Reasons a coder should check a segment against the audio before trusting its text.</summary>
[Flags]
public enum TrustFlags
{
    None = 0,
    /// <summary>The same n-grams repeat across consecutive segments (a decoder loop).</summary>
    Repetition = 1,
    /// <summary>Text was produced over a stretch with no detected speech.</summary>
    NoSpeech = 2,
    /// <summary>The decoder's average token probability was low.</summary>
    LowConfidence = 4,
    /// <summary>Text at a chunk boundary that may have been invented to finish a sentence.</summary>
    ChunkBoundary = 8,
    /// <summary>Speaker labels come from automatic separation, not from a person.</summary>
    AutomaticSpeaker = 16,
    /// <summary>The English text was translated by a language model (<c>precoder translate</c>), not by a person.</summary>
    MachineTranslation = 32,
    /// <summary>An evidence quote no longer found in its interview after the passages were rebuilt: a coder must look at it.</summary>
    Unanchored = 64,
}
