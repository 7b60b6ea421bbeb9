using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Validation;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Spreadsheets;

/// <summary>
/// A codebook as a plain CSV table - the header <c>id,name,category,definition,scale,anchors,unit,role[,inclusion,
/// exclusion,indicators,applies_to,importance,scale_description]</c> first, then one row per variable - so Excel,
/// pandas and R read it as it is. Codebook-level data (id, name, description, missing reasons, categories, named
/// scales) lives in a side file of <c>#key,...</c> rows, <c>NAME.meta.csv</c> (see <see cref="SideFilePath"/>);
/// older files with those rows above the header still read.
/// </summary>
public static class CodebookCsv
{
    /// <summary>Reads a table, with the rows of its side file when one is given.</summary>
    public static CodebookReadResult Read(string csv, string file, string? sideCsv = null, string? sideFile = null)
    {
        var bag = new DiagnosticBag(file);
        var rows = CsvReader.Read(csv, bag);
        var map = new SourceMap();
        var reader = new SpreadsheetCodebookReader(bag, map);
        var sideBag = new DiagnosticBag(sideFile ?? SideFilePath(file));
        if (sideCsv is not null)
        {
            reader.ReadSideFile(CsvReader.Read(sideCsv, sideBag), sideBag);
        }
        var codebook = reader.Read(rows, file);
        if (codebook is not null)
        {
            bag.AddRange(CodebookValidator.Validate(codebook, file, map));
        }
        return new CodebookReadResult(codebook, [.. sideBag.Sorted(), .. bag.Sorted()]);
    }

    /// <summary>The variable table alone, header first, with every scale spelled out so it reads without the side file.</summary>
    public static string Write(Codebook codebook) =>
        CsvWriter.Write(SpreadsheetCodebookWriter.VariableRows(codebook, selfContained: true));

    /// <summary>The side file: codebook rows <c>#id</c>, <c>#name</c>, ..., <c>#category</c>, <c>#scale</c>.</summary>
    public static string WriteSideFile(Codebook codebook) =>
        CsvWriter.Write(SpreadsheetCodebookWriter.MetaRows(codebook)
            .Select(r => (IReadOnlyList<string>)r.Select((cell, i) => i == 0 ? "#" + cell : cell).ToList()));

    /// <summary>Where the side file of <paramref name="tablePath"/> lives: <c>codebook.csv</c> -> <c>codebook.meta.csv</c>.</summary>
    public static string SideFilePath(string tablePath) => Path.ChangeExtension(tablePath, null) + ".meta.csv";
}
