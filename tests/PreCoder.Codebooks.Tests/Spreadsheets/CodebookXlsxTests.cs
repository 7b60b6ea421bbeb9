using PreCoder.Codebooks.Files;
using PreCoder.Codebooks.Spreadsheets;
using PreCoder.Codebooks.Tests.Support;
using PreCoder.Codebooks.Yaml;

namespace PreCoder.Codebooks.Tests.Spreadsheets;

public sealed class CodebookXlsxTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Save_Load_Lossless()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;
        var path = _temp.File("full.xlsx");

        CodebookFiles.Save(codebook, path);
        var back = CodebookFiles.Read(path);

        Diagnose.Clean(back);
        CodebookAssert.Equivalent(codebook, back.Codebook!);
    }

    [Fact]
    public void Read_BadCell_ReportsRowNumber()
    {
        var codebook = CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;
        var broken = codebook with
        {
            Variables = codebook.Variables.Select(v => v.Id == "rol_fighter" ? v with { AppliesTo = "gender" } : v).ToList(),
        };
        using var stream = new MemoryStream();
        CodebookXlsx.Write(broken, stream);
        stream.Position = 0;

        var result = CodebookXlsx.Read(stream, "b.xlsx");

        var row = broken.Variables.ToList().FindIndex(v => v.Id == "rol_fighter") + 2;
        Diagnose.HasError(result, row, "bad applies_to 'gender'");
    }

    [Fact]
    public void Read_NotAWorkbook_ReportsError()
    {
        using var stream = new MemoryStream("not a zip"u8.ToArray());

        var result = CodebookXlsx.Read(stream, "x.xlsx");

        Diagnose.HasError(result, null, "not a readable .xlsx workbook");
    }
}
