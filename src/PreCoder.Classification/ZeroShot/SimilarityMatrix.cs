using System.Runtime.CompilerServices;
using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.ZeroShot;

/// <summary>
/// Every span of an interview against every variable prototype, computed once per interview: spans are rows (passage by
/// passage, in the order of their passage's spans), variables are columns. <see cref="SpanCompetition"/> and
/// <see cref="VariableMentions"/> both read from it, so no similarity is computed twice. Cells of a variable whose
/// speaker role does not read the span's passage are never computed (NaN) and never read.
/// </summary>
public sealed class SimilarityMatrix
{
    /// <summary>Spans compared together with each prototype: their vectors (1.5 KB each) stay in the processor's cache.</summary>
    private const int RowBlock = 32;

    private readonly double[] _similarity;
    private readonly double[] _z;
    private readonly PassageVectors[] _passageOfRow;
    private readonly EmbeddedSpan[] _spanOfRow;
    private readonly int[] _readingOrder;
    private readonly bool[] _reads;
    private readonly int _columnCount;

    private SimilarityMatrix(IReadOnlyList<VariablePrototype> columns, PassageVectors[] passageOfRow, EmbeddedSpan[] spanOfRow)
    {
        Columns = columns;
        _columnCount = columns.Count;
        _passageOfRow = passageOfRow;
        _spanOfRow = spanOfRow;
        _readingOrder = ReadingOrderOf(passageOfRow, spanOfRow);
        _similarity = new double[passageOfRow.Length * columns.Count];
        _z = new double[_similarity.Length];
        _reads = new bool[_similarity.Length];
        Array.Fill(_similarity, double.NaN);
        Array.Fill(_z, double.NaN);
    }

    public IReadOnlyList<VariablePrototype> Columns { get; }

    public int RowCount => _spanOfRow.Length;

    public PassageVectors PassageOf(int row) => _passageOfRow[row];

    public EmbeddedSpan SpanOf(int row) => _spanOfRow[row];

    /// <summary>The row's position when the rows are read by passage index, then span start (ties keep row order).</summary>
    public int ReadingOrder(int row) => _readingOrder[row];

    /// <summary>True when the column's variable reads the row's passage (its speaker role matches).</summary>
    public bool Reads(int row, int column) => _reads[Cell(row, column)];

    public double Similarity(int row, int column) => _similarity[Cell(row, column)];

    public double Z(int row, int column) => _z[Cell(row, column)];

    /// <summary>The row as a ranked span of the column's variable.</summary>
    public ScoredSpan Scored(int row, int column) => new(_passageOfRow[row], _spanOfRow[row], Similarity(row, column), Z(row, column));

    /// <param name="columns">The variables, in column order; built once per codebook (<see cref="PrototypeSet.Columns"/>).</param>
    public static SimilarityMatrix Build(IReadOnlyList<VariablePrototype> columns, SimilarityReference reference, IReadOnlyList<PassageVectors> passages)
    {
        var (passageOfRow, spanOfRow) = Rows(passages);
        var matrix = new SimilarityMatrix(columns, passageOfRow, spanOfRow);
        var scales = columns.Select(c => reference.Scale(c.Variable.Id)).ToArray();
        for (var firstRow = 0; firstRow < spanOfRow.Length; firstRow += RowBlock)
        {
            matrix.FillBlock(firstRow, Math.Min(spanOfRow.Length, firstRow + RowBlock), scales);
        }
        return matrix;
    }

    private static (PassageVectors[] PassageOfRow, EmbeddedSpan[] SpanOfRow) Rows(IReadOnlyList<PassageVectors> passages)
    {
        var passageOfRow = new List<PassageVectors>();
        var spanOfRow = new List<EmbeddedSpan>();
        foreach (var p in passages)
        {
            foreach (var s in p.Spans)
            {
                passageOfRow.Add(p);
                spanOfRow.Add(s);
            }
        }
        return (passageOfRow.ToArray(), spanOfRow.ToArray());
    }

    /// <summary>
    /// Each cell is exactly <see cref="VariablePrototype.Similarity"/>, the one definition the study reference uses too.
    /// A block of spans meets one prototype after another: all prototypes together are megabytes, more than the
    /// processor's fast caches, so going span by span would fetch every prototype again from memory for every span.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillBlock(int firstRow, int endRow, SimilarityScale[] scales)
    {
        for (var column = 0; column < _columnCount; column++)
        {
            var prototype = Columns[column];
            for (var row = firstRow; row < endRow; row++)
            {
                if (!RoleMatch.Accepts(prototype.Variable.Role, _passageOfRow[row].Passage.Role))
                {
                    continue;
                }
                var cell = Cell(row, column);
                _reads[cell] = true;
                _similarity[cell] = prototype.Similarity(_spanOfRow[row].Vector);
                _z[cell] = scales[column].Z(_similarity[cell]);
            }
        }
    }

    private static int[] ReadingOrderOf(PassageVectors[] passageOfRow, EmbeddedSpan[] spanOfRow)
    {
        var rows = Enumerable.Range(0, passageOfRow.Length)
            .OrderBy(row => passageOfRow[row].Passage.Index).ThenBy(row => spanOfRow[row].Start).ToArray();
        var order = new int[rows.Length];
        for (var position = 0; position < rows.Length; position++)
        {
            order[rows[position]] = position;
        }
        return order;
    }

    private int Cell(int row, int column) => (row * _columnCount) + column;
}
