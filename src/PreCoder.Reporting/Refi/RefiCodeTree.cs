using System.Xml;
using System.Xml.Linq;

namespace PreCoder.Reporting.Refi;

/// <summary>
/// The codebook as a REFI-QDA code tree: a <c>.qdc</c> document (PreCoder's description blocks make it lossless) and
/// each variable's code GUID. A project carries the document's codes in its <c>CodeBook</c> and its sets (codebook
/// header, named scales) in its <c>Sets</c>, so an import gets the whole codebook back through the .qdc reader.
/// </summary>
/// <param name="QdcDocument">The codebook as a <c>urn:QDA-XML:codebook:1.0</c> document.</param>
/// <param name="VariableGuids">Variable id to the GUID of its code in <paramref name="QdcDocument"/>.</param>
public sealed record RefiCodeTree(string QdcDocument, IReadOnlyDictionary<string, string> VariableGuids)
{
    public const string CodebookNamespace = "urn:QDA-XML:codebook:1.0";

    /// <summary>Writes the document's <c>Codes</c> (or <c>Sets</c>) children into the project namespace.</summary>
    internal void WriteChildren(XmlWriter x, string element)
    {
        var root = XDocument.Parse(QdcDocument).Root!;
        foreach (var child in root.Elements(XName.Get(element, CodebookNamespace)).Elements())
        {
            Move(child, RefiProjectWriter.Namespace).WriteTo(x);
        }
    }

    /// <summary>True when the document has sets to write (the project schema wants at least one inside <c>Sets</c>).</summary>
    internal bool HasSets => XDocument.Parse(QdcDocument).Root!.Elements(XName.Get("Sets", CodebookNamespace)).Elements().Any();

    /// <summary>A .qdc document made of a project's code tree and sets, for the codebook reader.</summary>
    internal static string FromProject(XElement project)
    {
        XNamespace q = RefiProjectWriter.Namespace;
        var codes = project.Element(q + "CodeBook")?.Element(q + "Codes")?.Elements(q + "Code").Select(c => Move(c, CodebookNamespace)).ToArray() ?? [];
        // A PreCoder variable needs a definition; other programs often leave a code's description empty.
        XNamespace c = CodebookNamespace;
        foreach (var code in codes.SelectMany(x => x.DescendantsAndSelf(c + "Code")).Where(x => string.IsNullOrWhiteSpace(x.Element(c + "Description")?.Value)))
        {
            code.Element(c + "Description")?.Remove();
            code.AddFirst(new XElement(c + "Description", $"Code '{code.Attribute("name")?.Value}' of the REFI-QDA project '{project.Attribute("name")?.Value}'."));
        }

        var codebook = new XElement(XName.Get("CodeBook", CodebookNamespace), new XElement(XName.Get("Codes", CodebookNamespace), codes));
        if (project.Element(q + "Sets") is { } sets)
        {
            // Project sets may also list sources and notes; the codebook schema's sets hold codes only.
            codebook.Add(new XElement(XName.Get("Sets", CodebookNamespace), sets.Elements(q + "Set").Select(s =>
                new XElement(XName.Get("Set", CodebookNamespace), s.Attributes(),
                    s.Elements().Where(e => e.Name.LocalName is "Description" or "MemberCode").Select(e => Move(e, CodebookNamespace))))));
        }
        return new XDocument(codebook).ToString();
    }

    private static XElement Move(XElement element, XNamespace ns) =>
        new(ns + element.Name.LocalName, element.Attributes().Where(a => !a.IsNamespaceDeclaration), element.Nodes().Select(n => n is XElement e ? Move(e, ns) : n));
}
