using System.Diagnostics;

namespace PreCoder.Scale.Benchmarks;

/// <summary>
/// A fixed single-thread workload timed beside each run, so a table from a slowed machine can be told from a slower
/// build: this sandbox's cores have run the same work at half speed for minutes at a time (noisy neighbours, no steal
/// time reported), and every figure of the run moves with it.
/// </summary>
internal static class MachineReference
{
    private const int Iterations = 40_000_000;
    private const int SortLength = 1 << 20;

    /// <summary>The median of three timings of the workload.</summary>
    public static TimeSpan Measure()
    {
        var timings = new[] { Once(), Once(), Once() };
        Array.Sort(timings);
        return timings[1];
    }

    private static TimeSpan Once()
    {
        var clock = Stopwatch.StartNew();
        // Arithmetic and branches, as the bootstrap's draws are, then a sort, as selections and index builds are.
        ulong state = 88172645463325252UL;
        var sum = 0.0;
        for (var i = 0; i < Iterations; i++)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            var u = (state >> 11) * (1.0 / (1UL << 53));
            sum += u < 0.5 ? Math.Sqrt(u) : u * u;
        }
        var values = new double[SortLength];
        for (var i = 0; i < values.Length; i++)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            values[i] = state;
        }
        Array.Sort(values);
        GC.KeepAlive(sum + values[0]);
        return clock.Elapsed;
    }
}
