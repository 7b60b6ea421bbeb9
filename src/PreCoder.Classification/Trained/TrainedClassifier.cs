using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;
using PreCoder.Classification.Calibration;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Embeddings;
using PreCoder.Classification.Learning;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Suggestions;

namespace PreCoder.Classification.Trained;

/// <summary>
/// A classifier learned from one coder's codes. Per interview-level variable, a sentence model scores every sentence
/// of the variable's speaker as evidence (learned from the sentences the coder quoted), and a score model reads how the
/// interview's sentences scored (<see cref="InterviewFeatures"/>): the quotes are the best-scoring sentences and the
/// score is driven by them. Variables with too few codes fall back to the zero-shot reading and say so. Saved as a zip
/// (the learned weights as JSON, plus an ML.NET zip per passage-level variable beside it) and a metadata JSON.
/// </summary>
public sealed class TrainedClassifier : IClassifier
{
    public const string ClassifierName = "trained";

    private const string WeightsEntry = "weights.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    private static readonly JsonSerializerOptions Compact = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly EmbeddedClassifier _embedded;
    private readonly LearnedWeights _weights;
    private readonly IReadOnlyDictionary<string, VariableModel> _variables;
    private readonly IReadOnlyList<PassageTagModel> _passageModels;
    private readonly IConfidenceCalibrator _calibrator;
    private readonly TimeProvider _time;

    public TrainedClassifier(EmbeddedClassifier embedded, LearnedWeights weights, TrainedModelMetadata metadata, IReadOnlyList<PassageTagModel>? passageModels = null, TimeProvider? time = null)
    {
        _embedded = embedded;
        _weights = weights;
        _variables = weights.Variables.ToDictionary(v => v.VariableId, StringComparer.Ordinal);
        _passageModels = passageModels ?? [];
        Metadata = metadata;
        _calibrator = metadata.CalibrationRaw is { Length: > 0 } raw && metadata.CalibrationValues is { } values && values.Length == raw.Length
            ? new IsotonicCalibrator(raw, values)
            : IdentityCalibrator.Instance;
        _time = time ?? TimeProvider.System;
    }

    public string Name => ClassifierName;

    public string ModelVersion => Metadata.Id;

    public TrainedModelMetadata Metadata { get; }

