using BenchmarkDotNet.Running;
using PreCoder.Benchmarks;

// "--export <dir>" writes the synthetic seed study as CSV for the Python comparison; anything else goes to BenchmarkDotNet.
if (args is ["--export", var directory])
{
    SeedStudyExport.Write(directory);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
