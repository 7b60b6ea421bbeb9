using PreCoder.Core.Coding;
using PreCoder.Reporting.Refi;
using PreCoder.Reporting.StudyCodes;
using PreCoder.Reporting.StudyTables;
using Xunit;

namespace PreCoder.Reporting.Tests.Refi;

public sealed class RefiProjectReaderTests
{
    [Fact]
    public void Read_PreCoderExport_RoundTripsCodeTreeSourcesAndCodings()
    {
        var codebook = new Core.Codebooks.Codebook
        {
            Id = "t",
            Name = "T",
            Categories = [new Core.Codebooks.Category("vulnerabilities", "Vulnerabilities")],
            Variables = [Some.Likert("vul_poverty") with { Definition = "Lack of money." }, Some.Likert("vul_debt") with { Definition = "Owing money." }],
        };
        RefiPassage[] passages = [new("int01", "p1", 0, "Abu Anas", "We had nothing, only debts.", null)];
        CodeRecord[] codings =
        [
            new("int01", null, "vul_poverty", "ayse", Score.Of(3), [new EvidenceQuote("p1", 0, 14, "We had nothing")]),
            new("int01", null, "vul_debt", "jonas", Score.Of(1), [new EvidenceQuote("p1", 21, 5, "debts")]),
        ];
        using var stream = new MemoryStream();
        RefiProjectWriter.Write("pilot", codebook, Some.CodeTree(codebook), [new StudyInterview("int01", new Dictionary<string, string>())], passages, codings,
            new CodeSource("ayse", "coder ayse", new Dictionary<(string, string), Score>()), stream, DateTimeOffset.UnixEpoch);
        stream.Position = 0;

        var project = RefiProjectReader.Read(stream, "pilot.qdpx");

        Assert.Equal("pilot", project.Name);
        Assert.Equal(["ayse", "jonas"], project.Users);
        Assert.Equal([("vul_poverty", "VUL_POVERTY", "Vulnerabilities"), ("vul_debt", "VUL_DEBT", "Vulnerabilities")], project.Codes.Select(c => (c.VariableId, c.Name, c.Category)));
        Assert.Equal("Abu Anas: We had nothing, only debts.", project.Sources["int01"]);
        Assert.Equal(
            [("int01", "vul_poverty", "ayse", "3", "We had nothing"), ("int01", "vul_debt", "jonas", "1", "debts")],
            project.Codings.Select(c => (c.Source, c.VariableId, c.Coder, c.Score, c.Text)));
        // The code tree comes back as a .qdc document the codebook reader rebuilds the codebook from.
        var back = PreCoder.Codebooks.Qdc.CodebookQdc.Read(project.CodebookDocument, "pilot.qdpx").GetCodebookOrThrow();
        Assert.Equal(codebook.Variables.Select(v => (v.Id, v.Name, v.Category, v.Scale.Describe())), back.Variables.Select(v => (v.Id, v.Name, v.Category, v.Scale.Describe())));
    }

    [Fact]
    public void Read_NotAProject_InputErrorNamingTheFile()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("readme.txt");
        }

        stream.Position = 0;

        Assert.Equal("pilot.qdpx", Assert.Throws<Core.Errors.InputException>(() => RefiProjectReader.Read(stream, "pilot.qdpx")).File);
    }
}
