namespace PreCoder.Agreement;

/// <summary>
/// The irrCAC family (pairwise agreement, Fleiss, Gwet AC1/AC2, Brennan-Prediger, Conger) on per-unit tallies.
/// Follows irrCAC's missing-data rule: p_a averages over units with at least two ratings, prevalences over units
/// with at least one. Per-unit terms are precomputed, so evaluating under bootstrap weights is O(units x q).
/// </summary>
internal sealed class MultiraterKernel
{
    private readonly CategoricalTallies _t;
    private readonly double[] _w;
    private readonly double _weightSum;
    private readonly double[] _unitAgreement;   // p_a,i; NaN for units with fewer than two ratings
    private readonly double[] _frequencies;
    private readonly double[] _prevalence;
    private readonly double[] _raterCounts;     // Conger: raters x q, reused

    public MultiraterKernel(CategoricalTallies tallies, AgreementWeights weights)
    {
        _t = tallies;
        int q = tallies.Categories, n = tallies.Units;
        _w = weights.Build(q);
        _weightSum = _w.Sum();
        _unitAgreement = new double[n];
        for (var i = 0; i < n; i++)
        {
            var r = tallies.Totals[i];
            if (r < 2)
            {
                _unitAgreement[i] = double.NaN;
                continue;
            }

            var row = tallies.Counts.AsSpan(i * q, q);
            var sum = 0.0;
            for (var k = 0; k < q; k++)
            {
                if (row[k] == 0)
                {
                    continue;
                }

                var weighted = 0.0;
                for (var l = 0; l < q; l++)
                {
                    weighted += _w[(k * q) + l] * row[l];
                }

                sum += row[k] * (weighted - 1);
            }

            _unitAgreement[i] = sum / (r * (r - 1));
        }

        _frequencies = new double[n];
        _prevalence = new double[q];
        _raterCounts = new double[Math.Max(tallies.Raters, 1) * q];
    }

    /// <summary>Evaluates the coefficient; bootstrap weights may be empty (the plain data).</summary>
    public AgreementResult Evaluate(ChanceModel model, ReadOnlySpan<double> unitWeights)
    {
        var t = _t;
        int q = t.Categories, n = t.Units;
        t.Frequencies(unitWeights, _frequencies);

        double agreeSum = 0, pairedUnits = 0, pairable = 0, ratedUnits = 0;
        Array.Clear(_prevalence);
        for (var i = 0; i < n; i++)
        {
            var f = _frequencies[i];
            var r = t.Totals[i];
            if (f == 0 || r < 1)
            {
                continue;
            }

            ratedUnits += f;
            var row = t.Counts.AsSpan(i * q, q);
            for (var k = 0; k < q; k++)
            {
                _prevalence[k] += f * row[k] / r;
            }

            if (r >= 2)
            {
                agreeSum += f * _unitAgreement[i];
                pairedUnits += f;
                pairable += f * r;
            }
        }

        if (pairedUnits == 0)
        {
            return new AgreementResult(double.NaN, 0, 0, double.NaN, double.NaN);
        }

        var pa = agreeSum / pairedUnits;
        for (var k = 0; k < q; k++)
        {
            _prevalence[k] /= ratedUnits;
        }

        double pe;
        switch (model)
        {
            case ChanceModel.None:
                return new AgreementResult(pa, pairedUnits, pairable, 1 - pa, double.NaN);
            case ChanceModel.Fleiss:
                pe = Quadratic(_prevalence, _prevalence);
                break;
            case ChanceModel.Gwet:
                var spread = 0.0;
                foreach (var p in _prevalence)
                {
                    spread += p * (1 - p);
                }

                // q = 1 leaves no room for chance disagreement; NaN flows into the result as documented.
                pe = q > 1 ? _weightSum / (q * (q - 1.0)) * spread : double.NaN;
                break;
            case ChanceModel.BrennanPrediger:
                pe = _weightSum / ((double)q * q);
                break;
            case ChanceModel.Conger:
                pe = CongerChance();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(model), model, null);
        }

        return AgreementResult.ChanceCorrected(1 - pa, 1 - pe, pairedUnits, pairable);
    }

    private double Quadratic(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var q = a.Length;
        var sum = 0.0;
        for (var k = 0; k < q; k++)
        {
            for (var l = 0; l < q; l++)
            {
                sum += _w[(k * q) + l] * a[k] * b[l];
            }
        }

        return sum;
    }

    // irrCAC conger.kappa.raw: p_e = sum w_kl (pbar_k pbar_l - s2_kl / r), s2_kl the between-rater covariance
    // of the rater-specific classification proportions p_gk. Raters who rated nothing are left out of r.
    private double CongerChance()
    {
        var t = _t;
        var codes = t.Codes ?? throw new InvalidOperationException("Conger's kappa needs coder identities.");
        int q = t.Categories, raters = t.Raters;
        Array.Clear(_raterCounts);
        for (var i = 0; i < t.Units; i++)
        {
            var f = _frequencies[i];
            if (f == 0 || t.Totals[i] < 1)
            {
                continue;
            }

            for (var g = 0; g < raters; g++)
            {
                var k = codes[(i * raters) + g];
                if (k >= 0)
                {
                    _raterCounts[(g * q) + k] += f;
                }
            }
        }

        var active = 0;
        Span<double> mean = stackalloc double[q];
        for (var g = 0; g < raters; g++)
        {
            var row = _raterCounts.AsSpan(g * q, q);
            var total = 0.0;
            foreach (var c in row)
            {
                total += c;
            }

            if (total == 0)
            {
                continue;
            }

            active++;
            for (var k = 0; k < q; k++)
            {
                row[k] /= total;
                mean[k] += row[k];
            }
        }

        if (active < 2)
        {
            return double.NaN;
        }

        for (var k = 0; k < q; k++)
        {
            mean[k] /= active;
        }

        // sum_kl w_kl [pbar_k pbar_l - (sum_g p_gk p_gl - r pbar_k pbar_l) / (r (r - 1))]
        var pe = 0.0;
        for (var k = 0; k < q; k++)
        {
            for (var l = 0; l < q; l++)
            {
                var w = _w[(k * q) + l];
                if (w == 0)
                {
                    continue;
                }

                var cross = 0.0;
                for (var g = 0; g < raters; g++)
                {
                    cross += _raterCounts[(g * q) + k] * _raterCounts[(g * q) + l];
                }

                var s2 = (cross - (active * mean[k] * mean[l])) / (active - 1);
                pe += w * ((mean[k] * mean[l]) - (s2 / active));
            }
        }

        return pe;
    }
}
