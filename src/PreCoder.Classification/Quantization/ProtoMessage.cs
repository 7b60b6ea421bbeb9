using System.Buffers.Binary;

namespace PreCoder.Classification.Quantization;

/// <summary>
/// A protocol-buffers message read field by field, without a schema. Enough to rewrite an ONNX model: fields this code
/// does not understand are kept byte for byte, and nested messages are parsed only when asked for. Parsing slices the
/// input instead of copying it, so a 90 MB model costs no second 90 MB.
/// </summary>
internal sealed class ProtoMessage
{
    public ProtoMessage(List<ProtoField> fields) => Fields = fields;

    public List<ProtoField> Fields { get; }

    /// <exception cref="InvalidDataException">The bytes are not a well-formed message.</exception>
    public static ProtoMessage Parse(ReadOnlyMemory<byte> bytes)
    {
        var fields = new List<ProtoField>();
        var span = bytes.Span;
        var position = 0;
        while (position < span.Length)
        {
            var key = ReadVarint(span, ref position);
            var number = (int)(key >> 3);
            var wireType = (ProtoWireType)(key & 7);
            if (number <= 0)
            {
                throw new InvalidDataException($"invalid field number {number} at byte {position}");
            }
            switch (wireType)
            {
                case ProtoWireType.Varint:
                    fields.Add(ProtoField.Varint(number, ReadVarint(span, ref position)));
                    break;
                case ProtoWireType.Fixed64:
                    fields.Add(new ProtoField(number, wireType, BinaryPrimitives.ReadUInt64LittleEndian(Take(span, ref position, 8)), default));
                    break;
                case ProtoWireType.Fixed32:
                    fields.Add(new ProtoField(number, wireType, BinaryPrimitives.ReadUInt32LittleEndian(Take(span, ref position, 4)), default));
                    break;
                case ProtoWireType.LengthDelimited:
                    var length = ReadVarint(span, ref position);
                    if (length > (ulong)(span.Length - position))
                    {
                        throw new InvalidDataException($"field {number} at byte {position} claims {length} bytes, only {span.Length - position} remain");
                    }
                    fields.Add(ProtoField.LengthDelimited(number, bytes.Slice(position, (int)length)));
                    position += (int)length;
                    break;
                default:
                    throw new InvalidDataException($"unsupported wire type {(int)wireType} at byte {position}");
            }
        }
        return new ProtoMessage(fields);
    }

    public IEnumerable<ProtoField> All(int number) => Fields.Where(f => f.Number == number);

    /// <summary>The last value of a string field (protobuf's rule for repeated scalars), or null when absent.</summary>
    public string? String(int number)
    {
        for (var i = Fields.Count - 1; i >= 0; i--)
        {
            if (Fields[i].Number == number && Fields[i].WireType == ProtoWireType.LengthDelimited)
            {
                return Fields[i].AsString();
            }
        }
        return null;
    }

    /// <summary>The last value of a varint field, or null when absent.</summary>
    public ulong? Varint(int number)
    {
        for (var i = Fields.Count - 1; i >= 0; i--)
        {
            if (Fields[i].Number == number && Fields[i].WireType == ProtoWireType.Varint)
            {
                return Fields[i].Value;
            }
        }
        return null;
    }

    /// <summary>Every value of a repeated integer field, whether written packed or one field per value.</summary>
    public List<long> Int64s(int number)
    {
        var values = new List<long>();
        foreach (var field in All(number))
        {
            if (field.WireType == ProtoWireType.Varint)
            {
                values.Add((long)field.Value);
                continue;
            }
            var span = field.Bytes.Span;
            var position = 0;
            while (position < span.Length)
            {
                values.Add((long)ReadVarint(span, ref position));
            }
        }
        return values;
    }

    /// <summary>The message's bytes, written straight into an array of the exact size: a model is tens of megabytes, and a
    /// growing stream followed by a copy would hold it three times over.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[checked((int)Size())];
        using var stream = new MemoryStream(bytes);
        WriteTo(stream);
        return bytes;
    }

    public long Size()
    {
        long size = 0;
        foreach (var field in Fields)
        {
            size += VarintSize(((ulong)field.Number << 3) | (ulong)field.WireType);
            size += field.WireType switch
            {
                ProtoWireType.Varint => VarintSize(field.Value),
                ProtoWireType.Fixed64 => 8,
                ProtoWireType.Fixed32 => 4,
                _ => VarintSize((ulong)field.Bytes.Length) + field.Bytes.Length,
            };
        }
        return size;
    }

    public void WriteTo(Stream stream)
    {
        Span<byte> buffer = stackalloc byte[10];
        foreach (var field in Fields)
        {
            stream.Write(buffer[..WriteVarint(buffer, ((ulong)field.Number << 3) | (ulong)field.WireType)]);
            switch (field.WireType)
            {
                case ProtoWireType.Varint:
                    stream.Write(buffer[..WriteVarint(buffer, field.Value)]);
                    break;
                case ProtoWireType.Fixed64:
                    BinaryPrimitives.WriteUInt64LittleEndian(buffer, field.Value);
                    stream.Write(buffer[..8]);
                    break;
                case ProtoWireType.Fixed32:
                    BinaryPrimitives.WriteUInt32LittleEndian(buffer, (uint)field.Value);
                    stream.Write(buffer[..4]);
                    break;
                default:
                    stream.Write(buffer[..WriteVarint(buffer, (ulong)field.Bytes.Length)]);
                    stream.Write(field.Bytes.Span);
                    break;
            }
        }
    }

    /// <summary>Packs repeated int64 values the way proto3 writes them.</summary>
    public static ReadOnlyMemory<byte> PackInt64s(IEnumerable<long> values)
    {
        using var stream = new MemoryStream();
        Span<byte> buffer = stackalloc byte[10];
        foreach (var value in values)
        {
            stream.Write(buffer[..WriteVarint(buffer, (ulong)value)]);
        }
        return stream.ToArray();
    }

    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> span, ref int position, int count)
    {
        if (span.Length - position < count)
        {
            throw new InvalidDataException($"message ends inside a {count}-byte field at byte {position}");
        }
        var taken = span.Slice(position, count);
        position += count;
        return taken;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> span, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= span.Length)
            {
                throw new InvalidDataException($"message ends inside a varint at byte {position}");
            }
            var b = span[position++];
            result |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }
        throw new InvalidDataException($"varint longer than 10 bytes at byte {position}");
    }

    private static int WriteVarint(Span<byte> buffer, ulong value)
    {
        var length = 0;
        while (value >= 0x80)
        {
            buffer[length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        buffer[length++] = (byte)value;
        return length;
    }

    private static int VarintSize(ulong value)
    {
        var size = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            size++;
        }
        return size;
    }
}
