using PreCoder.Core.Errors;

namespace PreCoder.Application.Translation;

/// <summary>Translates imported non-English segments to English with the study's language model, interview by interview.</summary>
public static class StudyTranslation
{
    /// <param name="interviews">Only these interviews (each must have segments); empty for every interview that needs English.</param>
    /// <param name="notes">One line per interview translated, per failed segment, and the model's usage at the end.</param>
    public static async Task<TranslationOutcome> TranslateAsync(StudySession session, IReadOnlyList<string> interviews, IProgress<string>? notes, CancellationToken cancellationToken)
    {
        using var run = await Translating.OpenAsync(session, cancellationToken);
        var known = run.Segments.Select(s => s.InterviewId).ToHashSet(StringComparer.Ordinal);
        var unknown = interviews.Where(i => !known.Contains(i)).ToArray();
        if (unknown.Length > 0)
        {
            throw new InputException("--interview", null, $"no segments for interview(s) {string.Join(", ", unknown)}");
        }
        var targets = run.Segments.Where(Translating.NeedsEnglish).Select(s => s.InterviewId)
            .Where(i => interviews.Count == 0 || interviews.Contains(i, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal).ToArray();
        var translated = 0;
        var failed = new List<string>();
        foreach (var interview in targets)
        {
            var (count, failures) = await run.InterviewAsync(session, interview, cancellationToken);
            translated += count;
            failed.AddRange(failures);
            notes?.Report($"{interview}: {count} segment(s) translated{(failures.Count > 0 ? $", {failures.Count} failed" : "")}");
        }
        foreach (var failure in failed)
        {
            notes?.Report($"error: {failure}");
        }
        notes?.Report(run.Usage);
        return new TranslationOutcome(targets.Length, translated, failed, run.Source);
    }
}
