using System.Diagnostics;
using PreCoder.Agreement;

namespace PreCoder.Benchmarks;

/// <summary>
/// Plain Stopwatch run of the seed study that also reports process CPU time. On a shared build machine wall-clock
/// figures swing with other people's builds; CPU time shows what the work itself costs.
/// </summary>
public static class SeedStudyTiming
{
    public static void Run(int repetitions)
    {
        var variables = SeedStudyData.Create();
        SeedStudyWorkload.Analyze(variables[0], 0); // JIT warm-up
        Console.WriteLine($"{SeedStudyData.Variables} variables x {SeedStudyData.Units} units x {SeedStudyData.Coders} coders, {SeedStudyWorkload.Resamples} resamples, {Environment.ProcessorCount} logical cores");
        for (var r = 0; r < repetitions; r++)
        {
            Measure("parallel", () =>
            {
                var sums = new double[variables.Length];
                Parallel.For(0, variables.Length, v => sums[v] = SeedStudyWorkload.Analyze(variables[v], v));
                return sums.Sum();
            });
            Measure("1 thread", () =>
            {
                var sum = 0.0;
                for (var v = 0; v < variables.Length; v++)
                {
                    sum += SeedStudyWorkload.Analyze(variables[v], v);
                }

                return sum;
            });
        }
    }

    /// <summary>Bytes allocated per variable by each statistic, to find what keeps the run from being allocation-free.</summary>
    public static void AllocationBreakdown()
    {
        var m = SeedStudyData.Create()[0];
        var likert = CategoryScale.Range(0, 3);
        var cases = new (string Name, Action Run)[]
        {
            ("alpha ordinal + 1000 boot", () => KrippendorffAlpha.Compute(m, MeasurementLevel.Ordinal, new BootstrapOptions(1000, 1))),
            ("alpha nominal", () => KrippendorffAlpha.Compute(m, MeasurementLevel.Nominal)),
            ("fleiss", () => FleissKappa.Compute(m, categories: likert)),
            ("conger", () => CongerKappa.Compute(m, categories: likert)),
            ("gwet ac2", () => GwetAc.Compute(m, AgreementWeights.Quadratic, likert)),
            ("cohen (one pair)", () => CohenKappa.Compute(m, 0, 1, categories: likert)),
            ("light", () => LightKappa.Compute(m)),
            ("percent", () => PercentAgreement.Compute(m)),
            ("icc2", () => IntraclassCorrelation.Compute(m, IccForm.Icc2)),
            ("kendall", () => KendallW.Compute(m)),
            ("presence matrix", () => PresenceCoding.ToPresence(m)),
            ("presence P/R/F1", () => PresenceMetrics.Compute(m, 0, 3)),
        };
        foreach (var (name, run) in cases)
        {
            run();
            var before = GC.GetAllocatedBytesForCurrentThread();
            run();
            Console.WriteLine($"{name,-28} {GC.GetAllocatedBytesForCurrentThread() - before,8} bytes");
        }
    }

    private static void Measure(string label, Func<double> work)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var checksum = work();
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine($"{label,-9} wall {clock.Elapsed.TotalMilliseconds,8:F0} ms   cpu {cpu.TotalMilliseconds,8:F0} ms   allocated {allocated / 1048576.0,6:F1} MB   checksum {checksum:F6}");
    }
}
