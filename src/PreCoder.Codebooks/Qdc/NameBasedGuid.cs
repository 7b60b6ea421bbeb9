using System.Security.Cryptography;
using System.Text;

namespace PreCoder.Codebooks.Qdc;

/// <summary>
/// RFC 4122 version-5 (SHA-1, name-based) GUIDs, so the same codebook exports with the same GUIDs every time
/// and a re-exported .qdc diffs only where the codebook changed.
/// </summary>
internal static class NameBasedGuid
{
    /// <summary>PreCoder's namespace for codebook GUIDs; changing it would change every exported GUID.</summary>
    public static readonly Guid Namespace = new("b8d3c1a4-5e2f-4c7b-9d16-0a3e7f52c9e8");

    public static Guid Create(string name) => Create(Namespace, name);

    public static Guid Create(Guid ns, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        ns.ToByteArray(bigEndian: true).CopyTo(input, 0);
        nameBytes.CopyTo(input, 16);
#pragma warning disable CA5350 // SHA-1 is what RFC 4122 prescribes for v5 ids; this is naming, not security.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
