using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using PreCoder.Core.Passages;

namespace PreCoder.Classification.Embeddings;

/// <summary>
/// Packs a passage's span vectors into the cache's byte column: a version byte, the English flag, the span count and
/// dimension, then per span its start and length (int32) and its float32 vector, all little-endian.
/// </summary>
public static class EmbeddingCodec
{
    private const byte FormatVersion = 1;

    /// <summary>SHA-256 (hex) of the text that is embedded, so an edited or newly translated passage is embedded again.</summary>
    public static string TextHash(Passage passage)
    {
        var text = PassageVectors.UsesEnglish(passage) ? "en\n" + passage.English : "or\n" + passage.Text;
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public static byte[] Pack(PassageVectors vectors)
    {
        var dim = vectors.Spans.Count == 0 ? 0 : vectors.Spans[0].Vector.Length;
        var bytes = new byte[10 + (vectors.Spans.Count * (8 + (dim * 4)))];
        bytes[0] = FormatVersion;
        bytes[1] = vectors.English ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(2), vectors.Spans.Count);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(6), dim);
        var pos = 10;
        foreach (var s in vectors.Spans)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(pos), s.Start);
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(pos + 4), s.Length);
            MemoryMarshal.AsBytes(s.Vector.AsSpan()).CopyTo(bytes.AsSpan(pos + 8));
            pos += 8 + (dim * 4);
        }
        return bytes;
    }

    /// <summary>Unpacks a cached entry; null when it is damaged or does not fit the passage's text (it is then embedded again).</summary>
    public static PassageVectors? Unpack(Passage passage, byte[] bytes)
    {
        if (bytes.Length < 10 || bytes[0] != FormatVersion || !BitConverter.IsLittleEndian)
        {
            return null;
        }
        var english = bytes[1] == 1;
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(2));
        var dim = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(6));
        if (count < 0 || dim < 0 || bytes.Length != 10 + ((long)count * (8 + (dim * 4))))
        {
            return null;
        }
        var text = english ? passage.English : passage.Text;
        if (text is null)
        {
            return null;
        }
        var spans = new EmbeddedSpan[count];
        var pos = 10;
        for (var i = 0; i < count; i++)
        {
            var start = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(pos));
            var length = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(pos + 4));
            if (start < 0 || length < 0 || start + length > text.Length)
            {
                return null;
            }
            spans[i] = new EmbeddedSpan(start, length, MemoryMarshal.Cast<byte, float>(bytes.AsSpan(pos + 8, dim * 4)).ToArray());
            pos += 8 + (dim * 4);
        }
        return new PassageVectors(passage, english, spans);
    }
}
