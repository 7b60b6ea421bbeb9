using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using PreCoder.Core.Files;
using PreCoder.Llm.Chat;

namespace PreCoder.Llm.Caching;

/// <summary>
/// Answers kept in the study folder, one file per (model, prompt template version, input hash), so a rerun or a run
/// resumed after a kill sends nothing it has sent before. Files are written whole and renamed into place: a kill
/// mid-write leaves no half answer.
/// </summary>
public sealed class ResponseCache(string directory)
{
    private sealed record Entry(string Content, int InputTokens, int OutputTokens);

    public string Directory { get; } = directory;

    public static string Key(string model, LlmRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{model}\u0002{request.PromptVersion}\u0002{request.AllText}")));

    public LlmReply? TryGet(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            var e = JsonSerializer.Deserialize<Entry>(File.ReadAllText(path));
            return e is null ? null : new LlmReply(e.Content, e.InputTokens, e.OutputTokens, Cached: true);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Put(string key, LlmReply reply)
    {
        var path = PathOf(key);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(new Entry(reply.Content, reply.InputTokens, reply.OutputTokens)));
    }

    private string PathOf(string key) => Path.Combine(Directory, key[..2], key + ".json");
}
