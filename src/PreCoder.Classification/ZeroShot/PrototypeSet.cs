using PreCoder.Classification.Embeddings;
using PreCoder.Core.Codebooks;

namespace PreCoder.Classification.ZeroShot;

/// <summary>The prototypes of every variable the embedded classifier can score, built with one encoder call.</summary>
public sealed class PrototypeSet
{
    internal PrototypeSet(IReadOnlyDictionary<string, VariablePrototype> byId)
    {
        ById = byId;
        Columns = byId.Values.ToArray();
        ColumnById = byId.Keys.Select((id, column) => (id, column)).ToDictionary(x => x.id, x => x.column, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, VariablePrototype> ById { get; }

    /// <summary>The prototypes in the fixed column order of every interview's <see cref="SimilarityMatrix"/>.</summary>
    public IReadOnlyList<VariablePrototype> Columns { get; }

    /// <summary>Each variable's column in <see cref="Columns"/>.</summary>
    public IReadOnlyDictionary<string, int> ColumnById { get; }

    /// <summary>Variables scored from text: ordinal and binary scales with a "not present" level (not ages, names or counts).</summary>
    public static bool IsScorable(Variable v) => v.Scale.HasPresence;

    public static PrototypeSet Build(Codebook codebook, IPassageEncoder encoder, CancellationToken cancellationToken)
    {
        var variables = codebook.Variables.Where(IsScorable).ToArray();
        var texts = new List<string>();
        var plans = new List<(Variable V, int First, int Count, int Negative)>();
        foreach (var v in variables)
        {
            var (positives, negative) = VariablePrototype.Texts(v);
            var first = texts.Count;
            texts.AddRange(positives);
            var neg = -1;
            if (negative is not null)
            {
                neg = texts.Count;
                texts.Add(negative);
            }
            plans.Add((v, first, positives.Count, neg));
        }
        var vectors = encoder.EncodeTexts(texts, cancellationToken);
        var byId = new Dictionary<string, VariablePrototype>(StringComparer.Ordinal);
        foreach (var (v, first, count, neg) in plans)
        {
            byId[v.Id] = new VariablePrototype(v, vectors.Skip(first).Take(count).ToArray(), neg >= 0 ? vectors[neg] : null);
        }
        return new PrototypeSet(byId);
    }
}
