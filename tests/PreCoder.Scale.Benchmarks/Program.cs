using PreCoder.Scale.Benchmarks;

// Usage: dotnet run -c Release --project tests/PreCoder.Scale.Benchmarks [-- [--repeat N] [--precoder PUBLISHED_EXECUTABLE]]
//        ... -- --write DIR   writes the synthetic study's codebook, transcripts and codes for trying commands by hand.
//        ... -- --reference   times the machine reference alone, to see how fast the machine is right now.
if (args is ["--write", var directory])
{
    SeedScaleStudy.Write(directory);
    return;
}
if (args is ["--reference"])
{
    Console.WriteLine($"machine reference: {MachineReference.Measure().TotalSeconds:0.00} s");
    return;
}
var repeat = 3;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--repeat":
            repeat = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            break;
        case "--precoder":
            MeasuredRun.Executable = Path.GetFullPath(args[i + 1]);
            break;
        default:
            Console.Error.WriteLine($"error: unknown option {args[i]} (--repeat N, --precoder FILE, --write DIR, --reference)");
            return;
    }
}
await ScaleBench.RunAsync(repeat);
