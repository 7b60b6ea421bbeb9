namespace PreCoder.Classification.Quantization;

/// <summary>The protocol-buffers wire types; groups (3 and 4) are deprecated and do not occur in ONNX files.</summary>
internal enum ProtoWireType
{
    Varint = 0,
    Fixed64 = 1,
    LengthDelimited = 2,
    Fixed32 = 5,
}
