using PreCoder.Core.Coding;
using PreCoder.Core.Errors;
using PreCoder.Core.Passages;
using PreCoder.Reporting.Refi;

namespace PreCoder.Application.Refi;

/// <summary>
/// One project source as a study interview: its turns in the source text and the passages quotes are anchored in.
/// For an interview this import creates, each turn is one segment, so a selection's piece is looked for in the passage
/// holding that segment (a short quote such as "yes" lands where it was selected, not at its first occurrence).
/// </summary>
/// <param name="segmentIds">The segment id of each turn, for an interview this import creates; null for one the study had.</param>
internal sealed class QdpxInterview(string id, string source, IReadOnlyList<RefiSourceBlock> blocks, IReadOnlyList<Passage> passages, IReadOnlyList<string>? segmentIds)
{
    public string Id => id;

    /// <summary>True when this import stores the interview; false when the study had it and quotes are found in its transcript.</summary>
    public bool IsNew => segmentIds is not null;

    public IReadOnlyList<Passage> Passages => passages;

    /// <summary>The verbatim quotes a selection [start, end) of the source makes, one per turn it covers.</summary>
    public IReadOnlyList<EvidenceQuote> Quotes(string file, RefiCoding coding)
    {
        if (coding.Start is not { } start || coding.End is not { } end)
        {
            return [];
        }

        var quotes = new List<EvidenceQuote>();
        for (var i = 0; i < blocks.Count; i++)
        {
            foreach (var (piece, _) in blocks[i].Overlap(source, start, end))
            {
                var candidates = segmentIds is null ? passages : passages.Where(p => p.SegmentIds.Contains(segmentIds[i]));
                quotes.Add(EvidenceLocator.Find(piece.Trim(), candidates)
                    ?? throw coding.Error(file, $"the text selected for code '{coding.Code}' (\"{EvidenceLocator.Shorten(piece.Trim())}\") is not in interview '{id}''s transcript"));
            }
        }

        if (quotes.Count == 0)
        {
            throw coding.Error(file, $"the selection {start}..{end} for code '{coding.Code}' covers no transcript text of '{id}' (only speaker labels or blank lines)");
        }

        return quotes;
    }
}
