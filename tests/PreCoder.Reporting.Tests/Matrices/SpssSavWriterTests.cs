using System.Text;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Reporting.Matrices;
using PreCoder.Reporting.StudyCodes;
using PreCoder.Reporting.StudyTables;
using Xunit;

namespace PreCoder.Reporting.Tests.Matrices;

/// <summary>
/// The .sav layout, walked record by record as the system-file format describes it. PSPP reading the sample study's
/// file back is the CLI test <c>ExportMatrix_Sav_PsppReadsCasesLabelsAndUserMissing</c>.
/// </summary>
public sealed class SpssSavWriterTests
{
    private static readonly Codebook Codebook = new()
    {
        Id = "t",
        Name = "Test",
        MissingReasons = ["refused"],
        Categories = [new Category("vulnerabilities", "Vulnerabilities")],
        Variables = [Some.Likert("vul_poverty") with { Name = "Pauvreté" }],
    };

    private static byte[] Write()
    {
        StudyInterview[] interviews =
        [
            new("int01", new Dictionary<string, string> { ["legal_status_at_interview"] = "incarcerated_pre_sentence" }),
            new("int02", new Dictionary<string, string> { ["legal_status_at_interview"] = "free" }),
        ];
        var codes = new CodeSource("ayse", "coder ayse", new Dictionary<(string, string), Score> { [("int01", "vul_poverty")] = Score.Of(3), [("int02", "vul_poverty")] = Score.Missing("refused") });
        using var stream = new MemoryStream();
        SpssSavWriter.Write(AnalysisMatrixBuilder.Build(Codebook, interviews, codes), stream, new DateTimeOffset(2026, 12, 2, 9, 5, 0, TimeSpan.Zero));
        return stream.ToArray();
    }

    [Fact]
    public void Write_Matrix_HeaderDictionaryAndCasesAtTheirOffsets()
    {
        var sav = Write();
        var r = new BinaryReader(new MemoryStream(sav));

        Assert.Equal("$FL2", Encoding.ASCII.GetString(r.ReadBytes(4)));
        Assert.StartsWith("@(#) SPSS DATA FILE", Encoding.ASCII.GetString(r.ReadBytes(60)));
        Assert.Equal(2, r.ReadInt32());
        // interview (A5: one segment), legal status (A25: four segments), vul_poverty (numeric: one).
        Assert.Equal(6, r.ReadInt32());
        Assert.Equal(0, r.ReadInt32());
        Assert.Equal(0, r.ReadInt32());
        Assert.Equal(2, r.ReadInt32());
        Assert.Equal(100.0, r.ReadDouble());
        Assert.Equal("02 Dec 2609:05:00", Encoding.ASCII.GetString(r.ReadBytes(17)));
        r.ReadBytes(64 + 3);

        var names = new List<string>();
        var types = new List<int>();
        int record;
        while ((record = r.ReadInt32()) != 999)
        {
            switch (record)
            {
                case 2:
                    types.Add(r.ReadInt32());
                    var hasLabel = r.ReadInt32();
                    var missing = r.ReadInt32();
                    r.ReadBytes(8);
                    names.Add(Encoding.ASCII.GetString(r.ReadBytes(8)).TrimEnd());
                    if (hasLabel == 1)
                    {
                        r.ReadBytes((r.ReadInt32() + 3) / 4 * 4);
                    }
                    r.ReadBytes(8 * Math.Abs(missing));
                    break;
                case 3:
                    var count = r.ReadInt32();
                    for (var i = 0; i < count; i++)
                    {
                        r.ReadDouble();
                        var length = r.ReadByte();
                        r.ReadBytes((length + 1 + 7) / 8 * 8 - 1);
                    }
                    Assert.Equal(4, r.ReadInt32());
                    Assert.Equal([6], Enumerable.Range(0, r.ReadInt32()).Select(_ => r.ReadInt32()));
                    break;
                case 7:
                    r.ReadInt32();
                    var size = r.ReadInt32();
                    r.ReadBytes(size * r.ReadInt32());
                    break;
                default:
                    Assert.Fail($"unexpected record type {record} at {r.BaseStream.Position - 4}");
                    break;
            }
        }

        r.ReadInt32();
        Assert.Equal(["V1", "V2", "", "", "", "V3"], names.Select(n => n.Length == 0 ? "" : n));
        Assert.Equal([5, 25, -1, -1, -1, 0], types);
        // Two cases of six 8-byte segments each, and nothing after them.
        Assert.Equal(sav.Length, r.BaseStream.Position + 2 * 6 * 8);
        Assert.Equal("int01   ", Encoding.ASCII.GetString(r.ReadBytes(8)));
        Assert.Equal("incarcerated_pre_sentence       ", Encoding.ASCII.GetString(r.ReadBytes(32)));
        Assert.Equal(3.0, r.ReadDouble());
        r.ReadBytes(40);
        Assert.Equal(-2.0, r.ReadDouble());
    }
}
