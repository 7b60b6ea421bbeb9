using PreCoder.Scale.Benchmarks;

// Usage: dotnet run -c Release --project tests/PreCoder.Scale.Benchmarks [-- --repeat N]
var repeat = args is ["--repeat", var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 3;
await ScaleBench.RunAsync(repeat);
