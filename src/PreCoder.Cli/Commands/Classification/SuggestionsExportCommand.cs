using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using PreCoder.Classification.Calibration;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Core.Suggestions;
using PreCoder.Core.Text;

namespace PreCoder.Cli.Commands.Classification;

[Description("Export every suggestion with its score, confidence, classifier, model version and evidence quotes.")]
public sealed class SuggestionsExportCommand : StudyCommand<SuggestionsExportSettings>
{
    protected override async Task<int> RunAsync(StudySession session, SuggestionsExportSettings settings, CancellationToken cancellationToken)
    {
        var format = settings.Format.ToLowerInvariant();
        if (format is not ("csv" or "json"))
        {
            throw new InputException("--format", null, $"'{settings.Format}' is not csv or json");
        }
        var (codebook, suggestions) = await StudySuggestions.ListAsync(session, settings.Classifier, cancellationToken);
        await using var writer = Output.OpenTarget(settings.Out);
        if (format == "json")
        {
            var items = suggestions.Select(s => new
            {
                interview = s.InterviewId,
                passage = s.PassageId,
                variable = s.VariableId,
                score = codebook.Codebook.Find(s.VariableId)?.Scale.Format(s.Score) ?? s.Score.ToString(),
                value = s.Value,
                confidence = Math.Round(s.Confidence, 4),
                band = ConfidenceBands.Of(s.Confidence).ToString().ToLowerInvariant(),
                coder = s.CoderId,
                classifier = s.Classifier,
                model_version = s.ModelVersion,
                codebook_version = s.CodebookVersion,
                rationale = s.Rationale,
                evidence = s.Evidence.Select(q => new { passage = q.PassageId, start = q.Start, length = q.Length, english = q.English, start_time = q.StartTime, end_time = q.EndTime, flags = q.Flags.ToString(), text = q.Text }),
            });
            await writer.WriteLineAsync(JsonSerializer.Serialize(items, Output.JsonOptions));
        }
        else
        {
            WriteCsv(writer, suggestions, codebook);
        }
        if (settings.Out is not null)
        {
            Console.Error.WriteLine($"{suggestions.Count} suggestions written to {settings.Out}");
        }
        return 0;
    }

    private static void WriteCsv(TextWriter writer, IReadOnlyList<Suggestion> suggestions, StudyCodebook codebook)
    {
        CsvWriter.WriteRow(writer, "interview", "passage", "variable", "score", "confidence", "band", "classifier", "model_version", "codebook_version",
            "quote_passage", "quote_start", "quote_length", "quote_english", "quote_start_time", "quote_end_time", "quote_flags", "quote", "rationale");
        static string F(double? v) => v?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";
        foreach (var s in suggestions)
        {
            var score = codebook.Codebook.Find(s.VariableId)?.Scale.Format(s.Score) ?? s.Score.ToString();
            string?[] head = [s.InterviewId, s.PassageId ?? "", s.VariableId, score, s.Confidence.ToString("0.####", CultureInfo.InvariantCulture),
                ConfidenceBands.Of(s.Confidence).ToString().ToLowerInvariant(), s.Classifier, s.ModelVersion, s.CodebookVersion.ToString(CultureInfo.InvariantCulture)];
            if (s.Evidence.Count == 0)
            {
                CsvWriter.WriteRow(writer, [.. head, "", "", "", "", "", "", "", "", s.Rationale]);
            }
            foreach (var q in s.Evidence)
            {
                CsvWriter.WriteRow(writer, [.. head, q.PassageId, q.Start.ToString(CultureInfo.InvariantCulture), q.Length.ToString(CultureInfo.InvariantCulture),
                    q.English ? "true" : "false", F(q.StartTime), F(q.EndTime),
                    // A quote from text Whisper may have invented carries its flag, so it is never read as sure.
                    q.Flags == Core.Transcripts.TrustFlags.None ? "" : q.Flags.ToString().Replace(", ", "|"), q.Text, s.Rationale]);
            }
        }
    }
}
