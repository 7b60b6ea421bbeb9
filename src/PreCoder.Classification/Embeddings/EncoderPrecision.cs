namespace PreCoder.Classification.Embeddings;

/// <summary>The arithmetic the packaged encoder runs in.</summary>
public enum EncoderPrecision
{
    /// <summary>
    /// Weights quantized to 8 bits per column when the model loads, activations quantized per call (dynamic
    /// quantization). About 2.7 times as fast on CPUs with 8-bit dot-product instructions; the vectors stay within a
    /// cosine of 0.985 of the float ones (measured in docs/benchmarks/precode.md).
    /// </summary>
    Int8 = 0,

    /// <summary>The model exactly as packaged, in 32-bit floats.</summary>
    Float32 = 1,
}
