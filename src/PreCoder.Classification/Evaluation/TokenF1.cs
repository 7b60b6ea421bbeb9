using System.Text.RegularExpressions;

namespace PreCoder.Classification.Evaluation;

/// <summary>
/// Token-level F1 of the machine's quotes against a coder's quotes for the same code: both sides are bags of lower-cased
/// word tokens, overlap counted with multiplicity (the SQuAD measure). 1 when the quotes cover the same words.
/// </summary>
public static partial class TokenF1
{
    public static double Compute(IEnumerable<string> machineQuotes, IEnumerable<string> humanQuotes)
    {
        var machine = Tokens(machineQuotes);
        var human = Tokens(humanQuotes);
        if (machine.Count == 0 || human.Count == 0)
        {
            return machine.Count == human.Count ? 1 : 0;
        }
        var counts = human.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var overlap = 0;
        foreach (var t in machine)
        {
            if (counts.TryGetValue(t, out var n) && n > 0)
            {
                counts[t] = n - 1;
                overlap++;
            }
        }
        if (overlap == 0)
        {
            return 0;
        }
        var precision = overlap / (double)machine.Count;
        var recall = overlap / (double)human.Count;
        return 2 * precision * recall / (precision + recall);
    }

    private static List<string> Tokens(IEnumerable<string> quotes) =>
        quotes.SelectMany(q => Word().Matches(q).Select(m => m.Value.ToLowerInvariant())).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}]+)?")]
    private static partial Regex Word();
}
