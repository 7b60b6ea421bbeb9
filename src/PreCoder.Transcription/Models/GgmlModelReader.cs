using System.Buffers.Binary;
using System.Text;
using PreCoder.Core.Errors;

namespace PreCoder.Transcription.Models;

/// <summary>
/// Walks a ggml Whisper model file (the layout whisper.cpp's <c>convert-pt-to-ggml.py</c> writes) without loading
/// its weights, so a truncated, foreign or f32 file is a clean <see cref="InputException"/> instead of an abort
/// inside the native library.
/// </summary>
public static class GgmlModelReader
{
    /// <summary>"ggml" read as a little-endian int32.</summary>
    public const int Magic = 0x67676d6c;

    private const int MaxNameLength = 512;

    /// <summary>Checks the header, the mel filters, the vocabulary and every tensor's header and data length.</summary>
    /// <exception cref="UnavailableException">The file does not exist.</exception>
    /// <exception cref="InputException">The file is not a usable ggml Whisper model.</exception>
    public static GgmlModelInfo Validate(string path)
    {
        if (!File.Exists(path))
        {
            throw new UnavailableException($"{path}: model file not found");
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var reader = new Reader(stream, path);
        if (stream.Length < 4 || reader.Int32() != Magic)
        {
            throw new InputException(path, null, "not a ggml Whisper model (wrong magic number); download one with 'precoder models pull NAME'");
        }
        var h = new int[11];
        for (var i = 0; i < h.Length; i++)
        {
            h[i] = reader.Int32();
        }
        var (vocab, audioCtx, audioState, audioHeads, audioLayers, textCtx, textState, textHeads, textLayers, mels, ftype) =
            (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8], h[9], h[10]);
        if (vocab <= 0 || audioCtx <= 0 || audioState <= 0 || audioHeads <= 0 || audioLayers <= 0 || textCtx <= 0
            || textState <= 0 || textHeads <= 0 || textLayers <= 0 || mels <= 0 || ftype < 0
            || audioState % audioHeads != 0 || textState % textHeads != 0)
        {
            throw new InputException(path, null, "ggml header has impossible hyper-parameters; the file is damaged or not a Whisper model");
        }
        if (ftype % 1000 == 0)
        {
            throw new InputException(path, null, "f32 models are not supported by this whisper.cpp build (it aborts on them); use an f16 or quantized model");
        }

        var filterMels = reader.Int32();
        var filterBins = reader.Int32();
        if (filterMels <= 0 || filterBins <= 0 || filterMels > 512 || filterBins > 4096)
        {
            throw new InputException(path, null, "mel filter table has an impossible size; the file is damaged");
        }
        reader.Skip(4L * filterMels * filterBins);

        var tokens = reader.Int32();
        if (tokens < 0 || tokens > vocab)
        {
            throw new InputException(path, null, $"vocabulary holds {tokens} tokens for a model of {vocab}; the file is damaged");
        }
        for (var i = 0; i < tokens; i++)
        {
            var length = reader.Int32();
            if (length < 0 || length > 1024)
            {
                throw new InputException(path, null, $"token {i} has length {length}; the file is damaged");
            }
            reader.Skip(length);
        }

        var tensors = 0;
        var sawConv = false;
        while (stream.Position < stream.Length)
        {
            var dims = reader.Int32();
            var nameLength = reader.Int32();
            var type = reader.Int32();
            if (dims is < 1 or > 4 || nameLength is <= 0 or > MaxNameLength)
            {
                throw new InputException(path, null, $"tensor {tensors} has an impossible header; the file is damaged");
            }
            long elements = 1;
            for (var d = 0; d < dims; d++)
            {
                var ne = reader.Int32();
                if (ne <= 0)
                {
                    throw new InputException(path, null, $"tensor {tensors} has dimension {ne}; the file is damaged");
                }
                elements *= ne;
            }
            var name = Encoding.UTF8.GetString(reader.Bytes(nameLength));
            if (name.StartsWith("encoder.conv", StringComparison.Ordinal) && name.EndsWith(".weight", StringComparison.Ordinal))
            {
                sawConv = true;
                if (type == 0)
                {
                    throw new InputException(path, null, $"tensor {name} is f32, which aborts this whisper.cpp build; use an f16 or quantized model");
                }
            }
            reader.Skip(DataBytes(path, name, type, elements));
            tensors++;
        }
        if (!sawConv || tensors < 10)
        {
            throw new InputException(path, null, $"only {tensors} tensors; the file is truncated or not a Whisper model");
        }
        return new GgmlModelInfo(path, stream.Length, vocab, audioCtx, audioState, audioHeads, audioLayers, textCtx, textState, textHeads, textLayers, mels, ftype, tensors);
    }

    private static long DataBytes(string path, string name, int type, long elements)
    {
        // (block size, bytes per block) for the ggml types whisper.cpp models use.
        var (block, bytes) = type switch
        {
            0 => (1, 4),      // f32
            1 => (1, 2),      // f16
            2 => (32, 18),    // q4_0
            3 => (32, 20),    // q4_1
            6 => (32, 22),    // q5_0
            7 => (32, 24),    // q5_1
            8 => (32, 34),    // q8_0
            10 => (256, 84),  // q2_k
            11 => (256, 110), // q3_k
            12 => (256, 144), // q4_k
            13 => (256, 176), // q5_k
            14 => (256, 210), // q6_k
            _ => throw new InputException(path, null, $"tensor {name} has unsupported ggml type {type}"),
        };
        if (elements % block != 0)
        {
            throw new InputException(path, null, $"tensor {name} has {elements} elements, not a multiple of its block size {block}; the file is damaged");
        }
        return elements / block * bytes;
    }

    private sealed class Reader(Stream stream, string path)
    {
        private readonly byte[] _four = new byte[4];

        public int Int32()
        {
            Fill(_four);
            return BinaryPrimitives.ReadInt32LittleEndian(_four);
        }

        public byte[] Bytes(int count)
        {
            var buffer = new byte[count];
            Fill(buffer);
            return buffer;
        }

        public void Skip(long count)
        {
            if (stream.Position + count > stream.Length)
            {
                throw Truncated();
            }
            stream.Seek(count, SeekOrigin.Current);
        }

        private void Fill(byte[] buffer)
        {
            try
            {
                stream.ReadExactly(buffer);
            }
            catch (EndOfStreamException)
            {
                throw Truncated();
            }
        }

        private InputException Truncated() =>
            new(path, null, $"model file is truncated at byte {stream.Position} of {stream.Length}; download it again with 'precoder models pull NAME'");
    }
}
