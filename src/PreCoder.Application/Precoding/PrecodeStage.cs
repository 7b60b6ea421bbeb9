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
public sealed class PrecodeStage : IItemStage<PrecodeStageOptions>
{
    public const string StageName = "precode";

    private IClassifier? _classifier;
    private StudyCodebook? _codebook;

    public string Name => StageName;

    /// <summary>What the language model classifier used in this run (calls, tokens), when it was the one.</summary>
    public string? LlmUsage => _classifier is PreCoder.Llm.Coding.LlmClassifier { Usage: { } u } ? u.ToText() : null;

    public async Task<IReadOnlyList<StageItem>> PlanAsync(StudySession session, StageInput input, CancellationToken cancellationToken)
    {
        // The trained model's version is part of the hash: take the shared study's latest models first.
        await StudyFiles.PullAsync(session, session.Folder.ModelsDirectory, cancellationToken);
        await using var db = session.CreateDb();
        var codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
        var passages = await db.Passages.AsNoTracking().OrderBy(p => p.InterviewId).ThenBy(p => p.Index).ToListAsync(cancellationToken);
        var stageOptions = input.OptionsAs<PrecodeStageOptions>();
        var version = ModelVersion(session, stageOptions);
        var options = session.Configuration.GetSection(ZeroShotOptions.Section).GetChildren().Select(c => $"{c.Key}={c.Value}");
        var byInterview = passages.GroupBy(p => p.InterviewId).ToArray();
        var targets = Targets(stageOptions.Interviews, byInterview.Select(g => g.Key).ToArray());
        // Which interviews a run covers is not an input of any one interview's suggestions: keep it out of the hash.
        var hashed = input.Options.Where(o => !o.Key.Equals(InterviewsOption, StringComparison.OrdinalIgnoreCase)).ToDictionary(o => o.Key, o => o.Value);
        return byInterview.Where(g => targets.Contains(g.Key))
            .Select(g => new StageItem(
                g.Key,
                ContentHash.OfText(string.Join("\u0001", g.Select(EmbeddingCodec.TextHash)), hashed, codebook.Version.ToString(CultureInfo.InvariantCulture), version, string.Join(";", options)),
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
            var options = input.OptionsAs<PrecodeStageOptions>();
            _classifier = await ClassifierFactory.CreateAsync(session, options.Classifier, _codebook, passages, options.Model, cancellationToken);
        }
        var suggestions = await Precoding.RunAsync(session, _classifier, _codebook.Version, item.InterviewId ?? item.Key, cancellationToken);
        var usage = _classifier is PreCoder.Llm.Coding.LlmClassifier { Usage: { } u } ? $"; {u.ToText()} so far" : "";
        return $"{suggestions.Count} suggestions, {suggestions.Count(s => s.Value > 0)} present, {suggestions.Sum(s => s.Evidence.Count)} quotes{usage}";
    }

    /// <summary>Option naming the interviews to pre-code, comma-separated; every interview with passages when absent.</summary>
    public const string InterviewsOption = "interviews";

    private static HashSet<string> Targets(string? list, IReadOnlyList<string> withPassages)
    {
        if (list is not { Length: > 0 })
        {
            return withPassages.ToHashSet(StringComparer.Ordinal);
        }
        var asked = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = asked.Where(i => !withPassages.Contains(i, StringComparer.Ordinal)).ToArray();
        if (unknown.Length > 0)
        {
            throw new Core.Errors.InputException("--interview", null, $"no passages for interview(s) {string.Join(", ", unknown)}");
        }
        return asked.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The classifier's model version as far as it is known without loading a model: encoder and rules, or the trained model file.</summary>
    private static string ModelVersion(StudySession session, PrecodeStageOptions options)
    {
        var encoder = ClassifierFactory.EncoderOptions(session);
        var classifier = options.Classifier;
        var version = $"{classifier}/{encoder.Kind}/{encoder.MinSpanWords}-{encoder.MaxSpanWords}/{EmbeddedClassifier.RulesVersion}";
        if (classifier.Equals(ClassifierFactory.Trained, StringComparison.OrdinalIgnoreCase))
        {
            var path = ClassifierFactory.TrainedModelPath(session, options.Model);
            version += $"/{Path.GetFileName(path)}@{File.GetLastWriteTimeUtc(path):O}";
        }
        if (classifier.Equals(LlmClassifierFactory.Name, StringComparison.OrdinalIgnoreCase))
        {
            version += "/" + LlmClassifierFactory.StageVersion(session);
        }
        return version;
    }
}
