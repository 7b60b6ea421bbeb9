using PreCoder.Team.Benchmarks;

// dotnet run --project tests/PreCoder.Team.Benchmarks -c Release -- [FILES] [CONNECTION]
// CONNECTION defaults to PRECODER_TEST_POSTGRES; each measurement gets a database of its own, dropped afterwards.
var files = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 40;
var connection = args.Length > 1 ? args[1] : Environment.GetEnvironmentVariable("PRECODER_TEST_POSTGRES")
    ?? throw new InvalidOperationException("pass a PostgreSQL connection string or set PRECODER_TEST_POSTGRES");
foreach (var workers in new[] { 1, 2 })
{
    var result = await TeamBench.RunAsync(connection, files, workers);
    Console.WriteLine(result);
}
