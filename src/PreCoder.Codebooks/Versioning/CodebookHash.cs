using System.Security.Cryptography;
using System.Text;
using PreCoder.Codebooks.Json;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Versioning;

/// <summary>SHA-256 of a codebook's canonical JSON, so an unchanged re-import (from any format) is recognised.</summary>
public static class CodebookHash
{
    /// <summary>Lower-case hex SHA-256 of <see cref="CodebookJson.Serialize"/>'s UTF-8 bytes.</summary>
    public static string Compute(Codebook codebook) => OfJson(CodebookJson.Serialize(codebook));

    /// <summary>The hash of JSON that is already canonical (e.g. a stored <see cref="CodebookVersion.Json"/>).</summary>
    public static string OfJson(string canonicalJson) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalJson)));
}
