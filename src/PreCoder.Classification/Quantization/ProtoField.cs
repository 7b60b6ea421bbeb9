namespace PreCoder.Classification.Quantization;

/// <summary>
/// One field of a protocol-buffers message as it sits on the wire: its number, wire type, and either a varint/fixed
/// value or the bytes of a length-delimited field (a string, a packed array or a nested message).
/// </summary>
internal readonly record struct ProtoField(int Number, ProtoWireType WireType, ulong Value, ReadOnlyMemory<byte> Bytes)
{
    public static ProtoField Varint(int number, ulong value) => new(number, ProtoWireType.Varint, value, default);

    public static ProtoField LengthDelimited(int number, ReadOnlyMemory<byte> bytes) => new(number, ProtoWireType.LengthDelimited, 0, bytes);

    public static ProtoField String(int number, string value) => LengthDelimited(number, System.Text.Encoding.UTF8.GetBytes(value));

    public string AsString() => System.Text.Encoding.UTF8.GetString(Bytes.Span);

    public ProtoMessage AsMessage() => ProtoMessage.Parse(Bytes);
}
