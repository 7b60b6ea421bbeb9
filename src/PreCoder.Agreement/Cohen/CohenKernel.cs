namespace PreCoder.Agreement;

/// <summary>
/// Cohen's (weighted) kappa for one coder pair from category indices, with unit frequency weights so the
/// bootstrap reuses the same arrays. Units where either coder is missing are skipped (listwise, as R irr).
/// </summary>
internal sealed class CohenKernel
{
    private readonly int[] _a;
    private readonly int[] _b;
    private readonly double[] _multiplicity;
    private readonly double[] _w;
    private readonly int _q;
    private readonly double[] _table;
    private readonly double[] _rowMargin;
    private readonly double[] _colMargin;

    public CohenKernel(int[] codesA, int[] codesB, double[] multiplicity, int categories, double[] weights)
    {
        _a = codesA;
        _b = codesB;
        _multiplicity = multiplicity;
        _q = categories;
        _w = weights;
        _table = new double[categories * categories];
        _rowMargin = new double[categories];
        _colMargin = new double[categories];
    }

    public int Units => _a.Length;

    public AgreementResult Evaluate(ReadOnlySpan<double> unitWeights)
    {
        Array.Clear(_table);
        Array.Clear(_rowMargin);
        Array.Clear(_colMargin);
        var total = 0.0;
        for (var i = 0; i < _a.Length; i++)
        {
            int a = _a[i], b = _b[i];
            if (a < 0 || b < 0)
            {
                continue;
            }

            var f = unitWeights.IsEmpty ? _multiplicity[i] : _multiplicity[i] * unitWeights[i];
            _table[(a * _q) + b] += f;
            _rowMargin[a] += f;
            _colMargin[b] += f;
            total += f;
        }

        if (total == 0)
        {
            return new AgreementResult(double.NaN, 0, 0, double.NaN, double.NaN);
        }

        double po = 0, pe = 0;
        for (var k = 0; k < _q; k++)
        {
            for (var l = 0; l < _q; l++)
            {
                var w = _w[(k * _q) + l];
                po += w * _table[(k * _q) + l];
                pe += w * _rowMargin[k] * _colMargin[l];
            }
        }

        po /= total;
        pe /= total * total;
        return AgreementResult.ChanceCorrected(1 - po, 1 - pe, total, 2 * total);
    }
}
