using System.Text;

namespace PreCoder.Classification.Learning;

/// <summary>
/// A text's word uni- and bigrams and character trigrams, hashed into a fixed number of buckets (binary presence,
/// L2-normalised), as a sparse vector. Sentence embeddings blur the small words that decide many codes ("have you
/// tried", "it sounds like you feel", "I never"); n-grams keep them. Hashing needs no vocabulary, so each sentence is
/// featurised once and shared by every variable's model, and nothing but the weights has to be stored. The hash is
/// FNV-1a on lower-cased text, stable across runs and machines.
/// </summary>
public static class HashedNgrams
{
    /// <summary>Buckets: 2^13. Collisions cost little at this size with the few thousand n-grams a study's sentences share.</summary>
    public const int Buckets = 1 << 13;

    public static SparseVector Of(string text)
    {
        var words = Words(text);
        var buckets = new HashSet<int>();
        for (var i = 0; i < words.Count; i++)
        {
            buckets.Add(Bucket("w:" + words[i]));
            if (i > 0)
            {
                buckets.Add(Bucket("b:" + words[i - 1] + " " + words[i]));
            }
            var padded = "<" + words[i] + ">";
            for (var c = 0; c + 3 <= padded.Length; c++)
            {
                buckets.Add(Bucket("c:" + padded.Substring(c, 3)));
            }
        }
        if (text.Contains('?'))
        {
            buckets.Add(Bucket("p:?"));
        }
        var indices = buckets.Order().ToArray();
        var value = indices.Length == 0 ? 0 : (float)(1 / Math.Sqrt(indices.Length));
        return new SparseVector(indices, Enumerable.Repeat(value, indices.Length).ToArray());
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch) || ch == '\'')
            {
                current.Append(char.ToLowerInvariant(ch));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }
        return words;
    }

    private static int Bucket(string s)
    {
        var hash = 2166136261u;
        foreach (var ch in s)
        {
            hash = (hash ^ ch) * 16777619u;
        }
        return (int)(hash % Buckets);
    }
}