    public Task<IReadOnlyList<Suggestion>> ClassifyAsync(InterviewCase interview, CancellationToken cancellationToken)
    {
        var analysis = _embedded.Analyse(interview, cancellationToken);
        var now = _time.GetUtcNow();
        var suggestions = new List<Suggestion>();
        SentenceContext? context = null;
        foreach (var v in _embedded.Codebook.Variables.Where(v => v.Unit == CodingUnit.Interview && Metadata.InterviewModel))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (analysis.Unread.Contains(v.Id))
            {
                suggestions.Add(UnreadSuggestion.Create(this, interview, v, now));
                continue;
            }
            if (!analysis.Mentions.TryGetValue(v.Id, out var m))
            {
                continue;
            }
            context ??= SentenceContext.Build(analysis.Passages);
            suggestions.Add(_variables.TryGetValue(v.Id, out var model) ? Learned(interview, v, m, context, model, now) : ZeroShot(interview, v, m, null, now));
        }
        suggestions.AddRange(TagPassages(interview, analysis, now));
        return Task.FromResult<IReadOnlyList<Suggestion>>(suggestions);
    }

    /// <summary>The level probabilities the score models give an interview, per variable with a learned score model: for choosing what to code next.</summary>
    public IReadOnlyDictionary<string, double[]> LevelProbabilities(InterviewAnalysis analysis)
    {
        var context = SentenceContext.Build(analysis.Passages);
        var result = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var model in _weights.Variables)
        {
            if (model.Kind == VariableModelKind.Learned && model.Scale is { } scale && analysis.Mentions.TryGetValue(model.VariableId, out var m))
            {
                result[model.VariableId] = scale.LevelProbabilities(InterviewFeatures.Compute(m, Probabilities(m, context, model), model.Features, _embedded.Options));
            }
        }
        return result;
    }

    public EmbeddedClassifier Embedded => _embedded;

    private double[] Probabilities(VariableMentions m, SentenceContext context, VariableModel model) =>
        SentenceScoring.Probabilities(m, context, model.Sentences, model.SentenceModel, _weights.SharedSentences,
            model.Sentences == SentenceSource.Shared && _embedded.Prototypes.ById.TryGetValue(model.VariableId, out var prototype) ? SentenceScoring.Description(prototype) : null);

    private Suggestion Learned(InterviewCase interview, Variable v, VariableMentions m, SentenceContext context, VariableModel model, DateTimeOffset now)
    {
        var p = Probabilities(m, context, model);
        var evidenceFeatures = InterviewFeatures.Compute(m, p, FeatureSet.Evidence, _embedded.Options);
        var source = model.Sentences switch
        {
            SentenceSource.Own => $"its own sentence model ({model.QuotedSentences} quoted sentences)",
            SentenceSource.Shared => "the sentence model shared by variables with few quotes",
            _ => "likeness to the codebook's description (no quotes to learn from)",
        };
        if (model.Missing is { } missing && missing.Probability(evidenceFeatures) is var pMissing && pMissing >= 0.5)
        {
            return MachineSuggestion.Create(this, interview, null, v.Id, null, _calibrator.Calibrate(pMissing), [], string.Create(CultureInfo.InvariantCulture,
                $"missing: {Metadata.Coder} left this variable missing in {model.MissingCodes} interviews like this one (probability {pMissing:0.00})"), now);
        }
        if (model.Kind != VariableModelKind.Learned || model.Scale is null)
        {
            return ZeroShot(interview, v, m, model, now);
        }
        var features = model.Features == FeatureSet.Evidence ? evidenceFeatures : InterviewFeatures.Compute(m, p, model.Features, _embedded.Options);
        var (value, probability, levels) = model.Scale.Predict(features);
        var evidence = value > 0 ? Quotes(m, p).ToArray() : [];
        var best = p.Length > 0 ? p.Max() : 0;
        var distribution = string.Join(", ", model.Scale.Levels.Select((l, i) => string.Create(CultureInfo.InvariantCulture, $"{l:0.##}: {levels[i]:0.00}")));
        return MachineSuggestion.Create(this, interview, null, v.Id, value, _calibrator.Calibrate(probability), evidence, string.Create(CultureInfo.InvariantCulture,
            $"learned from {Metadata.Coder}'s codes of {model.Interviews} interviews: level probabilities {distribution}; strongest sentence {best:0.00} by {source}, {p.Count(x => x >= 0.5)} sentence(s) over one half"), now);
    }

    /// <summary>The zero-shot reading, for variables the coder has not coded enough to learn from; the rationale says so.</summary>
    private Suggestion ZeroShot(InterviewCase interview, Variable v, VariableMentions m, VariableModel? model, DateTimeOffset now)
    {
        var (level, rationale) = ImportanceRules.Decide(m, _embedded.Options);
        var evidence = level > 0 ? m.Mentions.Take(_embedded.Options.MaxQuotes).Select(EvidenceQuotes.From).ToArray() : [];
        var why = model is null
            ? $"{Metadata.Coder} has not coded this variable: zero-shot reading"
            : model.ZeroShotAgreement is { } zero && model.LearnedAgreement is { } learned
            ? string.Create(CultureInfo.InvariantCulture, $"zero-shot reading: on {model.Interviews} coded interviews it agreed with {Metadata.Coder} as well as a learned model or better (cross-validated {zero:0.00} vs {learned:0.00}); {Metadata.Coder}'s base rate {string.Join(", ", model.Levels.Select((l, i) => $"{l:0.##}: {model.BaseRates[i]:P0}"))}")
            : string.Create(CultureInfo.InvariantCulture, $"too few codes to learn from ({model.Interviews} interview(s), levels seen: {string.Join("/", model.Levels)}): zero-shot reading; {Metadata.Coder}'s base rate {string.Join(", ", model.Levels.Select((l, i) => $"{l:0.##}: {model.BaseRates[i]:P0}"))}");
        return MachineSuggestion.Create(this, interview, null, v.Id, level, _calibrator.Calibrate(EmbeddedClassifier.RawConfidence(m)), evidence, $"{why}; {rationale}", now);
    }

    /// <summary>
    /// The machine's quotes: in each of the best passages (by their best sentence's evidence probability; those over one
    /// half, at least one, at most MaxQuotes), the best sentence extended over the neighbouring sentences that score at
    /// least half as high, so a passage that is evidence throughout is quoted whole and a long one only where it says it.
    /// </summary>
    private IEnumerable<EvidenceQuote> Quotes(VariableMentions m, double[] p)
    {
        var best = Enumerable.Range(0, p.Length).OrderByDescending(i => p[i]).ThenBy(i => m.Ranked[i].Passage.Passage.Index).ThenBy(i => m.Ranked[i].Span.Start)
            .GroupBy(i => m.Ranked[i].Passage.Passage.Id).Select(g => g.First()).ToArray();
        var probability = new Dictionary<EmbeddedSpan, double>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < p.Length; i++)
        {
            probability[m.Ranked[i].Span] = p[i];
        }
        foreach (var i in best.Where((i, rank) => rank == 0 || p[i] >= 0.5).Take(_embedded.Options.MaxQuotes))
        {
            var s = m.Ranked[i];
            var spans = s.Passage.Spans;
            var at = spans.ToList().FindIndex(x => ReferenceEquals(x, s.Span));
            int first = at, last = at;
            // A neighbour joins when it is at least half as likely evidence as the best sentence: the sentences of one
            // answer score alike, and a quote cut mid-answer loses what the coder would have quoted.
            var bar = p[i] / 2;
            while (first > 0 && probability.GetValueOrDefault(spans[first - 1]) >= bar)
            {
                first--;
            }
            while (last < spans.Count - 1 && probability.GetValueOrDefault(spans[last + 1]) >= bar)
            {
                last++;
            }
            var start = spans[first].Start;
            var joined = new EmbeddedSpan(start, spans[last].Start + spans[last].Length - start, s.Span.Vector);
            yield return EvidenceQuotes.From(new ScoredSpan(s.Passage, joined, s.Similarity, s.Z));
        }
    }

    private Suggestion Make(InterviewCase interview, string? passageId, Variable v, double value, double confidence, IReadOnlyList<EvidenceQuote> evidence, string rationale, DateTimeOffset now) =>
        MachineSuggestion.Create(this, interview, passageId, v.Id, value, confidence, evidence, rationale, now);

    /// <summary>Every passage of each learned passage-level variable's speaker: the code the model finds most probable.</summary>
    private IEnumerable<Suggestion> TagPassages(InterviewCase interview, InterviewAnalysis analysis, DateTimeOffset now)
    {
        var attributes = interview.Attributes ?? new Dictionary<string, string>();
        foreach (var tagModel in _passageModels)
        {
            if (_embedded.Codebook.Find(tagModel.Info.VariableId) is not { } v || !v.AppliesToAttributes(attributes))
            {
                continue;
            }
            var passages = analysis.Passages;
            var bestZ = PassageFeatures.BestZByPassage(analysis.Mentions.GetValueOrDefault(v.Id));
            for (var i = 0; i < passages.Count; i++)
            {
                if (!RoleMatch.Accepts(v.Role, passages[i].Passage.Role) || PassageFeatures.Compute(passages, i, bestZ) is not { } features ||
                    features.Length != PassageFeatures.Count(tagModel.Info.Dimensions))
                {
                    continue;
                }
                var (label, probability) = tagModel.Predict(features);
                if (!double.TryParse(label, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    continue;
                }
                // The quote is the sentence that stands closest to the whole passage: its gist.
                var span = passages[i].Spans.MaxBy(s => VectorMath.Dot(s.Vector, passages[i].Mean));
                var evidence = span is null ? [] : new[] { EvidenceQuotes.From(new ScoredSpan(passages[i], span, 0, 0)) };
                yield return Make(interview, passages[i].Passage.Id, v, value, probability, evidence, string.Create(CultureInfo.InvariantCulture,
                    $"learned from {Metadata.Coder}'s codes of {tagModel.Info.TrainingPassages} passages: '{v.Scale.Format(new Score(value))}' with probability {probability:0.00}, reading the passage with the turn before it"), now);
            }
        }
    }

    /// <summary>Writes <c>{path}</c> (the learned weights, zipped) and <c>{path without .zip}.json</c> (the metadata).</summary>
    public void Save(string zipPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        if (Metadata.InterviewModel)
        {
            using var stream = File.Create(zipPath);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
            using var entry = zip.CreateEntry(WeightsEntry, CompressionLevel.Optimal).Open();
            JsonSerializer.Serialize(entry, _weights, Compact);
        }
        // Passage models are named after the main zip, so training again replaces them instead of piling up files.
        var folder = Path.GetDirectoryName(Path.GetFullPath(zipPath))!;
        var infos = new List<PassageModelInfo>();
        foreach (var tagModel in _passageModels)
        {
            var info = tagModel.Info with { File = $"{Path.GetFileNameWithoutExtension(zipPath)}.passage-{tagModel.Info.VariableId}.zip" };
            tagModel.Save(Path.Combine(folder, info.File));
            infos.Add(info);
        }
        File.WriteAllText(MetadataPath(zipPath), JsonSerializer.Serialize(Metadata with { PassageModels = infos }, Json));
    }

    public static string MetadataPath(string zipPath) => Path.ChangeExtension(zipPath, ".json");

    /// <summary>Reads a saved model's metadata (what it was trained on, its cross-validated scores) without loading the model.</summary>
    /// <exception cref="InvalidDataException">The metadata is missing or damaged.</exception>
    public static TrainedModelMetadata ReadMetadata(string zipPath)
    {
        try
        {
            return JsonSerializer.Deserialize<TrainedModelMetadata>(File.ReadAllText(MetadataPath(zipPath)), Json)
                ?? throw new InvalidDataException("empty metadata");
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or IOException)
        {
            throw new InvalidDataException($"{MetadataPath(zipPath)}: unreadable model metadata ({ex.Message})", ex);
        }
    }

    /// <summary>Loads a saved model on top of the study's embedded classifier.</summary>
    /// <exception cref="InvalidDataException">The zip or its metadata is missing, truncated or damaged, or was made with another encoder or codebook.</exception>
    public static TrainedClassifier Load(string zipPath, EmbeddedClassifier embedded, Codebook codebook, TimeProvider? time = null)
    {
        var metaPath = MetadataPath(zipPath);
        if (!File.Exists(metaPath))
        {
            throw new InvalidDataException($"trained model incomplete: {Path.GetFileName(metaPath)} (its metadata) is missing next to {Path.GetFileName(zipPath)}; train again with 'precoder train --coder NAME'");
        }
        TrainedModelMetadata metadata;
        try
        {
            metadata = JsonSerializer.Deserialize<TrainedModelMetadata>(File.ReadAllText(metaPath), Json)
                ?? throw new InvalidDataException("empty metadata");
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidDataException)
        {
            throw new InvalidDataException($"{Path.GetFileName(metaPath)} is damaged or not a PreCoder model's metadata ({ex.Message}); train again with 'precoder train --coder NAME'", ex);
        }
        if (metadata.Format != TrainedModelMetadata.CurrentFormat)
        {
            throw new InvalidDataException($"{Path.GetFileName(metaPath)} is model format {metadata.Format}; this version reads format {TrainedModelMetadata.CurrentFormat}: train again with 'precoder train --coder NAME'");
        }
        if (metadata.Encoder != embedded.Encoder.Name)
        {
            throw new InvalidDataException($"the model was trained on {metadata.Encoder} embeddings but the study now uses {embedded.Encoder.Name}; train again or set Encoder:Kind back");
        }
        if (metadata.CodebookId != codebook.Id)
        {
            throw new InvalidDataException($"the model was trained for codebook '{metadata.CodebookId}', not '{codebook.Id}'");
        }
        var ml = new MLContext(metadata.Seed);
        var weights = metadata.InterviewModel ? LoadWeights(zipPath) : new LearnedWeights([], null);
        var folder = Path.GetDirectoryName(Path.GetFullPath(zipPath))!;
        var passageModels = (metadata.PassageModels ?? [])
            .Select(info => new PassageTagModel(ml, LoadZip(ml, Path.Combine(folder, Path.GetFileName(info.File))), info))
            .ToArray();
        return new TrainedClassifier(embedded, weights, metadata, passageModels, time);
    }

    private static LearnedWeights LoadWeights(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"trained model incomplete: {Path.GetFileName(path)} is missing next to its metadata; train again with 'precoder train --coder NAME'");
        }
        try
        {
            using var zip = ZipFile.OpenRead(path);
            using var entry = (zip.GetEntry(WeightsEntry) ?? throw new InvalidDataException($"no {WeightsEntry} inside")).Open();
            return JsonSerializer.Deserialize<LearnedWeights>(entry, Compact) ?? throw new InvalidDataException("empty weights");
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException or IOException or NotSupportedException)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is truncated or damaged and cannot be read as a PreCoder model ({ex.GetType().Name}: {ex.Message}); train again with 'precoder train --coder NAME'", ex);
        }
    }

    private static ITransformer LoadZip(MLContext ml, string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"trained model incomplete: {Path.GetFileName(path)} is missing next to its metadata; train again with 'precoder train --coder NAME'");
        }
        try
        {
            using var stream = File.OpenRead(path);
            return ml.Model.Load(stream, out _);
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or FormatException or IOException or ArgumentException or EndOfStreamException or NotSupportedException)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is truncated or damaged and cannot be read as an ML.NET model ({ex.GetType().Name}: {ex.Message}); train again with 'precoder train --coder NAME'", ex);
        }
    }
}
