using PreCoder.Core.Codebooks;

namespace PreCoder.Reporting.Reliability;

/// <summary>One variable's ratings as units x (coders + consensus column), with each coder's evidence.</summary>
internal sealed class VariableGrid
{
    private readonly List<string> _units = [];
    private readonly List<double[]> _values = [];
    private readonly List<string[]> _evidence = [];

    private VariableGrid(Variable variable) => Variable = variable;

    public Variable Variable { get; }

    /// <param name="ratings">The variable's ratings (others are ignored).</param>
    public static VariableGrid Build(Variable variable, int coderCount, IReadOnlyDictionary<string, int> columns, int[] humans, IEnumerable<UnitRating> ratings)
    {
        var grid = new VariableGrid(variable);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in ratings.Where(r => r.VariableId == variable.Id).OrderBy(r => r.Unit, StringComparer.Ordinal))
        {
            if (!columns.TryGetValue(r.CoderId, out var column))
            {
                continue;
            }
            if (!index.TryGetValue(r.Unit, out var row))
            {
                row = grid._units.Count;
                index[r.Unit] = row;
                grid._units.Add(r.Unit);
                grid._values.Add(Enumerable.Repeat(double.NaN, coderCount + 1).ToArray());
                grid._evidence.Add(Enumerable.Repeat("", coderCount).ToArray());
            }
            grid._values[row][column] = r.Value;
            grid._evidence[row][column] = r.Evidence ?? "";
        }
        foreach (var row in grid._values)
        {
            row[coderCount] = Consensus.Of(humans.Select(h => row[h]).ToArray());
        }
        return grid;
    }

    /// <summary>The selected columns of every unit at least one of them coded; units nobody coded carry no information.</summary>
    public IEnumerable<double[]> Rows(int[] columns)
    {
        foreach (var row in _values)
        {
            var selected = columns.Select(c => row[c]).ToArray();
            if (selected.Any(v => !double.IsNaN(v)))
            {
                yield return selected;
            }
        }
    }

    public IEnumerable<Disagreement> Disagreements(int coderCount)
    {
        for (var u = 0; u < _units.Count; u++)
        {
            var scores = _values[u].Take(coderCount).ToArray();
            if (scores.Where(s => !double.IsNaN(s)).Distinct().Count() > 1)
            {
                yield return new Disagreement(_units[u], Variable.Id, Variable.Name, scores, _evidence[u]);
            }
        }
    }
}
