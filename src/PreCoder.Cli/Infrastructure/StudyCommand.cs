using PreCoder.Core.Errors;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Infrastructure;

/// <summary>
/// Base of every command: opens the study, turns known failures into one-line errors with meaningful exit codes
/// (see <see cref="ExitCodes"/>), and honours Ctrl-C through the cancellation token.
/// </summary>
public abstract class StudyCommand<TSettings> : AsyncCommand<TSettings> where TSettings : CommonSettings
{
    /// <summary>False for commands that create the study (init) or need none (codebook validate).</summary>
    protected virtual bool RequiresStudy => true;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, CtrlC.Token);
        try
        {
            Output = new Output(settings.Json);
            using var session = await StudySession.OpenAsync(OpenOptions(settings), cts.Token);
            return await RunAsync(session, settings, cts.Token);
        }
        catch (Codebooks.Diagnostics.CodebookException ex)
        {
            foreach (var error in ex.Errors)
            {
                Console.Error.WriteLine($"error: {error.Message}");
            }
            return ExitCodes.BadInput;
        }
        catch (InputException ex)
        {
            return Fail(ex.Message, ExitCodes.BadInput);
        }
        catch (Application.Decisions.DecisionConflictException ex)
        {
            return Fail(ex.Message, ExitCodes.BadInput);
        }
        catch (UnavailableException ex)
        {
            return Fail(ex.Message, ExitCodes.Unavailable);
        }
        catch (OperationCanceledException) when (CtrlC.Token.IsCancellationRequested)
        {
            return Fail("interrupted; finished work is kept, run the same command again to resume", ExitCodes.Interrupted);
        }
    }

    /// <summary>
    /// How the study is opened: the --study folder with the --set overrides, unless a command reads --study otherwise.
    /// A connection string as --study opens the study kept in PostgreSQL, with settings from the current folder; the
    /// password is better kept in PRECODER_Store__ConnectionString than on a command line other users can list.
    /// </summary>
    protected virtual StudyOpenOptions OpenOptions(TSettings settings) => settings.StudyIsConnection
        ? new StudyOpenOptions(Directory.GetCurrentDirectory())
        {
            Overrides = [.. settings.Set, "Store:Provider=Postgres", $"Store:ConnectionString={settings.Study}"],
            Verbose = settings.Verbose,
            RequireStudy = false,
            Notes = ConsoleNotes.Instance,
        }
        : new(settings.StudyPath) { Overrides = settings.Set, Verbose = settings.Verbose, RequireStudy = RequiresStudy, Notes = ConsoleNotes.Instance };

    /// <summary>Where results go: human text, or JSON with --json.</summary>
    protected Output Output { get; private set; } = new(false);

    protected abstract Task<int> RunAsync(StudySession session, TSettings settings, CancellationToken cancellationToken);

    private static int Fail(string message, int code)
    {
        Console.Error.WriteLine($"error: {message}");
        return code;
    }
}
