using Whisper.net.LibraryLoader;

namespace PreCoder.Transcription.Processing;

/// <summary>
/// Chooses the native runtime before the first model loads. whisper.cpp is loaded once per process, so the choice is
/// the process's: a GPU worker runs with <c>Transcription:Runtime=Cuda</c>, every other machine with the default.
/// </summary>
public static class WhisperRuntimes
{
    public static void Select(WhisperRuntime runtime)
    {
        RuntimeOptions.RuntimeLibraryOrder = runtime switch
        {
            WhisperRuntime.Cpu => [RuntimeLibrary.Cpu, RuntimeLibrary.CpuNoAvx],
            WhisperRuntime.Cuda => [RuntimeLibrary.Cuda],
            _ => RuntimeOptions.RuntimeLibraryOrder,
        };
    }
}
