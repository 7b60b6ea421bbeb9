using PreCoder.Core.Text;
using PreCoder.Core.Transcripts;

namespace PreCoder.Core.Passages;

/// <summary>
/// Splits a transcript's segments into passages a coder reads as a unit. In <see cref="PassageMode.Window"/> mode a
/// passage never mixes speakers: each turn (consecutive segments of one speaker) is merged into passages of about
/// <see cref="PassageOptions.TargetWords"/> words, and a segment longer than <see cref="PassageOptions.MaxWords"/> is cut at
/// sentence boundaries. Ids (<c>p0001</c>...) are the passage's position, so the same segments and options always give
/// the same ids, texts and spans.
/// </summary>
public static class PassageBuilder
{
    private static readonly string[] Abbreviations = ["mr.", "mrs.", "ms.", "dr.", "st.", "e.g.", "i.e.", "etc.", "vs.", "no."];

    public static IReadOnlyList<Passage> Build(string interviewId, IReadOnlyList<Segment> segments, PassageOptions options)
    {
        options.Validate();
        var ordered = segments.Where(s => !string.IsNullOrWhiteSpace(s.Text)).OrderBy(s => s.Index).ToList();
        var passages = new List<Passage>();
        if (options.Mode == PassageMode.Segment)
        {
            foreach (var s in ordered)
            {
                passages.Add(Make(interviewId, s.Id, passages.Count, [Piece.Whole(s)]));
            }
            return passages;
        }

        foreach (var turn in Turns(ordered))
        {
            var pieces = turn.SelectMany(s => Pieces(s, options)).ToList();
            var groups = new List<List<Piece>>();
            var current = new List<Piece>();
            var words = 0;
            foreach (var piece in pieces)
            {
                if (current.Count > 0 && (words >= options.TargetWords || words + piece.Words > options.MaxWords))
                {
                    groups.Add(current);
                    current = [];
                    words = 0;
                }
                current.Add(piece);
                words += piece.Words;
            }
            if (current.Count > 0)
            {
                // A short tail reads better as the end of the previous passage than on its own.
                if (groups.Count > 0 && words < options.TargetWords / 4 && groups[^1].Sum(p => p.Words) + words <= options.MaxWords)
                {
                    groups[^1].AddRange(current);
                }
                else
                {
                    groups.Add(current);
                }
            }
            foreach (var g in groups)
            {
                passages.Add(Make(interviewId, null, passages.Count, g));
            }
        }
        return passages;
    }

