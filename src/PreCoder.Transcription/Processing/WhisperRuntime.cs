namespace PreCoder.Transcription.Processing;

/// <summary>Which native whisper.cpp build a process loads (<c>Transcription:Runtime</c>).</summary>
public enum WhisperRuntime
{
    /// <summary>Whisper.net's own order: a GPU runtime when its package is deployed beside the tool, else the CPU one.</summary>
    Auto,

    /// <summary>The CPU runtime only (with or without AVX), whatever else is deployed.</summary>
    Cpu,

    /// <summary>NVIDIA CUDA only: needs the Whisper.net.Runtime.Cuda package's native libraries beside the tool and a CUDA driver; fails otherwise rather than run slowly on the CPU.</summary>
    Cuda,
}
