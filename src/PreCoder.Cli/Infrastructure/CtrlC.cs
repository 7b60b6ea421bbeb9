namespace PreCoder.Cli.Infrastructure;

/// <summary>Turns the first Ctrl-C into a cancellation, so stages stop between items and keep what is finished.</summary>
public static class CtrlC
{
    private static readonly CancellationTokenSource Source = new();

    static CtrlC()
    {
        Console.CancelKeyPress += (_, e) =>
        {
            if (!Source.IsCancellationRequested)
            {
                e.Cancel = true;
                Source.Cancel();
            }
        };
    }

    public static CancellationToken Token => Source.Token;
}
