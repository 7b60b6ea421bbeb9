using System.Collections.Concurrent;
using PreCoder.Agreement;
using PreCoder.Core.Codebooks;

namespace PreCoder.Reporting.Reliability;

/// <summary>One variable's ratings as units x (coders + consensus column), with each coder's evidence.</summary>
internal sealed class VariableGrid
{
    private readonly List<string> _units = [];
    private readonly List<double[]> _values = [];
    private readonly List<string[]> _evidence = [];
    private readonly Dictionary<int[], List<double[]>> _rows = new(ReferenceEqualityComparer.Instance);
    // Read by every pooled scope at once, on every core: lock-free reads (a lock per grid had the cores queueing).
    private readonly ConcurrentDictionary<int[], CoincidenceTally?> _scoreTallies = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<int[], CoincidenceTally?> _presenceTallies = new(ReferenceEqualityComparer.Instance);
    private int[] _codes = [];
    private int _columns;

    private VariableGrid(Variable variable) => Variable = variable;

    public Variable Variable { get; }

    /// <summary>Gets the distinct scores given to this variable (by any coder), ascending.</summary>
    public double[] Categories { get; private set; } = [];

    /// <summary>Gets the number of units anyone coded.</summary>
    public int Units => _values.Count;

    /// <summary>
    /// Gets the position in <see cref="Categories"/> of the score in <paramref name="column"/> (a coder, or the
    /// consensus after the coders) for <paramref name="unit"/>; -1 when missing. Every comparison's tallies are counts
    /// of these codes over its columns, so scores are looked up in the scale once per variable, not once per comparison.
    /// </summary>
    public int Code(int unit, int column) => _codes[(unit * _columns) + column];

    /// <param name="ratings">The variable's ratings (others are ignored).</param>
    public static VariableGrid Build(Variable variable, int coderCount, IReadOnlyDictionary<string, int> columns, int[] humans, IEnumerable<UnitRating> ratings)
    {
        var grid = new VariableGrid(variable);
        // Rows are found by unit in the ratings' order (a later rating of the same unit and coder wins), then put in the
        // units' ordinal order: sorting a variable's few hundred units, not its every rating, at the seed study's scale.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var units = new List<string>();
        var values = new List<double[]>();
        var evidence = new List<string[]>();
        foreach (var r in ratings)
        {
            if (r.VariableId != variable.Id || !columns.TryGetValue(r.CoderId, out var column))
            {
                continue;
            }
            if (!index.TryGetValue(r.Unit, out var row))
            {
                row = units.Count;
                index[r.Unit] = row;
                units.Add(r.Unit);
                var scores = new double[coderCount + 1];
                Array.Fill(scores, double.NaN);
                values.Add(scores);
                var quotes = new string[coderCount];
                Array.Fill(quotes, "");
                evidence.Add(quotes);
            }
            values[row][column] = r.Value;
            evidence[row][column] = r.Evidence ?? "";
        }
        var keys = units.ToArray();
        var order = Enumerable.Range(0, keys.Length).ToArray();
        Array.Sort(keys, order, StringComparer.Ordinal);
        foreach (var row in order)
        {
            grid._units.Add(units[row]);
            grid._values.Add(values[row]);
            grid._evidence.Add(evidence[row]);
        }
        foreach (var row in grid._values)
        {
            row[coderCount] = Consensus.Of(humans.Select(h => row[h]).ToArray());
        }
        grid.Encode(coderCount + 1);
        return grid;
    }

    private void Encode(int columns)
    {
        var categories = new List<double>(8);
        foreach (var row in _values)
        {
            foreach (var v in row)
            {
                if (!double.IsNaN(v) && !categories.Contains(v))
                {
                    categories.Add(v);
                }
            }
        }
        categories.Sort();
        Categories = [.. categories];
        _columns = columns;
        _codes = new int[_values.Count * columns];
        for (var u = 0; u < _values.Count; u++)
        {
            for (var c = 0; c < columns; c++)
            {
                var v = _values[u][c];
                _codes[(u * columns) + c] = double.IsNaN(v) ? -1 : Array.BinarySearch(Categories, v);
            }
        }
    }

    /// <summary>
    /// The selected columns of every unit at least one of them coded; units nobody coded carry no information. Kept per
    /// column selection (by reference: each comparison has one array), because the category and overall scopes pool
    /// the same rows the variable scope built - at the seed study's scale that was a million small arrays again.
    /// </summary>
    public IReadOnlyList<double[]> Rows(int[] columns)
    {
        lock (_rows)
        {
            if (_rows.TryGetValue(columns, out var kept))
            {
                return kept;
            }
        }
        var rows = new List<double[]>(_values.Count);
        foreach (var row in _values)
        {
            var selected = new double[columns.Length];
            var any = false;
            for (var i = 0; i < columns.Length; i++)
            {
                selected[i] = row[columns[i]];
                any |= !double.IsNaN(selected[i]);
            }
            if (any)
            {
                rows.Add(selected);
            }
        }
        lock (_rows)
        {
            _rows[columns] = rows;
        }
        return rows;
    }

    /// <summary>
    /// The coincidence tally of the scores in the selected columns (null when none of them coded any unit), made once per
    /// column selection (by reference, like <see cref="Rows"/>): the variable's alpha and every pooled scope's read it.
    /// </summary>
    public CoincidenceTally? ScoreTally(int[] columns) => Kept(_scoreTallies, columns, () => ScopeTallies.Scores(this, columns));

    /// <summary>The coincidence tally of absent and present in the selected columns, as <see cref="ScoreTally"/>.</summary>
    public CoincidenceTally? PresenceTally(int[] columns) => Kept(_presenceTallies, columns, () => ScopeTallies.Presence(this, columns));

    // Two threads asking at once may both count; they count the same, and one of them is kept.
    private static CoincidenceTally? Kept(ConcurrentDictionary<int[], CoincidenceTally?> kept, int[] columns, Func<CategoryCounts?> count) =>
        kept.TryGetValue(columns, out var tally) ? tally : kept.GetOrAdd(columns, _ => count() is { } counts ? CoincidenceTally.Of(counts) : null);

    public IEnumerable<Disagreement> Disagreements(int coderCount)
    {
        for (var u = 0; u < _units.Count; u++)
        {
            if (Differ(_values[u].AsSpan(0, coderCount)))
            {
                yield return new Disagreement(_units[u], Variable.Id, Variable.Name, _values[u][..coderCount], _evidence[u]);
            }
        }
    }

    // At least two different scores among those given; checked without allocating, since most units are not reported.
    private static bool Differ(ReadOnlySpan<double> scores)
    {
        var first = double.NaN;
        foreach (var s in scores)
        {
            if (double.IsNaN(s))
            {
                continue;
            }
            if (double.IsNaN(first))
            {
                first = s;
            }
            else if (s != first)
            {
                return true;
            }
        }
        return false;
    }
}
