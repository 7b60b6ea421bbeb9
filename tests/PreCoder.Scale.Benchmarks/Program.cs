using PreCoder.Scale.Benchmarks;

// Usage: dotnet run -c Release --project tests/PreCoder.Scale.Benchmarks [-- [--repeat N] [--precoder PUBLISHED_EXECUTABLE]]
//        ... -- --write DIR   writes the synthetic study's codebook, transcripts and codes for trying commands by hand.
if (args is ["--write", var directory])
{
    SeedScaleStudy.Write(directory);
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
            Console.Error.WriteLine($"error: unknown option {args[i]} (--repeat N, --precoder FILE, --write DIR)");
            return;
    }
}
await ScaleBench.RunAsync(repeat);
