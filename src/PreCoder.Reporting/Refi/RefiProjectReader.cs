using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PreCoder.Reporting.Refi;

/// <summary>
/// Reads a REFI-QDA project (<c>.qdpx</c>) back: the code tree, the text sources (inline or <c>internal://</c> files)
/// and their coded selections, with PreCoder's variable ids and scores where its own export put them.
/// </summary>
public static partial class RefiProjectReader
{
    private static readonly XNamespace Q = RefiProjectWriter.Namespace;

    /// <exception cref="InvalidDataException">The archive has no <c>project.qde</c>, or it is not a REFI-QDA project.</exception>
    public static RefiProject Read(Stream qdpx)
    {
        using var zip = new ZipArchive(qdpx, ZipArchiveMode.Read, leaveOpen: true);
        var entry = zip.GetEntry("project.qde") ?? throw new InvalidDataException("no project.qde in the archive");
        XDocument project;
        using (var stream = entry.Open())
        {
            project = XDocument.Load(stream);
        }

        var root = project.Root;
        if (root is null || root.Name != Q + "Project")
        {
            throw new InvalidDataException($"project.qde is not a REFI-QDA project (root {root?.Name})");
        }

        var users = root.Descendants(Q + "User").ToDictionary(u => Attr(u, "guid"), u => u.Attribute("name")?.Value ?? Attr(u, "guid"));
        var codes = root.Element(Q + "CodeBook")?.Descendants(Q + "Code")
            .Where(c => c.Attribute("isCodable")?.Value == "true")
            .Select(c =>
            {
                var description = c.Element(Q + "Description")?.Value;
                var id = description is null ? null : VariablePrefix().Match(description) is { Success: true } m ? m.Groups[1].Value : null;
                var parent = c.Parent?.Name == Q + "Code" ? c.Parent.Attribute("name")?.Value : null;
                return new RefiCode(Attr(c, "guid"), Attr(c, "name"), parent, id, description);
            }).ToArray() ?? [];
        var byGuid = codes.ToDictionary(c => c.Guid);
        var notes = root.Element(Q + "Notes")?.Elements(Q + "Note")
            .ToDictionary(n => Attr(n, "guid"), n => n.Element(Q + "PlainTextContent")?.Value ?? "") ?? [];

        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var codings = new List<RefiCoding>();
        foreach (var source in root.Element(Q + "Sources")?.Elements(Q + "TextSource") ?? [])
        {
            var name = source.Attribute("name")?.Value ?? Attr(source, "guid");
            var text = source.Element(Q + "PlainTextContent")?.Value ?? ReadInternal(zip, source.Attribute("plainTextPath")?.Value);
            sources[name] = text;
            foreach (var selection in source.Elements(Q + "PlainTextSelection"))
            {
                var start = (int)selection.Attribute("startPosition")!;
                var end = (int)selection.Attribute("endPosition")!;
                foreach (var coding in selection.Elements(Q + "Coding"))
                {
                    var code = byGuid.GetValueOrDefault(coding.Element(Q + "CodeRef")?.Attribute("targetGUID")?.Value ?? "");
                    var note = coding.Elements(Q + "NoteRef").Select(r => notes.GetValueOrDefault(r.Attribute("targetGUID")?.Value ?? "")).FirstOrDefault(n => n is not null);
                    var score = note is null ? null : ScoreNote().Match(note) is { Success: true } m ? m.Groups[1].Value : null;
                    var coder = users.GetValueOrDefault(coding.Attribute("creatingUser")?.Value ?? "") ?? "";
                    codings.Add(new RefiCoding(name, code?.Name ?? "", code?.VariableId, coder, score, start, end,
                        start >= 0 && end <= text.Length && start <= end ? text[start..end] : ""));
                }
            }
        }

        return new RefiProject(root.Attribute("name")?.Value ?? "", users.Values.ToArray(), codes, sources, codings);
    }

    private static string ReadInternal(ZipArchive zip, string? path)
    {
        const string Internal = "internal://";
        if (path is null || !path.StartsWith(Internal, StringComparison.Ordinal))
        {
            return "";
        }

        var entry = zip.GetEntry("Sources/" + path[Internal.Length..]);
        if (entry is null)
        {
            return "";
        }

        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static string Attr(XElement e, string name) => e.Attribute(name)?.Value ?? "";

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9_.\-]*): ")]
    private static partial Regex VariablePrefix();

    [GeneratedRegex(@"^PreCoder score (\S+) on ")]
    private static partial Regex ScoreNote();
}
