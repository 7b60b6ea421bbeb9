using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Tests.Support;
using PreCoder.Classification.Trained;
using PreCoder.Classification.ZeroShot;
using PreCoder.TestKit;

namespace PreCoder.Classification.Tests.Trained;

public class TrainedClassifierTests
{
    private static readonly Lazy<(SyntheticStudy Study, EmbeddedClassifier Embedded)> Setup = new(() =>
    {
        var study = new SyntheticStudy(interviews: 16);
        return (study, EmbeddedClassifier.Create(SharedEncoder.Passages(), SyntheticStudy.Codebook, study.AllPassages, new ZeroShotOptions()));
    });

    private static TrainedClassifier CreateSut() =>
        TrainedClassifierTrainer.Train(Setup.Value.Embedded, Setup.Value.Study.Interviews, Setup.Value.Study.Codes, SyntheticStudy.Coder, new TrainerOptions());

    private static string Key(IEnumerable<PreCoder.Core.Suggestions.Suggestion> s) =>
        string.Join("\n", s.Select(x => $"{x.InterviewId}|{x.VariableId}|{x.Value}|{x.Confidence:R}|{string.Join(",", x.Evidence.Select(q => $"{q.PassageId}:{q.Start}:{q.Length}"))}"));

    [Fact]
    public async Task Train_SyntheticStudy_RecordsMetadataAndProposesVerbatimEvidence()
    {
        var sut = CreateSut();
        var interview = Setup.Value.Study.Interviews[0];

        var suggestions = await sut.ClassifyAsync(interview, default);

        Assert.Equal(16, sut.Metadata.TrainingInterviews);
        Assert.Equal(64, sut.Metadata.TrainingPairs);
        Assert.Equal(SyntheticStudy.Coder, sut.Metadata.Coder);
        Assert.Equal(SyntheticStudy.VariableIds.Length, sut.Metadata.Variables.Count);
        Assert.Equal(SyntheticStudy.VariableIds.Length, suggestions.Count);
        Assert.All(suggestions.SelectMany(s => s.Evidence), q =>
            Assert.True(EvidenceQuotes.IsVerbatim(q, interview.Passages.Single(p => p.Id == q.PassageId).English)));
        Assert.All(suggestions, s => Assert.Equal("machine:trained", s.CoderId));
    }

    [Fact]
    public async Task Train_SameCodesTwice_GivesSameSuggestions()
    {
        var interview = Setup.Value.Study.Interviews[3];

        var first = await CreateSut().ClassifyAsync(interview, default);
        var second = await CreateSut().ClassifyAsync(interview, default);

        Assert.Equal(Key(first), Key(second));
    }

    [Fact]
    public async Task Load_SavedModel_PredictsLikeTheOriginal()
    {
        using var dir = new TempDirectory();
        var sut = CreateSut();
        var path = Path.Combine(dir.Path, "trained-jonas.zip");
        sut.Save(path);
        var interview = Setup.Value.Study.Interviews[5];

        var loaded = TrainedClassifier.Load(path, Setup.Value.Embedded, SyntheticStudy.Codebook);

        Assert.Equal(Key(await sut.ClassifyAsync(interview, default)), Key(await loaded.ClassifyAsync(interview, default)));
        Assert.Equal(sut.ModelVersion, loaded.ModelVersion);
    }

    [Fact]
    public void Load_TruncatedZip_ThrowsInvalidDataNamingTheFile()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "trained-jonas.zip");
        CreateSut().Save(path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var ex = Assert.Throws<InvalidDataException>(() => TrainedClassifier.Load(path, Setup.Value.Embedded, SyntheticStudy.Codebook));

        Assert.Contains("trained-jonas.zip", ex.Message);
        Assert.Contains("train again", ex.Message);
    }

    [Theory]
    [InlineData("trained-jonas.zip")]
    [InlineData("trained-jonas.json")]
    public void Load_OneOfThePairDeleted_NamesTheMissingFile(string deleted)
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "trained-jonas.zip");
        CreateSut().Save(path);
        File.Delete(Path.Combine(dir.Path, deleted));

        var ex = Assert.Throws<InvalidDataException>(() => TrainedClassifier.Load(path, Setup.Value.Embedded, SyntheticStudy.Codebook));

        Assert.Contains($"{deleted} ", ex.Message);
        Assert.Contains("is missing", ex.Message);
    }

    [Fact]
    public void Load_GarbageMetadata_ThrowsInvalidData()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "trained-jonas.zip");
        CreateSut().Save(path);
        File.WriteAllText(TrainedClassifier.MetadataPath(path), "{ not json");

        var ex = Assert.Throws<InvalidDataException>(() => TrainedClassifier.Load(path, Setup.Value.Embedded, SyntheticStudy.Codebook));

        Assert.Contains("trained-jonas.json", ex.Message);
    }

    [Fact]
    public void Load_MissingZip_ThrowsInvalidData()
    {
        using var dir = new TempDirectory();

        Assert.Throws<InvalidDataException>(() => TrainedClassifier.Load(Path.Combine(dir.Path, "nope.zip"), Setup.Value.Embedded, SyntheticStudy.Codebook));
    }

    internal static (SyntheticStudy Study, EmbeddedClassifier Embedded) Shared => Setup.Value;
}
