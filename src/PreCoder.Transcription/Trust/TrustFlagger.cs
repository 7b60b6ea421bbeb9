using PreCoder.Core.Transcripts;
using PreCoder.Transcription.Checkpoints;

namespace PreCoder.Transcription.Trust;

/// <summary>
/// Marks the segments a coder should check against the audio: decoder loops, text over silence, low-confidence
/// text, and text at a chunk cut made mid-speech.
/// </summary>
public sealed class TrustFlagger(double lowProbability, double noSpeechProbability)
{
    /// <summary>Below this share of voiced frames a segment's text is treated as produced over silence.</summary>
    public const double MinVoicedFraction = 0.2;

    /// <summary>A segment ending this close to a mid-speech cut may have been finished by the decoder's imagination.</summary>
    public const double BoundarySeconds = 1.0;

    public TrustFlags[] Flag(IReadOnlyList<(ChunkResult Chunk, ChunkSegment Segment)> segments)
    {
        var flags = new TrustFlags[segments.Count];
        HashSet<string>? previous = null;
        for (var i = 0; i < segments.Count; i++)
        {
            var (chunk, s) = segments[i];
            if (s.VoicedFraction < MinVoicedFraction || s.NoSpeechProbability > noSpeechProbability)
            {
                flags[i] |= TrustFlags.NoSpeech;
            }
            if (s.Probability < lowProbability)
            {
                flags[i] |= TrustFlags.LowConfidence;
            }
            if (s.Clamped || (!chunk.CutAtSilence && s.End >= chunk.EndSeconds - BoundarySeconds))
            {
                flags[i] |= TrustFlags.ChunkBoundary;
            }
            var grams = NGrams(s.Text, out var internalRepeat);
            if (internalRepeat || (previous is not null && grams.Count > 0 && Overlap(grams, previous) >= 0.5))
            {
                flags[i] |= TrustFlags.Repetition;
                if (i > 0 && !internalRepeat)
                {
                    flags[i - 1] |= TrustFlags.Repetition;
                }
            }
            previous = grams;
        }
        return flags;
    }

    // Word trigrams (or the whole text when shorter); a trigram seen three times in one segment is a loop.
    internal static HashSet<string> NGrams(string text, out bool internalRepeat)
    {
        var words = text.ToLowerInvariant().Split((char[])[' ', '\t', '\n', ',', '.', '!', '?', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        internalRepeat = false;
        var set = new HashSet<string>();
        if (words.Length == 0)
        {
            return set;
        }
        if (words.Length < 3)
        {
            set.Add(string.Join(' ', words));
            return set;
        }
        var counts = new Dictionary<string, int>();
        for (var i = 0; i + 3 <= words.Length; i++)
        {
            var g = $"{words[i]} {words[i + 1]} {words[i + 2]}";
            set.Add(g);
            counts[g] = counts.GetValueOrDefault(g) + 1;
            internalRepeat |= counts[g] >= 3;
        }
        return set;
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b) =>
        a.Count(b.Contains) / (double)Math.Min(a.Count, Math.Max(1, b.Count));
}
