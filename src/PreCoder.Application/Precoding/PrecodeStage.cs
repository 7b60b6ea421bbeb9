using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Embeddings;
using PreCoder.Classification.ZeroShot;

namespace PreCoder.Application.Precoding;

/// <summary>
/// The <c>precode</c> stage: proposes a code with evidence for every variable of every interview. An interview is
/// done again when its passages' texts, the codebook version, the classifier or its model version, or the options
/// change. Options: classifier=embedded|trained, model=NAME. The study's similarity distribution is measured once per
/// run over every passage (the first item embeds what the cache lacks).
/// </summary>
public sealed class PrecodeStage : IItemStage
{
    private IClassifier? _classifier;
    private StudyCodebook? _codebook;

    public string Name => "precode";

    public async Task<IReadOnlyList<StageItem>> PlanAsync(StudySession session, StageInput input, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
        var passages = await db.Passages.AsNoTracking().OrderBy(p => p.InterviewId).ThenBy(p => p.Index).ToListAsync(cancellationToken);
        var version = ModelVersion(session, input);
        var options = session.Configuration.GetSection(ZeroShotOptions.Section).GetChildren().Select(c => $"{c.Key}={c.Value}");
        return passages.GroupBy(p => p.InterviewId)
            .Select(g => new StageItem(
                g.Key,
                ContentHash.OfText(string.Join("\u0001", g.Select(EmbeddingCodec.TextHash)), input.Options, codebook.Version.ToString(CultureInfo.InvariantCulture), version, string.Join(";", options)),
                InterviewId: g.Key))
            .ToArray();
    }

    public async Task<string> RunAsync(StudySession session, StageInput input, StageItem item, CancellationToken cancellationToken)
    {
        if (_classifier is null || _codebook is null)
        {
            await using (var db = session.CreateDb())
            {
                _codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
            }
            var passages = await ClassifierFactory.StudyPassagesAsync(session, cancellationToken);
            _classifier = await ClassifierFactory.CreateAsync(session, input.Option("classifier") ?? ClassifierFactory.Embedded, _codebook, passages, input.Option("model"), cancellationToken);
        }
        var suggestions = await Precoding.RunAsync(session, _classifier, _codebook.Version, item.InterviewId ?? item.Key, cancellationToken);
        var usage = _classifier is PreCoder.Llm.Coding.LlmClassifier { Usage: { } u } ? $"; {u.ToText()} so far" : "";
        return $"{suggestions.Count} suggestions, {suggestions.Count(s => s.Value > 0)} present, {suggestions.Sum(s => s.Evidence.Count)} quotes{usage}";
    }

    /// <summary>The classifier's model version as far as it is known without loading a model: encoder and rules, or the trained model file.</summary>
    private static string ModelVersion(StudySession session, StageInput input)
    {
        var encoder = ClassifierFactory.EncoderOptions(session);
        var classifier = input.Option("classifier") ?? ClassifierFactory.Embedded;
        var version = $"{classifier}/{encoder.Kind}/{encoder.MinSpanWords}-{encoder.MaxSpanWords}/{EmbeddedClassifier.RulesVersion}";
        if (classifier.Equals(ClassifierFactory.Trained, StringComparison.OrdinalIgnoreCase))
        {
            var path = ClassifierFactory.TrainedModelPath(session, input.Option("model"));
            version += $"/{Path.GetFileName(path)}@{File.GetLastWriteTimeUtc(path):O}";
        }
        if (classifier.Equals(LlmClassifierFactory.Name, StringComparison.OrdinalIgnoreCase))
        {
            version += "/" + LlmClassifierFactory.StageVersion(session);
        }
        return version;
    }
}
