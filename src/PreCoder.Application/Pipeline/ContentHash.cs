using System.Security.Cryptography;
using System.Text;

namespace PreCoder.Application.Pipeline;

/// <summary>SHA-256 over a stage's inputs and options, the key that decides whether an item's work is already done.</summary>
public static class ContentHash
{
    public static string OfFile(string path, IReadOnlyDictionary<string, string> options, params string[] extra)
    {
        using var sha = SHA256.Create();
        using (var stream = File.OpenRead(path))
        {
            var fileHash = SHA256.HashData(stream);
            sha.TransformBlock(fileHash, 0, fileHash.Length, null, 0);
        }
        var tail = Encoding.UTF8.GetBytes(Describe(options, extra));
        sha.TransformFinalBlock(tail, 0, tail.Length);
        return Convert.ToHexString(sha.Hash!).ToLowerInvariant();
    }

    public static string OfText(string text, IReadOnlyDictionary<string, string> options, params string[] extra) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text + "\u0001" + Describe(options, extra)))).ToLowerInvariant();

    private static string Describe(IReadOnlyDictionary<string, string> options, string[] extra) =>
        string.Join("\u0000", options.OrderBy(o => o.Key, StringComparer.OrdinalIgnoreCase).Select(o => $"{o.Key.ToLowerInvariant()}={o.Value}").Concat(extra));
}
