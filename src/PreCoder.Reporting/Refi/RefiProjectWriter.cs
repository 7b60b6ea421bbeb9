using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Reporting.StudyCodes;
using PreCoder.Reporting.StudyTables;

namespace PreCoder.Reporting.Refi;

/// <summary>
/// A study as a REFI-QDA project (<c>.qdpx</c>: a zip of <c>project.qde</c> and <c>Sources/GUID.txt</c>) for ATLAS.ti,
/// MAXQDA, NVivo or QualCoder. Coders are users; the code tree is the codebook's .qdc export (categories are uncodable
/// parent codes, variables codable codes, and their description blocks plus the sets bring the codebook back whole);
/// every transcript is a text source; every evidence quote (and every passage-level code) is a selection coded with
/// its variable by its coder. The standard has no place for a score on a coding, so each coding's note says the score,
/// and each interview is a case whose variables hold its attributes and, per codebook variable, the score of
/// <see cref="CodeSource"/> (an integer; nominal categories by index, as in the analysis matrix).
/// </summary>
public static class RefiProjectWriter
{
    public const string Namespace = "urn:QDA-XML:project:1.0";

    public static void Write(
        string projectName,
        Codebook codebook,
        RefiCodeTree codeTree,
        IReadOnlyList<StudyInterview> interviews,
        IReadOnlyList<RefiPassage> passages,
        IReadOnlyList<CodeRecord> codings,
        CodeSource caseScores,
        Stream output,
        DateTimeOffset exportedAt)
    {
        var sources = interviews.OrderBy(i => i.Id, StringComparer.Ordinal)
            .Select(i => (Interview: i, Guid: RefiGuid.Of("source", i.Id), Text: new RefiSourceText(passages.Where(p => p.InterviewId == i.Id))))
            .ToArray();
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var entry = zip.CreateEntry("project.qde", CompressionLevel.Optimal);
        using (var stream = entry.Open())
        {
            WriteProject(stream, projectName, codebook, codeTree, sources, codings, caseScores, exportedAt);
        }

        foreach (var (_, guid, text) in sources)
        {
            using var writer = new StreamWriter(zip.CreateEntry($"Sources/{guid}.txt", CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            writer.Write(text.Text);
        }
    }

    private static void WriteProject(Stream stream, string name, Codebook codebook, RefiCodeTree codeTree, (StudyInterview Interview, string Guid, RefiSourceText Text)[] sources,
        IReadOnlyList<CodeRecord> codings, CodeSource caseScores, DateTimeOffset exportedAt)
    {
        var time = exportedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var coders = codings.Select(c => c.CoderId).Append(caseScores.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var variables = codebook.Variables;
        var attributes = sources.SelectMany(s => s.Interview.Attributes.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToArray();
        var notes = new List<(string Guid, string Text)>();

        using var x = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true });
        x.WriteStartDocument();
        x.WriteStartElement("Project", Namespace);
        x.WriteAttributeString("name", name);
        x.WriteAttributeString("origin", "PreCoder");
        x.WriteAttributeString("creationDateTime", time);

        x.WriteStartElement("Users", Namespace);
        foreach (var coder in coders)
        {
            x.WriteStartElement("User", Namespace);
            x.WriteAttributeString("guid", RefiGuid.Of("user", coder));
            x.WriteAttributeString("name", coder);
            x.WriteAttributeString("id", coder);
            x.WriteEndElement();
        }

        x.WriteEndElement();

        x.WriteStartElement("CodeBook", Namespace);
        x.WriteStartElement("Codes", Namespace);
        codeTree.WriteChildren(x, "Codes");
        x.WriteEndElement();
        x.WriteEndElement();

        x.WriteStartElement("Variables", Namespace);
        foreach (var attribute in attributes)
        {
            Variable(x, RefiGuid.Of("attribute", attribute), attribute, "Text", "Interview attribute");
        }

        foreach (var v in variables)
        {
            Variable(x, RefiGuid.Of("score", v.Id), v.Id, v.Scale.Kind == ScaleKind.Numeric ? "Float" : "Integer",
                $"{v.Name}: score of {caseScores.Description} ({ScaleText(v.Scale)}); missing codes are left out");
        }

        x.WriteEndElement();

        x.WriteStartElement("Cases", Namespace);
        foreach (var (interview, guid, _) in sources)
        {
            x.WriteStartElement("Case", Namespace);
            x.WriteAttributeString("guid", RefiGuid.Of("case", interview.Id));
            x.WriteAttributeString("name", interview.Id);
            foreach (var attribute in attributes)
            {
                if (interview.Attributes.TryGetValue(attribute, out var value) && value.Length > 0)
                {
                    VariableValue(x, RefiGuid.Of("attribute", attribute), "TextValue", value);
                }
            }

            foreach (var v in variables)
            {
                if (caseScores.Scores.TryGetValue((interview.Id, v.Id), out var score) && score.Value is { } s)
                {
                    VariableValue(x, RefiGuid.Of("score", v.Id), v.Scale.Kind == ScaleKind.Numeric ? "FloatValue" : "IntegerValue", s.ToString(CultureInfo.InvariantCulture));
                }
            }

            x.WriteStartElement("SourceRef", Namespace);
            x.WriteAttributeString("targetGUID", guid);
            x.WriteEndElement();
            x.WriteEndElement();
        }

        x.WriteEndElement();

        x.WriteStartElement("Sources", Namespace);
        var byVariable = variables.ToDictionary(v => v.Id, StringComparer.Ordinal);
        foreach (var (interview, guid, text) in sources)
        {
            x.WriteStartElement("TextSource", Namespace);
            x.WriteAttributeString("guid", guid);
            x.WriteAttributeString("name", interview.Id);
            x.WriteAttributeString("plainTextPath", $"internal://{guid}.txt");
            x.WriteAttributeString("creationDateTime", time);
            var selections = Selections(text, codings.Where(c => c.InterviewId == interview.Id && byVariable.TryGetValue(c.VariableId, out var v) && Marks(v, c.Score)));
            foreach (var selection in selections.GroupBy(s => (s.Start, s.End)).OrderBy(g => g.Key.Start).ThenBy(g => g.Key.End))
            {
                x.WriteStartElement("PlainTextSelection", Namespace);
                x.WriteAttributeString("guid", RefiGuid.Of("selection", $"{interview.Id}:{selection.Key.Start}:{selection.Key.End}"));
                x.WriteAttributeString("startPosition", selection.Key.Start.ToString(CultureInfo.InvariantCulture));
                x.WriteAttributeString("endPosition", selection.Key.End.ToString(CultureInfo.InvariantCulture));
                foreach (var (_, _, code) in selection)
                {
                    var variable = byVariable[code.VariableId];
                    var codingGuid = RefiGuid.Of("coding", $"{interview.Id}:{selection.Key.Start}:{selection.Key.End}:{code.VariableId}:{code.CoderId}");
                    var noteGuid = RefiGuid.Of("note", codingGuid);
                    notes.Add((noteGuid, $"PreCoder score {variable.Scale.Format(code.Score)} on {variable.Id} by {code.CoderId}{Anchor(variable.Scale, code.Score)}"));
                    x.WriteStartElement("Coding", Namespace);
                    x.WriteAttributeString("guid", codingGuid);
                    x.WriteAttributeString("creatingUser", RefiGuid.Of("user", code.CoderId));
                    x.WriteAttributeString("creationDateTime", time);
                    x.WriteStartElement("CodeRef", Namespace);
                    x.WriteAttributeString("targetGUID", codeTree.VariableGuids[code.VariableId]);
                    x.WriteEndElement();
                    x.WriteStartElement("NoteRef", Namespace);
                    x.WriteAttributeString("targetGUID", noteGuid);
                    x.WriteEndElement();
                    x.WriteEndElement();
                }

                x.WriteEndElement();
            }

            x.WriteEndElement();
        }

        x.WriteEndElement();

        if (notes.Count > 0)
        {
            x.WriteStartElement("Notes", Namespace);
            foreach (var (guid, note) in notes)
            {
                x.WriteStartElement("Note", Namespace);
                x.WriteAttributeString("guid", guid);
                x.WriteAttributeString("name", "Score");
                x.WriteAttributeString("creationDateTime", time);
                x.WriteElementString("PlainTextContent", Namespace, note);
                x.WriteEndElement();
            }

            x.WriteEndElement();
        }

        if (codeTree.HasSets)
        {
            x.WriteStartElement("Sets", Namespace);
            codeTree.WriteChildren(x, "Sets");
            x.WriteEndElement();
        }

        x.WriteEndElement();
        x.WriteEndDocument();
    }

    // A 0 ("not present") or missing code is not a coding of the variable; any nominal category or number is.
    private static bool Marks(Variable variable, Score score) => score.Value is { } v && (!variable.Scale.HasPresence || v > 0);

    // Each quote of a code, or its whole passage when a passage-level code has no quote.
    private static IEnumerable<(int Start, int End, CodeRecord Code)> Selections(RefiSourceText text, IEnumerable<CodeRecord> codes)
    {
        foreach (var code in codes)
        {
            if (code.Evidence.Count > 0)
            {
                foreach (var quote in code.Evidence)
                {
                    if (text.Span(quote.PassageId, quote.Start, quote.Length, quote.English) is { } span)
                    {
                        yield return (span.Start, span.End, code);
                    }
                }
            }
            else if (code.PassageId is { } passage && text.Span(passage, 0, null, false) is { } whole)
            {
                yield return (whole.Start, whole.End, code);
            }
        }
    }

    private static void Variable(XmlWriter x, string guid, string name, string type, string description)
    {
        x.WriteStartElement("Variable", Namespace);
        x.WriteAttributeString("guid", guid);
        x.WriteAttributeString("name", name);
        x.WriteAttributeString("typeOfVariable", type);
        x.WriteElementString("Description", Namespace, description);
        x.WriteEndElement();
    }

    private static void VariableValue(XmlWriter x, string variableGuid, string element, string value)
    {
        x.WriteStartElement("VariableValue", Namespace);
        x.WriteStartElement("VariableRef", Namespace);
        x.WriteAttributeString("targetGUID", variableGuid);
        x.WriteEndElement();
        x.WriteElementString(element, Namespace, value);
        x.WriteEndElement();
    }

    private static string ScaleText(Scale scale) => scale.Kind switch
    {
        ScaleKind.Nominal => string.Join(", ", scale.Categories.Select((c, i) => $"{i} = {c}")),
        _ when scale.Anchors.Count > 0 => string.Join(", ", scale.Anchors.OrderBy(a => a.Key).Select(a => $"{a.Key} = {a.Value}")),
        _ => scale.Describe(),
    };

    private static string Anchor(Scale scale, Score score) =>
        score.Value is { } v && scale.Kind != ScaleKind.Nominal && scale.Anchors.TryGetValue((int)v, out var anchor) ? $" ({anchor})" : "";
}
