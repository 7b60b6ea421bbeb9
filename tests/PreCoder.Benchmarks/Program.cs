using BenchmarkDotNet.Running;
using PreCoder.Benchmarks;

// "--time [n]" is a plain Stopwatch + CPU-time run; "--export <dir>" writes the synthetic seed study as CSV for the Python comparison; anything else goes to BenchmarkDotNet.
if (args is ["--export", var directory])
{
    SeedStudyExport.Write(directory);
    return;
}

if (args is ["--alloc"])
{
    SeedStudyTiming.AllocationBreakdown();
    return;
}

if (args is ["--time", ..])
{
    SeedStudyTiming.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
