namespace PreCoder.Classification.Quantization;

/// <summary>Field numbers and constants of onnx.proto that the quantizer reads or writes (onnx/onnx.proto, IR version 3 and later).</summary>
internal static class OnnxField
{
    public const int ModelGraph = 7;
    public const int ModelOpsetImport = 8;

    public const int OpsetDomain = 1;
    public const int OpsetVersion = 2;

    public const int GraphNode = 1;
    public const int GraphInitializer = 5;
    public const int GraphInput = 11;

    public const int NodeInput = 1;
    public const int NodeOutput = 2;
    public const int NodeName = 3;
    public const int NodeOpType = 4;
    public const int NodeDomain = 7;

    public const int ValueInfoName = 1;

    public const int TensorDims = 1;
    public const int TensorDataType = 2;
    public const int TensorFloatData = 4;
    public const int TensorName = 8;
    public const int TensorRawData = 9;

    public const ulong DataTypeFloat = 1;
    public const ulong DataTypeUInt8 = 2;
    public const ulong DataTypeInt8 = 3;

    /// <summary>ONNX Runtime's contrib operators, where DynamicQuantizeMatMul lives.</summary>
    public const string MicrosoftDomain = "com.microsoft";
}
