using BenchmarkDotNet.Attributes;
using PreCoder.Agreement;

namespace PreCoder.Benchmarks;

/// <summary>Seed-study scale agreement analysis; run with <c>-- --filter '*Agreement*'</c>.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class AgreementBenchmarks
{
    private RatingMatrix[] _variables = [];

    [GlobalSetup]
    public void Setup() => _variables = SeedStudyData.Create();

    /// <summary>The target: all 288 variables, both cores (variables are independent, each has its own seed).</summary>
    [Benchmark(Description = "Seed study: 288 vars, alpha+1000 boot + all stats, parallel")]
    public double SeedStudyParallel()
    {
        var sums = new double[_variables.Length];
        Parallel.For(0, _variables.Length, v => sums[v] = SeedStudyWorkload.Analyze(_variables[v], v));
        return sums.Sum();
    }

    [Benchmark(Description = "Seed study: 288 vars, alpha+1000 boot + all stats, 1 thread")]
    public double SeedStudySequential()
    {
        var sum = 0.0;
        for (var v = 0; v < _variables.Length; v++)
        {
            sum += SeedStudyWorkload.Analyze(_variables[v], v);
        }

        return sum;
    }

    [Benchmark(Description = "288 vars: ordinal alpha + 1000 boot only, 1 thread")]
    public double OrdinalAlphaBootstrapOnly()
    {
        var sum = 0.0;
        for (var v = 0; v < _variables.Length; v++)
        {
            var r = KrippendorffAlpha.Compute(_variables[v], MeasurementLevel.Ordinal, new BootstrapOptions(SeedStudyWorkload.Resamples, (ulong)v));
            sum += r.CiLow;
        }

        return sum;
    }

    [Benchmark(Description = "288 vars: ordinal alpha point estimate only, 1 thread")]
    public double OrdinalAlphaPointOnly()
    {
        var sum = 0.0;
        foreach (var m in _variables)
        {
            sum += KrippendorffAlpha.Compute(m, MeasurementLevel.Ordinal).Value;
        }

        return sum;
    }

    [Benchmark(Description = "288 vars: all other statistics (points), 1 thread")]
    public double OtherStatisticsOnly()
    {
        var sum = 0.0;
        foreach (var m in _variables)
        {
            sum += SeedStudyWorkload.AllOtherStatistics(m);
        }

        return sum;
    }
}
