using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Validation;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Qdc;

/// <summary>The REFI-QDA Codebook Exchange format (.qdc, <c>urn:QDA-XML:codebook:1.0</c>) shared with NVivo, ATLAS.ti, MAXQDA and others.</summary>
public static class CodebookQdc
{
    /// <summary>Reads and validates a .qdc document; PreCoder exports come back lossless, others as likert4 variables.</summary>
    public static CodebookReadResult Read(string xml, string file)
    {
        var bag = new DiagnosticBag(file);
        var map = new SourceMap();
        var codebook = new QdcReader(bag, map, file).Read(xml);
        if (codebook is not null)
        {
            bag.AddRange(CodebookValidator.Validate(codebook, file, map));
        }
        return new CodebookReadResult(codebook, bag.Sorted());
    }

    /// <summary>A UTF-8 .qdc document with GUIDs derived from the codebook and variable ids (stable across exports).</summary>
    public static string Write(Codebook codebook) => QdcWriter.Write(codebook);

    /// <summary>The GUID a variable's code gets in exports: UUID v5 of <c>{codebook id}/variable/{variable id}</c>.</summary>
    public static Guid VariableGuid(Codebook codebook, string variableId) => QdcWriter.VariableGuid(codebook, variableId);
}
