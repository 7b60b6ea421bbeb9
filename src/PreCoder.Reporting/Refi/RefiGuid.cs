using System.Security.Cryptography;
using System.Text;

namespace PreCoder.Reporting.Refi;

/// <summary>
/// Deterministic GUIDs (RFC 4122 version 5 style, SHA-1 of a name): the same study exports the same ids every time,
/// so a project re-exported after more coding still matches what a QDA program imported before.
/// </summary>
internal static class RefiGuid
{
    public static string Of(string kind, string name)
    {
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes($"precoder:{kind}:{name}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return $"{Convert.ToHexStringLower(hash.AsSpan(0, 4))}-{Convert.ToHexStringLower(hash.AsSpan(4, 2))}-{Convert.ToHexStringLower(hash.AsSpan(6, 2))}-{Convert.ToHexStringLower(hash.AsSpan(8, 2))}-{Convert.ToHexStringLower(hash.AsSpan(10, 6))}";
    }
}
