namespace PreCoder.Classification.Quantization;

/// <summary>
/// A weight matrix (rows x columns, row-major) stored as 8-bit integers with one scale and zero point per column:
/// <c>w[i, j] ≈ (q[i, j] - zeroPoint[j]) * scale[j]</c>. Per-column scales keep a column of small weights from losing
/// its precision to the largest weight of the whole matrix.
/// </summary>
internal sealed record QuantizedWeight(int Rows, int Columns, byte[] Values, float[] Scales, byte[] ZeroPoints, bool Signed)
{
    /// <summary>
    /// Quantizes symmetrically around zero. Signed weights use -127..127 (zero point 0). Unsigned weights use 1..255
    /// around zero point 128, which every x86 kernel of ONNX Runtime multiplies without 16-bit saturation.
    /// </summary>
    public static QuantizedWeight Quantize(ReadOnlySpan<float> weights, int rows, int columns, bool signed)
    {
        if (weights.Length != rows * columns)
        {
            throw new ArgumentException($"{weights.Length} weights do not make a {rows} x {columns} matrix", nameof(weights));
        }
        var scales = new float[columns];
        for (var i = 0; i < rows; i++)
        {
            var row = weights.Slice(i * columns, columns);
            for (var j = 0; j < columns; j++)
            {
                scales[j] = Math.Max(scales[j], Math.Abs(row[j]));
            }
        }
        for (var j = 0; j < columns; j++)
        {
            // An all-zero column still needs a usable scale; its values quantize to the zero point either way.
            scales[j] = scales[j] > 0 ? scales[j] / 127f : 1f;
        }
        var zeroPoint = signed ? 0 : 128;
        var values = new byte[weights.Length];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var q = (int)MathF.Round(weights[(i * columns) + j] / scales[j], MidpointRounding.ToEven);
                values[(i * columns) + j] = unchecked((byte)(Math.Clamp(q, -127, 127) + zeroPoint));
            }
        }
        var zeroPoints = new byte[columns];
        Array.Fill(zeroPoints, (byte)zeroPoint);
        return new QuantizedWeight(rows, columns, values, scales, zeroPoints, signed);
    }

    /// <summary>The weight this stored value stands for.</summary>
    public float Dequantize(int row, int column)
    {
        var raw = Values[(row * Columns) + column];
        var q = Signed ? (sbyte)raw : raw - ZeroPoints[column];
        return q * Scales[column];
    }
}
