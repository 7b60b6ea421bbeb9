using System.Text;

namespace PreCoder.Transcription.Models;

/// <summary>
/// Writes a structurally valid multilingual Whisper ggml model with random f16 weights, in the layout of whisper.cpp's
/// <c>convert-pt-to-ggml.py</c>. It transcribes nonsense, but it exercises the real runtime end to end, so tests and
/// benchmarks need no downloaded weights. A 64-wide, 1-layer model is about 8 MB.
/// </summary>
public static class SyntheticModelWriter
{
    /// <summary>Vocabulary size of the multilingual Whisper models (99 languages).</summary>
    public const int MultilingualVocabulary = 51865;

    private const int TextTokens = 50257;
    private const int AudioContext = 1500;
    private const int TextContext = 448;
    private const int Mels = 80;
    private const int FftBins = 201;

    public static void Write(string path, int width = 64, int heads = 1, int layers = 1, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 8);
        if (width % heads != 0)
        {
            throw new ArgumentException("width must be a multiple of heads", nameof(heads));
        }
        var random = new Random(seed);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var w = new BinaryWriter(file);
        foreach (var v in new[] { GgmlModelReader.Magic, MultilingualVocabulary, AudioContext, width, heads, layers, TextContext, width, heads, layers, Mels, 1 })
        {
            w.Write(v);
        }
        w.Write(Mels);
        w.Write(FftBins);
        for (var i = 0; i < Mels * FftBins; i++)
        {
            w.Write((float)(random.NextDouble() * 0.02));
        }
        w.Write(TextTokens);
        for (var i = 0; i < TextTokens; i++)
        {
            var token = Encoding.ASCII.GetBytes(TokenText(i));
            w.Write(token.Length);
            w.Write(token);
        }

        var tensor = new TensorWriter(w, random);
        tensor.F32("encoder.positional_embedding", AudioContext, width);
        tensor.F16("encoder.conv1.weight", width, Mels, 3);
        tensor.F32("encoder.conv1.bias", width, 1);
        tensor.F16("encoder.conv2.weight", width, width, 3);
        tensor.F32("encoder.conv2.bias", width, 1);
        for (var l = 0; l < layers; l++)
        {
            Block(tensor, $"encoder.blocks.{l}", width, cross: false);
        }
        tensor.Norm("encoder.ln_post", width);
        tensor.F32("decoder.positional_embedding", TextContext, width);
        tensor.F16("decoder.token_embedding.weight", MultilingualVocabulary, width);
        for (var l = 0; l < layers; l++)
        {
            Block(tensor, $"decoder.blocks.{l}", width, cross: true);
        }
        tensor.Norm("decoder.ln", width);
    }

    private static void Block(TensorWriter t, string prefix, int width, bool cross)
    {
        Attention(t, $"{prefix}.attn", width);
        t.Norm($"{prefix}.attn_ln", width);
        if (cross)
        {
            Attention(t, $"{prefix}.cross_attn", width);
            t.Norm($"{prefix}.cross_attn_ln", width);
        }
        t.F16($"{prefix}.mlp.0.weight", 4 * width, width);
        t.F32($"{prefix}.mlp.0.bias", 4 * width);
        t.F16($"{prefix}.mlp.2.weight", width, 4 * width);
        t.F32($"{prefix}.mlp.2.bias", width);
        t.Norm($"{prefix}.mlp_ln", width);
    }

    private static void Attention(TensorWriter t, string prefix, int width)
    {
        t.F16($"{prefix}.query.weight", width, width);
        t.F32($"{prefix}.query.bias", width);
        t.F16($"{prefix}.key.weight", width, width);
        t.F16($"{prefix}.value.weight", width, width);
        t.F32($"{prefix}.value.bias", width);
        t.F16($"{prefix}.out.weight", width, width);
        t.F32($"{prefix}.out.bias", width);
    }

    // The printable ASCII characters first (whisper.cpp looks up " " by text when it suppresses blanks),
    // then ASCII pseudo-words, unique per id, about a third with a leading space so decoded text has word breaks.
    private static string TokenText(int id)
    {
        if (id < 95)
        {
            return ((char)(' ' + id)).ToString();
        }
        var sb = new StringBuilder(id % 3 == 0 ? " " : "");
        var n = id;
        do
        {
            sb.Append((char)('a' + n % 26));
            n /= 26;
        }
        while (n > 0);
        return sb.ToString();
    }

    private sealed class TensorWriter(BinaryWriter w, Random random)
    {
        public void F16(string name, params int[] shape) => Write(name, shape, f16: true, () => (float)((random.NextDouble() - 0.5) * 0.1));

        public void F32(string name, params int[] shape) => Write(name, shape, f16: false, () => (float)((random.NextDouble() - 0.5) * 0.1));

        public void Norm(string name, int width)
        {
            Write(name + ".weight", [width], f16: false, () => 1f);
            Write(name + ".bias", [width], f16: false, () => 0f);
        }

        // Shapes are given in PyTorch order; ggml stores them reversed, as the converter does.
        private void Write(string name, int[] shape, bool f16, Func<float> value)
        {
            var bytes = Encoding.UTF8.GetBytes(name);
            w.Write(shape.Length);
            w.Write(bytes.Length);
            w.Write(f16 ? 1 : 0);
            for (var i = shape.Length - 1; i >= 0; i--)
            {
                w.Write(shape[i]);
            }
            w.Write(bytes);
            long count = 1;
            foreach (var d in shape)
            {
                count *= d;
            }
            for (long i = 0; i < count; i++)
            {
                if (f16)
                {
                    w.Write(BitConverter.HalfToUInt16Bits((Half)value()));
                }
                else
                {
                    w.Write(value());
                }
            }
        }
    }
}
