namespace PreCoder.Reporting.Matrices;

/// <summary>
/// One row per interview, one column per attribute and codebook variable: the table R, SPSS and Stata users analyse.
/// Cells are CSV text: numbers culture-invariant, missing as <see cref="MissingCodes"/>, empty when not coded.
/// </summary>
/// <param name="Source">Whose codes, e.g. "coder ayse" (written into every file's header comment).</param>
public sealed record AnalysisMatrix(string Source, IReadOnlyList<MatrixColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, MissingCodes Missing)
{
    public IEnumerable<MatrixColumn> Variables => Columns.Where(c => c.Kind == MatrixColumnKind.Variable);
}
