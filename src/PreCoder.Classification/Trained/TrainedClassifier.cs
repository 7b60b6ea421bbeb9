using System.Globalization;
using System.Text.Json;
using Microsoft.ML;
using PreCoder.Classification.Calibration;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Embeddings;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Suggestions;

namespace PreCoder.Classification.Trained;

/// <summary>
/// A classifier learned from one coder's codes: an ML.NET boosted-tree regression over <see cref="PairFeatures"/> predicts
/// the score, and evidence is ranked by how close a span is both to the variable's description and to the evidence the
/// coder cited for it in other interviews. Saved as a zip (the ML.NET pipeline) plus a metadata JSON.
/// </summary>
public sealed class TrainedClassifier : IClassifier
{
    public const string ClassifierName = "trained";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly EmbeddedClassifier _embedded;
    private readonly MLContext _ml;
    private readonly ITransformer? _model;
    private readonly PredictionEngine<PairRow, PairPrediction>? _engine;
    private readonly IReadOnlyList<PassageTagModel> _passageModels;
    private readonly IConfidenceCalibrator _calibrator;
    private readonly TimeProvider _time;

    /// <param name="model">The interview-level model; null when the coder gave only passage-level codes.</param>
    public TrainedClassifier(EmbeddedClassifier embedded, MLContext ml, ITransformer? model, TrainedModelMetadata metadata, IReadOnlyList<PassageTagModel>? passageModels = null, TimeProvider? time = null)
    {
        _embedded = embedded;
        _ml = ml;
        _model = model;
        _engine = model is null ? null : ml.Model.CreatePredictionEngine<PairRow, PairPrediction>(model);
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

    /// <summary>The predicted score before rounding, for one pair's features.</summary>
    public double Predict(float[] features) =>
        (_engine ?? throw new InvalidOperationException("this model learned passage-level codes only")).Predict(new PairRow { Features = features }).Score;

    public Task<IReadOnlyList<Suggestion>> ClassifyAsync(InterviewCase interview, CancellationToken cancellationToken)
    {
        var analysis = _embedded.Analyse(interview, cancellationToken);
        var now = _time.GetUtcNow();
        var options = _embedded.Options;
        var suggestions = new List<Suggestion>();
        foreach (var v in _embedded.Codebook.Variables.Where(v => v.Unit == CodingUnit.Interview && _engine is not null))
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
            Metadata.Centroids.TryGetValue(v.Id, out var centroid);
            Metadata.Priors.TryGetValue(v.Id, out var prior);
            var predicted = Predict(PairFeatures.Compute(m, centroid, prior, options));
            var max = v.Scale.Max ?? 1;
            var value = Math.Clamp(Math.Round(predicted, MidpointRounding.AwayFromZero), v.Scale.Min ?? 0, max);
            var evidence = value > 0 ? Evidence(m, centroid, options).Select(EvidenceQuotes.From).ToArray() : [];
            // A prediction half-way between two levels is a coin toss (raw 0.5); one on a level is as sure as the model gets.
            var raw = 1 - Math.Min(0.5, Math.Abs(predicted - value));
            suggestions.Add(Make(interview, null, v, value, _calibrator.Calibrate(raw), evidence, string.Create(CultureInfo.InvariantCulture,
                $"learned from {Metadata.Coder}'s codes of {Metadata.TrainingInterviews} interviews: predicted {predicted:0.00}; best passage {m.BestZ:0.0} SD (bar {m.Bar:0.0}), {m.Mentions.Count} mention(s){(m.ReasonSpan is null ? "" : ", given as a reason")}{(centroid is null ? "" : $"; evidence ranked by likeness to {centroid.Quotes} quoted spans")}"), now));
        }
        suggestions.AddRange(TagPassages(interview, analysis, now));
        return Task.FromResult<IReadOnlyList<Suggestion>>(suggestions);
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

    /// <summary>How much likeness to the coder's earlier quotes counts against likeness to the codebook's description when ranking evidence.</summary>
    internal const double EvidenceLikenessWeight = 0.25;

    /// <summary>Spans ranked by description z plus a quarter of their evidence-likeness z, one per passage, at most MaxQuotes.</summary>
    internal static IEnumerable<ScoredSpan> Evidence(VariableMentions m, EvidenceCentroid? centroid, ZeroShotOptions options)
    {
        var wanted = Math.Clamp(m.Mentions.Count, 1, options.MaxQuotes);
        Func<ScoredSpan, double> rank = centroid is null ? s => s.Z : s => s.Z + (EvidenceLikenessWeight * centroid.Z(VectorMath.Dot(s.Span.Vector, centroid.Vector)));
        return m.Ranked.OrderByDescending(rank).ThenBy(s => s.Passage.Passage.Index).ThenBy(s => s.Span.Start)
            .GroupBy(s => s.Passage.Passage.Id).Select(g => g.First()).Take(wanted);
    }

    /// <summary>Writes <c>{path}</c> (the ML.NET zip) and <c>{path without .zip}.json</c> (the metadata).</summary>
    public void Save(string zipPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        if (_model is not null)
        {
            using var stream = File.Create(zipPath);
            _ml.Model.Save(_model, null, stream);
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
        if (metadata.Format != TrainedModelMetadata.CurrentFormat || metadata.FeatureNames.Count != PairFeatures.Count)
        {
            throw new InvalidDataException($"{Path.GetFileName(metaPath)} is format {metadata.Format} with {metadata.FeatureNames.Count} features; this version reads format {TrainedModelMetadata.CurrentFormat} with {PairFeatures.Count}: train again");
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
        var model = metadata.InterviewModel ? LoadZip(ml, zipPath) : null;
        var folder = Path.GetDirectoryName(Path.GetFullPath(zipPath))!;
        var passageModels = (metadata.PassageModels ?? [])
            .Select(info => new PassageTagModel(ml, LoadZip(ml, Path.Combine(folder, Path.GetFileName(info.File))), info))
            .ToArray();
        return new TrainedClassifier(embedded, ml, model, metadata, passageModels, time);
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
