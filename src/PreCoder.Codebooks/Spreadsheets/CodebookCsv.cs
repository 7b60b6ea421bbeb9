using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Validation;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Spreadsheets;

/// <summary>
/// A codebook as one CSV: optional <c>#key,...</c> rows (header, <c>#category</c>, <c>#scale</c>), then the
/// header <c>id,name,category,definition,scale,anchors,unit,role[,inclusion,exclusion,indicators,applies_to,importance]</c>
/// and one row per variable.
/// </summary>
public static class CodebookCsv
{
    public static CodebookReadResult Read(string csv, string file)
    {
        var bag = new DiagnosticBag(file);
        var rows = CsvReader.Read(csv, bag);
        var map = new SourceMap();
        var codebook = new SpreadsheetCodebookReader(bag, map).Read(rows, file);
        if (codebook is not null)
        {
            bag.AddRange(CodebookValidator.Validate(codebook, file, map));
        }
        return new CodebookReadResult(codebook, bag.Sorted());
    }

    public static string Write(Codebook codebook)
    {
        var meta = SpreadsheetCodebookWriter.MetaRows(codebook)
            .Select(r => (IReadOnlyList<string>)r.Select((cell, i) => i == 0 ? "#" + cell : cell).ToList());
        return CsvWriter.Write(meta.Concat(SpreadsheetCodebookWriter.VariableRows(codebook)));
    }
}
