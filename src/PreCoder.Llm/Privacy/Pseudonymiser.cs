using System.Text.Json;
using System.Text.RegularExpressions;
using PreCoder.Core.Files;

namespace PreCoder.Llm.Privacy;

/// <summary>
/// Replaces names with stable per-study placeholders (<c>[Name7]</c>) before text is sent, and puts them back in what
/// comes back. The table is kept in the study folder, so a name gets the same placeholder in every run (and cached
/// answers stay valid); a new name gets the next number.
/// </summary>
public sealed partial class Pseudonymiser
{
    private readonly IReadOnlyDictionary<string, int> _numbers;
    private readonly IReadOnlyDictionary<int, string> _names;
    private readonly Regex? _pattern;

    public Pseudonymiser(IReadOnlyDictionary<string, int> numbers)
    {
        _numbers = numbers;
        _names = numbers.ToDictionary(kv => kv.Value, kv => kv.Key);
        // Longest first so "Abu Bakr" wins over "Abu"; whole words only so "Kevin" does not touch "Kevinson".
        var alternatives = numbers.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape).ToArray();
        _pattern = alternatives.Length == 0 ? null : new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join("|", alternatives)})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant);
    }

    /// <summary>How many names the table holds.</summary>
    public int Count => _numbers.Count;

    public string Mask(string text) => _pattern is null ? text : _pattern.Replace(text, m => $"[Name{_numbers[m.Value]}]");

    /// <summary>Puts names back; a model that dropped the brackets ("Name7") is understood too. Unknown numbers are left as they are.</summary>
    public string Restore(string text) => Placeholder().Replace(text, m =>
        int.TryParse(m.Groups[1].ValueSpan, out var n) && _names.TryGetValue(n, out var name) ? name : m.Value);

    /// <summary>
    /// Loads the study's table from <paramref name="path"/>, adds the names not yet in it with the next numbers, and
    /// saves it back when it grew.
    /// </summary>
    public static Pseudonymiser LoadOrExtend(string path, IEnumerable<string> names)
    {
        var numbers = File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, int>>(File.ReadAllText(path)) ?? []
            : new Dictionary<string, int>(StringComparer.Ordinal);
        numbers = new Dictionary<string, int>(numbers, StringComparer.Ordinal);
        var next = numbers.Count == 0 ? 1 : numbers.Values.Max() + 1;
        var grew = false;
        foreach (var name in names)
        {
            if (!numbers.ContainsKey(name))
            {
                numbers[name] = next++;
                grew = true;
            }
        }
        if (grew)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            AtomicFile.WriteAllText(path, JsonSerializer.Serialize(numbers, new JsonSerializerOptions { WriteIndented = true }));
        }
        return new Pseudonymiser(numbers);
    }

    [GeneratedRegex(@"\[?Name(\d+)\]?", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
