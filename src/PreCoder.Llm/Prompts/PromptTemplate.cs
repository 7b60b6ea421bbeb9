using System.Reflection;
using System.Text.RegularExpressions;

namespace PreCoder.Llm.Prompts;

/// <summary>
/// A versioned prompt file embedded in this assembly (<c>Prompts/NAME.vN.txt</c>), with a <c>[system]</c> and a
/// <c>[user]</c> part and <c>{{placeholders}}</c>. Changing a prompt means adding the next version's file, so the
/// version in a suggestion's model version and in the cache key always names the exact text that produced it.
/// </summary>
public sealed partial class PromptTemplate
{
    private PromptTemplate(string version, string system, string user)
    {
        Version = version;
        System = system;
        User = user;
    }

    /// <summary>NAME.vN, e.g. <c>code-category.v1</c>.</summary>
    public string Version { get; }

    public string System { get; }

    public string User { get; }

    /// <summary>The highest version of the named prompt.</summary>
    public static PromptTemplate Load(string name)
    {
        var assembly = typeof(PromptTemplate).Assembly;
        var prefix = $"PreCoder.Llm.Prompts.{name}.v";
        var best = assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(prefix, StringComparison.Ordinal) && r.EndsWith(".txt", StringComparison.Ordinal))
            .Select(r => (Resource: r, Number: int.TryParse(r[prefix.Length..^4], out var n) ? n : -1))
            .Where(x => x.Number >= 0)
            .OrderByDescending(x => x.Number)
            .FirstOrDefault();
        if (best.Resource is null)
        {
            throw new InvalidOperationException($"no prompt template '{name}' in {assembly.GetName().Name}");
        }
        using var stream = assembly.GetManifestResourceStream(best.Resource)!;
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        return new PromptTemplate($"{name}.v{best.Number}", Part(text, "system"), Part(text, "user"));
    }

    public string RenderSystem(IReadOnlyDictionary<string, string> values) => Render(System, values);

    public string RenderUser(IReadOnlyDictionary<string, string> values) => Render(User, values);

    private static string Render(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v)
            ? v
            : throw new InvalidOperationException($"prompt placeholder {{{{{m.Groups[1].Value}}}}} has no value"));

    private static string Part(string text, string name)
    {
        // Sections start at a line that is exactly [system] or [user]; anything else in brackets is prompt text.
        var parts = Section().Split(text);
        for (var i = 1; i + 1 < parts.Length; i += 2)
        {
            if (parts[i] == name)
            {
                return parts[i + 1].Trim('\n');
            }
        }
        return "";
    }

    [GeneratedRegex(@"^\[(system|user)\]\n", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Section();

    [GeneratedRegex(@"\{\{([a-z]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