    /// <summary>
    /// Sentence spans of <paramref name="text"/> as (start, length), covering every non-space character once and
    /// excluding surrounding white space, so each span is an exact substring. A sentence ends at . ! ? or the
    /// ellipsis (also the Arabic question mark) followed by white space, after any closing quotes or brackets.
    /// </summary>
    public static IReadOnlyList<(int Start, int Length)> Sentences(string text)
    {
        var spans = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            if (i >= text.Length)
            {
                break;
            }
            var start = i;
            var end = text.Length;
            for (var j = i; j < text.Length; j++)
            {
                if (!IsTerminator(text[j]))
                {
                    continue;
                }
                var k = j + 1;
                while (k < text.Length && (IsTerminator(text[k]) || text[k] is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019'))
                {
                    k++;
                }
                if (k < text.Length && !char.IsWhiteSpace(text[k]))
                {
                    j = k - 1;
                    continue;
                }
                if (text[j] == '.' && EndsWithAbbreviation(text, start, j + 1))
                {
                    continue;
                }
                end = k;
                break;
            }
            var stop = end;
            while (stop > start && char.IsWhiteSpace(text[stop - 1]))
            {
                stop--;
            }
            spans.Add((start, stop - start));
            i = end;
        }
        return spans;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026' or '\u061F';

    private static bool EndsWithAbbreviation(string text, int sentenceStart, int end)
    {
        var wordStart = end - 1;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }
        var word = text[wordStart..end].ToLowerInvariant();
        // Known abbreviations, initials ("J.") and dotted acronyms ("U.S.", "e.g.").
        return Abbreviations.Contains(word) || IsDottedLetters(word);
    }

    private static bool IsDottedLetters(string word)
    {
        if (word.Length < 2 || word.Length % 2 != 0)
        {
            return false;
        }
        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsLetter(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }
        return true;
    }

    private static IEnumerable<List<Segment>> Turns(List<Segment> ordered)
    {
        var turn = new List<Segment>();
        foreach (var s in ordered)
        {
            if (turn.Count > 0 && (turn[^1].Speaker != s.Speaker || turn[^1].Role != s.Role))
            {
                yield return turn;
                turn = [];
            }
            turn.Add(s);
        }
        if (turn.Count > 0)
        {
            yield return turn;
        }
    }

    /// <summary>A segment, or a run of its sentences when the segment alone is longer than MaxWords.</summary>
    private static IEnumerable<Piece> Pieces(Segment s, PassageOptions options)
    {
        var text = s.Text.Trim();
        var words = WordCount.Of(text);
        if (words <= options.MaxWords)
        {
            yield return Piece.Whole(s);
            yield break;
        }
        var runStart = -1;
        var runEnd = 0;
        var runWords = 0;
        foreach (var (start, length) in SentencesWithinLimit(text, options.MaxWords))
        {
            var w = WordCount.Of(text.AsSpan(start, length));
            if (runStart >= 0 && runWords + w > options.TargetWords)
            {
                yield return Piece.Part(s, text, runStart, runEnd, runWords);
                runStart = -1;
                runWords = 0;
            }
            if (runStart < 0)
            {
                runStart = start;
            }
            runEnd = start + length;
            runWords += w;
        }
        if (runStart >= 0)
        {
            yield return Piece.Part(s, text, runStart, runEnd, runWords);
        }
    }

    /// <summary>Sentences, with any sentence longer than the limit cut at white space (unpunctuated speech).</summary>
    private static IEnumerable<(int Start, int Length)> SentencesWithinLimit(string text, int maxWords)
    {
        foreach (var (start, length) in Sentences(text))
        {
            if (WordCount.Of(text.AsSpan(start, length)) <= maxWords)
            {
                yield return (start, length);
                continue;
            }
            var pos = start;
            var end = start + length;
            while (pos < end)
            {
                var count = 0;
                var i = pos;
                var cut = end;
                while (i < end)
                {
                    while (i < end && char.IsWhiteSpace(text[i]))
                    {
                        i++;
                    }
                    if (count == maxWords)
                    {
                        cut = i;
                        break;
                    }
                    while (i < end && !char.IsWhiteSpace(text[i]))
                    {
                        i++;
                    }
                    count++;
                }
                var stop = cut;
                while (stop > pos && char.IsWhiteSpace(text[stop - 1]))
                {
                    stop--;
                }
                yield return (pos, stop - pos);
                pos = cut;
            }
        }
    }

    private static Passage Make(string interviewId, string? id, int index, IReadOnlyList<Piece> pieces) => new()
    {
        Id = id ?? $"p{index + 1:D4}",
        InterviewId = interviewId,
        Index = index,
        SegmentIds = pieces.Select(p => p.Segment.Id).Distinct().ToArray(),
        Speaker = pieces[0].Segment.Speaker,
        Role = pieces[0].Segment.Role,
        Text = string.Join(" ", pieces.Select(p => p.Text)),
        English = pieces.All(p => p.English is not null) ? string.Join(" ", pieces.Select(p => p.English!)) : null,
        Start = pieces[0].Start,
        End = pieces[^1].End,
        Flags = pieces.Aggregate(TrustFlags.None, (f, p) => f | p.Segment.Flags),
    };

    /// <summary>Part of one segment. Times of a part are interpolated by character position (the source has no finer timing).</summary>
    private sealed record Piece(Segment Segment, string Text, string? English, double? Start, double? End, int Words)
    {
        public static Piece Whole(Segment s)
        {
            var text = s.Text.Trim();
            return new(s, text, s.English?.Trim(), s.Start, s.End, WordCount.Of(text));
        }

        public static Piece Part(Segment s, string trimmed, int start, int end, int words)
        {
            // The English of a translated segment cannot be cut at the same places; it is kept only when it is the text itself.
            var english = s.English is not null && s.English.Trim() == trimmed ? trimmed[start..end] : null;
            double? At(int pos) => s.Start is { } a && s.End is { } b && trimmed.Length > 0 ? a + ((b - a) * pos / trimmed.Length) : null;
            return new(s, trimmed[start..end], english, At(start) ?? s.Start, At(end) ?? s.End, words);
        }
    }
}
