using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Tree;
using PreCoder.Codebooks.Validation;

namespace PreCoder.Codebooks.Mapping;

/// <summary>The read pipeline YAML and JSON share: parse to a tree, map to a codebook, validate, collect everything.</summary>
internal static class TreeFormatReader
{
    public static CodebookReadResult Read(string text, string file, Func<string, DiagnosticBag, DocNode?> parse)
    {
        var bag = new DiagnosticBag(file);
        var root = parse(text, bag);
        if (root is null)
        {
            return new CodebookReadResult(null, bag.Sorted());
        }
        var map = new SourceMap();
        var codebook = new CodebookTreeReader(bag, map).Read(root);
        if (codebook is not null)
        {
            bag.AddRange(CodebookValidator.Validate(codebook, file, map));
        }
        return new CodebookReadResult(codebook, bag.Sorted());
    }
}
