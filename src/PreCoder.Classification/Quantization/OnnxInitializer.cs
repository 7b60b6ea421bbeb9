namespace PreCoder.Classification.Quantization;

/// <summary>A graph initializer (a constant tensor) as an ONNX graph field, its data raw and little-endian.</summary>
internal static class OnnxInitializer
{
    public static ProtoField Create(string name, ulong dataType, long[] dims, byte[] raw)
    {
        var tensor = new ProtoMessage(
        [
            ProtoField.LengthDelimited(OnnxField.TensorDims, ProtoMessage.PackInt64s(dims)),
            ProtoField.Varint(OnnxField.TensorDataType, dataType),
            ProtoField.String(OnnxField.TensorName, name),
            ProtoField.LengthDelimited(OnnxField.TensorRawData, raw),
        ]);
        return ProtoField.LengthDelimited(OnnxField.GraphInitializer, tensor.ToArray());
    }
}
