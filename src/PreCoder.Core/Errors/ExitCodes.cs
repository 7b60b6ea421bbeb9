namespace PreCoder.Core.Errors;

/// <summary>Process exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The run finished but some items failed; the others were kept.</summary>
    public const int PartialFailure = 1;

    /// <summary>Bad command-line usage.</summary>
    public const int Usage = 2;

    /// <summary>Bad input file or value; nothing was changed.</summary>
    public const int BadInput = 3;

    /// <summary>Something needed is missing: a study folder, a model file, a tool such as ffmpeg.</summary>
    public const int Unavailable = 4;

    /// <summary>Interrupted (Ctrl-C); finished work is kept and a rerun resumes.</summary>
    public const int Interrupted = 130;
}
