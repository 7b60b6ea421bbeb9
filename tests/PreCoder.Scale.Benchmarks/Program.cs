using PreCoder.Scale.Benchmarks;

// Usage: dotnet run -c Release --project tests/PreCoder.Scale.Benchmarks [-- --repeat N]
//        ... -- --write DIR   writes the synthetic study's codebook, transcripts and codes for trying commands by hand.
if (args is ["--write", var directory])
{
    SeedScaleStudy.Write(directory);
    return;
}
var repeat = args is ["--repeat", var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 3;
await ScaleBench.RunAsync(repeat);
