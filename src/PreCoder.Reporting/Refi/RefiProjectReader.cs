using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using PreCoder.Core.Errors;

namespace PreCoder.Reporting.Refi;

/// <summary>
/// Reads a REFI-QDA project (<c>.qdpx</c>) from PreCoder or another QDA program: the code tree, the text sources
/// (inline or <c>internal://</c> files), their cases' variable values and their codings, with PreCoder's variable ids
/// and scores where its own export put them. Anything that does not hold together (a broken archive, a reference to a
/// code or user the project does not declare, a selection outside its source) is one <see cref="InputException"/>
/// naming the file, the line of <c>project.qde</c> and the element, so an import can refuse the whole file.
/// </summary>
public static partial class RefiProjectReader
{
    /// <summary>The coder of codings whose program recorded no user.</summary>
    public const string Unknown = "qdpx";

    private const string Qde = "project.qde";

    private static readonly XNamespace Q = RefiProjectWriter.Namespace;

    /// <param name="file">The archive's path as the user gave it, for error messages.</param>
    /// <exception cref="InputException">The archive or its project is broken or inconsistent.</exception>
    public static RefiProject Read(Stream qdpx, string file)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(qdpx, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new InputException(file, null, $"not a REFI-QDA project archive (a .qdpx is a zip file): {ex.Message}");
        }

