using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace PreCoder.Classification.Quantization;

/// <summary>
/// Which 8-bit weight encoding ONNX Runtime multiplies both exactly and fast on this CPU. On x86, unsigned activations
/// times signed weights run on VNNI dot-product instructions where the CPU has them; without VNNI the same product goes
/// through 16-bit lanes that can saturate (ONNX Runtime's own quantization guide warns about it), so there the weights
/// are stored unsigned instead: exact, but barely faster than float.
/// </summary>
internal static class CpuInt8Support
{
    public static bool SignedWeightsAreExact { get; } = Detect();

    private static bool Detect()
    {
        if (RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.X86))
        {
            return true;
        }
        return AvxVnni.IsSupported || Avx10v1.IsSupported || ProcCpuInfoHas("avx512_vnni");
    }

    /// <summary>.NET has no flag for the EVEX form of VNNI (Ice Lake and Cascade Lake servers); Linux lists it.</summary>
    private static bool ProcCpuInfoHas(string flag)
    {
        try
        {
            return File.Exists("/proc/cpuinfo") &&
                File.ReadLines("/proc/cpuinfo").Any(l => l.StartsWith("flags", StringComparison.Ordinal) && l.Split(' ').Contains(flag));
        }
        catch (IOException)
        {
            return false;
        }
    }
}
