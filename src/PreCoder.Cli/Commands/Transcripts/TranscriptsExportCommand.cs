using System.ComponentModel;
using System.Text.Json;
using PreCoder.Application.Transcripts;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Core.Transcripts;
using PreCoder.Transcripts.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Transcripts;

[Description("Export stored transcripts (recorded or imported) as vtt, srt, txt, docx or json.")]
public sealed class TranscriptsExportCommand : StudyCommand<TranscriptsExportCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--interview <ID>")]
        [Description("One interview (default: all; vtt, srt and docx then need --out DIR, one file each).")]
        public string? Interview { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("vtt, srt, txt, docx or json.")]
        public string Format { get; init; } = "json";

        [CommandOption("--text <TEXT>")]
        [Description("original, english or both.")]
        public string Text { get; init; } = "both";

        [CommandOption("--out <PATH>")]
        [Description("A file, or a folder when exporting several interviews as vtt/srt/docx.")]
        public string? Out { get; init; }

        public override ValidationResult Validate() =>
            Format.Equals("docx", StringComparison.OrdinalIgnoreCase) && Out is null
                ? ValidationResult.Error("--out: docx is binary: give --out FILE.docx (or --out DIR for several interviews)")
                : ValidationResult.Success();
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var format = settings.Format.ToLowerInvariant();
        if (format is not ("vtt" or "srt" or "txt" or "docx" or "json"))
        {
            throw new InputException("--format", null, $"'{settings.Format}' is not vtt, srt, txt, docx or json");
        }
        var choice = settings.Text.ToLowerInvariant() switch
        {
            "original" => TextChoice.Original,
            "english" => TextChoice.English,
            "both" => TextChoice.Both,
            _ => throw new InputException("--text", null, $"'{settings.Text}' is not original, english or both"),
        };
        var byInterview = await StudyTranscripts.LoadAsync(session, settings.Interview, cancellationToken);

        if (format == "json")
        {
            var doc = byInterview.Select(i => new
            {
                interview = i.Id,
                segments = i.Segments.Select(s => new
                {
                    id = s.Id, start = s.Start, end = s.End, speaker = s.Speaker, role = s.Role.ToString().ToLowerInvariant(),
                    language = s.Language, text = s.Text, english = s.English,
                    flags = s.Flags == TrustFlags.None ? Array.Empty<string>() : s.Flags.ToString().Split(", "),
                }),
            });
            await using var w = Output.OpenTarget(settings.Out);
            await w.WriteAsync(JsonSerializer.Serialize(doc, Output.JsonOptions) + "\n");
            return 0;
        }
        if (byInterview.Count > 1 && format is "vtt" or "srt" or "docx")
        {
            if (settings.Out is null)
            {
                throw new InputException("--out", null, $"{format} holds one interview per file: name one with --interview, or give --out DIR");
            }
            Directory.CreateDirectory(settings.Out);
            foreach (var (id, segments) in byInterview)
            {
                WriteOne(Path.Combine(settings.Out, $"{id}.{format}"), format, segments, choice);
            }
            return 0;
        }
        if (format == "docx")
        {
            WriteOne(settings.Out!, format, byInterview.SelectMany(i => i.Segments).ToList(), choice);
            return 0;
        }
        await using var writer = Output.OpenTarget(settings.Out);
        foreach (var (id, segments) in byInterview)
        {
            if (byInterview.Count > 1)
            {
                writer.Write($"# {id}\n");
            }
            Write(writer, format, segments, choice);
        }
        return 0;
    }

    private static void WriteOne(string path, string format, IReadOnlyList<Segment> segments, TextChoice choice)
    {
        if (format == "docx")
        {
            using var stream = File.Create(path);
            DocxWriter.Write(stream, segments, choice);
            return;
        }
        using var w = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        Write(w, format, segments, choice);
    }

    private static void Write(TextWriter w, string format, IReadOnlyList<Segment> segments, TextChoice choice)
    {
        switch (format)
        {
            case "vtt": VttWriter.Write(w, segments, choice); break;
            case "srt": SrtWriter.Write(w, segments, choice); break;
            default: PlainTextWriter.Write(w, segments, choice); break;
        }
    }
}
