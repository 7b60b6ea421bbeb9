using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Reporting.Refi;
using PreCoder.Reporting.StudyCodes;
using PreCoder.Reporting.StudyTables;
using Xunit;

namespace PreCoder.Reporting.Tests.Refi;

public sealed class RefiProjectWriterTests
{
    private static readonly XNamespace Q = RefiProjectWriter.Namespace;

    private static readonly Codebook Codebook = new()
    {
        Id = "t",
        Name = "T",
        Categories = [new Category("vulnerabilities", "Vulnerabilities", "Before joining."), new Category("roles", "Roles")],
        Variables = [Some.Likert("vul_poverty"), Some.Binary("rol_fighter") with { Unit = CodingUnit.Passage }],
    };

    private static readonly StudyInterview[] Interviews = [new("int01", new Dictionary<string, string> { ["gender"] = "male" })];

    private static readonly RefiPassage[] Passages =
    [
        new("int01", "p2", 1, "Abu Anas", "Then I went to Raqqa and fought.", null),
        new("int01", "p1", 0, "Abu Anas", "Nous n'avions rien.", "We had nothing."),
    ];

    private static readonly CodeRecord[] Codings =
    [
        new("int01", null, "vul_poverty", "ayse", Score.Of(3), [new EvidenceQuote("p1", 3, 7, "had not", English: true), new EvidenceQuote("p1", 0, 4, "Nous")]),
        new("int01", null, "vul_poverty", "jonas", Score.Of(0), [new EvidenceQuote("p1", 0, 4, "Nous")]),
        new("int01", "p2", "rol_fighter", "jonas", Score.Of(1), []),
    ];

    private static (XDocument Project, Dictionary<string, string> Sources) Export()
    {
        using var stream = new MemoryStream();
        var scores = new CodeSource("ayse", "coder ayse", new Dictionary<(string, string), Score> { [("int01", "vul_poverty")] = Score.Of(3) });
        RefiProjectWriter.Write("pilot", Codebook, Some.CodeTree(Codebook), Interviews, Passages, Codings, scores, stream, new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        using var zip = new ZipArchive(new MemoryStream(stream.ToArray()));
        var project = XDocument.Load(zip.GetEntry("project.qde")!.Open());
        var sources = zip.Entries.Where(e => e.FullName.StartsWith("Sources/", StringComparison.Ordinal))
            .ToDictionary(e => e.Name[..^4], e => new StreamReader(e.Open()).ReadToEnd());
        return (project, sources);
    }

    [Fact]
    public void Write_Selections_CoverExactlyTheQuotedTextInTheSource()
    {
        var (project, sources) = Export();

        var source = project.Descendants(Q + "TextSource").Single();
        var text = sources[source.Attribute("guid")!.Value];
        Assert.Equal("Abu Anas: Nous n'avions rien.\n[English] We had nothing.\n\nAbu Anas: Then I went to Raqqa and fought.", text);
        var selected = source.Elements(Q + "PlainTextSelection")
            .Select(s => text[(int)s.Attribute("startPosition")!..(int)s.Attribute("endPosition")!])
            .ToArray();
        // jonas's 0 is not a coding of poverty; the passage-level fighter code selects its whole passage.
        Assert.Equal(["Nous", "had not", "Then I went to Raqqa and fought."], selected);
    }

    [Fact]
    public void Write_Codings_RefCodesUsersAndScoreNotes()
    {
        var (project, _) = Export();

        var users = project.Descendants(Q + "User").ToDictionary(u => u.Attribute("guid")!.Value, u => u.Attribute("name")!.Value);
        var codings = project.Descendants(Q + "Coding").ToArray();
        Assert.Equal(3, codings.Length);
        Assert.All(codings, c => Assert.Contains(c.Attribute("creatingUser")!.Value, users.Keys));
        Assert.Equal(2, codings.Count(c => c.Element(Q + "CodeRef")!.Attribute("targetGUID")!.Value == Some.CodeTree(Codebook).VariableGuids["vul_poverty"]));
        var notes = project.Descendants(Q + "Note").Select(n => n.Element(Q + "PlainTextContent")!.Value).ToArray();
        Assert.Contains("PreCoder score 3 on vul_poverty by ayse (Present and very important)", notes);
        var noteGuids = project.Descendants(Q + "Note").Select(n => n.Attribute("guid")!.Value).ToHashSet();
        Assert.All(codings, c => Assert.Contains(c.Element(Q + "NoteRef")!.Attribute("targetGUID")!.Value, noteGuids));
    }

    [Fact]
    public void Write_Cases_AttributesAndScoresAsVariables()
    {
        var (project, _) = Export();

        var variables = project.Descendants(Q + "Variable").ToDictionary(v => v.Attribute("guid")!.Value, v => (Name: v.Attribute("name")!.Value, Type: v.Attribute("typeOfVariable")!.Value));
        var values = project.Descendants(Q + "Case").Single().Elements(Q + "VariableValue")
            .ToDictionary(v => variables[v.Element(Q + "VariableRef")!.Attribute("targetGUID")!.Value].Name, v => v.Elements().Last());
        Assert.Equal(("TextValue", "male"), (values["gender"].Name.LocalName, values["gender"].Value));
        Assert.Equal(("IntegerValue", "3"), (values["vul_poverty"].Name.LocalName, values["vul_poverty"].Value));
        Assert.Equal("Integer", variables.Values.Single(v => v.Name == "rol_fighter").Type);
    }

    [Fact]
    public void Write_Project_FollowsTheSchemaStructure()
    {
        var (project, _) = Export();

        var root = project.Root!;
        Assert.Equal(Q + "Project", root.Name);
        Assert.All(project.Descendants(), e => Assert.Equal(Q, e.Name.Namespace));
        // Children in the order the REFI-QDA Project schema's sequence requires.
        string[] order = ["Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links", "Sets", "Graphs", "Description"];
        var positions = root.Elements().Select(e => Array.IndexOf(order, e.Name.LocalName)).ToArray();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        var guid = new Regex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
        var guids = project.Descendants().Attributes().Where(a => a.Name.LocalName is "guid" or "targetGUID" or "creatingUser").Select(a => a.Value).ToArray();
        Assert.All(guids, g => Assert.Matches(guid, g));
        var declared = project.Descendants().Attributes("guid").Select(a => a.Value).ToArray();
        Assert.Equal(declared.Length, declared.Distinct().Count());
        Assert.All(project.Descendants().Attributes("targetGUID"), a => Assert.Contains(a.Value, declared));
    }

    // The REFI-QDA Project schema (MIT, www.qdasoftware.org) is not committed yet; without it this reports itself skipped.
    [RefiSchemaFact]
    public void Write_Project_ValidatesAgainstOfficialSchema()
    {
        var xsd = RefiSchemaFactAttribute.Path!;
        var (project, _) = Export();
        var schemas = new XmlSchemaSet();
        schemas.Add(RefiProjectWriter.Namespace, xsd);
        var errors = new List<string>();
        project.Validate(schemas, (_, e) => errors.Add(e.Message));

        Assert.Empty(errors);
    }
}