        using (zip)
        {
            var entry = zip.GetEntry(Qde) ?? throw new InputException(file, null, $"no {Qde} in the archive (is it a .qdpx project, not a .qdc codebook?)");
            XDocument project;
            try
            {
                using var stream = entry.Open();
                project = XDocument.Load(stream, LoadOptions.SetLineInfo);
            }
            catch (Exception ex) when (ex is XmlException or InvalidDataException)
            {
                throw new InputException(file, (ex as XmlException)?.LineNumber, $"{Qde} is not well-formed XML: {ex.Message}");
            }

            var root = project.Root!;
            if (root.Name != Q + "Project")
            {
                throw Error(file, root, $"the root element is <{root.Name.LocalName}> in namespace '{root.Name.NamespaceName}', not a REFI-QDA <Project> ({RefiProjectWriter.Namespace})");
            }

            return new Reading(file, zip, root).Read();
        }
    }

    private sealed class Reading(string file, ZipArchive zip, XElement root)
    {
        private readonly Dictionary<string, string> _users = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, RefiCode> _codes = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _notes = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<RefiCoding> _codings = [];

        public RefiProject Read()
        {
            foreach (var user in root.Element(Q + "Users")?.Elements(Q + "User") ?? [])
            {
                _users[Guid(user)] = user.Attribute("name")?.Value is { Length: > 0 } name ? name : Guid(user);
            }

            foreach (var code in root.Element(Q + "CodeBook")?.Descendants(Q + "Code") ?? [])
            {
                var guid = Guid(code);
                var description = code.Element(Q + "Description")?.Value;
                var parent = code.Parent?.Name == Q + "Code" ? code.Parent.Attribute("name")?.Value : null;
                if (!_codes.TryAdd(guid, new RefiCode(guid, Required(code, "name"), parent, VariableIdOf(description), description, code.Attribute("isCodable")?.Value == "true")))
                {
                    throw Error(file, code, $"code GUID {guid} is declared twice");
                }
            }

            foreach (var note in root.Element(Q + "Notes")?.Elements(Q + "Note") ?? [])
            {
                _notes[Guid(note)] = note.Element(Q + "PlainTextContent")?.Value ?? Internal(note, note.Attribute("plainTextPath")?.Value) ?? "";
            }

            var sources = new Dictionary<string, string>(StringComparer.Ordinal);
            var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var skipped = 0;
            foreach (var source in root.Element(Q + "Sources")?.Elements() ?? [])
            {
                if (source.Name != Q + "TextSource")
                {
                    skipped++;
                    continue;
                }

                var name = source.Attribute("name")?.Value is { Length: > 0 } n ? n : Guid(source);
                if (!sources.TryAdd(name, ReadSource(source, name)))
                {
                    throw Error(file, source, $"two text sources are named '{name}'; an interview id must be unique");
                }

                names[Guid(source)] = name;
            }

            return new RefiProject(root.Attribute("name")?.Value ?? "", _users.Values.Distinct().ToArray(), _codes.Values.Where(c => c.IsCodable).ToArray(),
                RefiCodeTree.FromProject(root), sources, ReadCases(names), _codings, skipped);
        }

        private string ReadSource(XElement source, string name)
        {
            var text = source.Element(Q + "PlainTextContent")?.Value
                ?? Internal(source, source.Attribute("plainTextPath")?.Value)
                ?? throw Error(file, source, $"text source '{name}' has neither PlainTextContent nor a plainTextPath");
            foreach (var selection in source.Elements(Q + "PlainTextSelection"))
            {
                var start = Position(selection, "startPosition");
                var end = Position(selection, "endPosition");
                if (start < 0 || end > text.Length || start > end)
                {
                    throw Error(file, selection, $"selection {start}..{end} is outside text source '{name}' ({text.Length} characters)");
                }

                foreach (var coding in selection.Elements(Q + "Coding"))
                {
                    _codings.Add(Coding(coding, name, start, end, text[start..end]));
                }
            }

            // A coding of the whole source, without a selection: an interview-level code with no quote.
            foreach (var coding in source.Elements(Q + "Coding"))
            {
                _codings.Add(Coding(coding, name, null, null, ""));
            }

            return text;
        }

        private RefiCoding Coding(XElement coding, string source, int? start, int? end, string text)
        {
            var target = coding.Element(Q + "CodeRef")?.Attribute("targetGUID")?.Value ?? throw Error(file, coding, "coding has no CodeRef");
            if (!_codes.TryGetValue(target, out var code))
            {
                throw Error(file, coding, $"CodeRef {target} names no code of the project's CodeBook");
            }

            var user = coding.Attribute("creatingUser")?.Value;
            var coder = user is null ? Unknown : _users.TryGetValue(user, out var found) ? found : throw Error(file, coding, $"creatingUser {user} is not a User of the project");
            var note = coding.Elements(Q + "NoteRef").Select(r => _notes.GetValueOrDefault(r.Attribute("targetGUID")?.Value ?? "")).FirstOrDefault(n => n is not null);
            var score = note is null ? null : ScoreNote().Match(note) is { Success: true } m ? m.Groups[1].Value : null;
            return new RefiCoding(source, code.Guid, code.Name, code.VariableId, coder, score, start, end, text, Line(coding));
        }

        private Dictionary<string, IReadOnlyDictionary<string, string>> ReadCases(Dictionary<string, string> sourceNames)
        {
            var variables = (root.Element(Q + "Variables")?.Elements(Q + "Variable") ?? [])
                .ToDictionary(Guid, v => Required(v, "name"), StringComparer.OrdinalIgnoreCase);
            var attributes = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            foreach (var @case in root.Element(Q + "Cases")?.Elements(Q + "Case") ?? [])
            {
                var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var value in @case.Elements(Q + "VariableValue"))
                {
                    var target = value.Element(Q + "VariableRef")?.Attribute("targetGUID")?.Value ?? "";
                    var name = variables.GetValueOrDefault(target) ?? throw Error(file, value, $"VariableRef {target} names no Variable of the project");
                    if (value.Elements().Skip(1).FirstOrDefault() is { Value.Length: > 0 } typed)
                    {
                        values[name] = typed.Value;
                    }
                }

                foreach (var source in @case.Elements(Q + "SourceRef").Select(r => r.Attribute("targetGUID")?.Value ?? ""))
                {
                    if (sourceNames.TryGetValue(source, out var name))
                    {
                        attributes[name] = values;
                    }
                }
            }

            return attributes;
        }

        private string? Internal(XElement element, string? path)
        {
            const string Prefix = "internal://";
            if (path is null)
            {
                return null;
            }

            if (!path.StartsWith(Prefix, StringComparison.Ordinal))
            {
                throw Error(file, element, $"plainTextPath '{path}' is not inside the archive (internal://...); external files cannot be imported");
            }

            var entry = zip.GetEntry("Sources/" + path[Prefix.Length..]) ?? throw Error(file, element, $"plainTextPath '{path}' names no file under Sources/ in the archive");
            using var reader = new StreamReader(entry.Open());
            return reader.ReadToEnd();
        }

        private int Position(XElement selection, string attribute) =>
            int.TryParse(Required(selection, attribute), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw Error(file, selection, $"{attribute} '{selection.Attribute(attribute)!.Value}' is not a character position");

        private string Guid(XElement element) => Required(element, "guid");

        private string Required(XElement element, string attribute) =>
            element.Attribute(attribute)?.Value ?? throw Error(file, element, $"required attribute '{attribute}' is missing");
    }

    private static InputException Error(string file, XElement element, string problem)
    {
        var guid = element.Attribute("guid")?.Value;
        return new InputException(file, Line(element), $"{Qde} <{element.Name.LocalName}{(guid is null ? "" : $" guid=\"{guid}\"")}>: {problem}");
    }

    private static int Line(XElement element) => ((IXmlLineInfo)element).LineNumber;

    // PreCoder's code descriptions end in a .qdc description block whose "id:" line is the variable id.
    private static string? VariableIdOf(string? description)
    {
        if (description is null)
        {
            return null;
        }

        var marker = description.IndexOf("--- precoder ---", StringComparison.Ordinal);
        return marker >= 0 && VariableIdLine().Match(description, marker) is { Success: true } m ? m.Groups[1].Value.Trim() : null;
    }

    [GeneratedRegex(@"^id: (.+)$", RegexOptions.Multiline)]
    private static partial Regex VariableIdLine();

    // A nominal score is its category label, which may hold spaces; the variable id after " on " has none.
    [GeneratedRegex(@"^PreCoder score (.+) on \S+ by ")]
    private static partial Regex ScoreNote();
}
