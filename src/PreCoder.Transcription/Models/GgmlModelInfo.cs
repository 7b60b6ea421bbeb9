namespace PreCoder.Transcription.Models;

/// <summary>The hyper-parameters a ggml Whisper model file declares in its header, checked before whisper.cpp sees the file.</summary>
public sealed record GgmlModelInfo(
    string Path,
    long Length,
    int Vocabulary,
    int AudioContext,
    int AudioState,
    int AudioHeads,
    int AudioLayers,
    int TextContext,
    int TextState,
    int TextHeads,
    int TextLayers,
    int Mels,
    int FileType,
    int Tensors)
{
    /// <summary>Multilingual models (51865+ tokens) detect languages and translate; English-only (.en) models do neither.</summary>
    public bool IsMultilingual => Vocabulary >= 51865;

    /// <summary>The ggml type of the weight matrices, with the quantization version factor removed (1 = f16).</summary>
    public int WeightType => FileType % 1000;
}
