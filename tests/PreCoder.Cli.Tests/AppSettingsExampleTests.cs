using Microsoft.Extensions.Configuration;

namespace PreCoder.Cli.Tests;

public sealed class AppSettingsExampleTests
{
    /// <summary>Each options class and the section it is bound from, as the code binds it.</summary>
    public static TheoryData<Type, string> Sections => new()
    {
        { typeof(global::PreCoder.Store.Studies.StudyOptions), global::PreCoder.Store.Studies.StudyOptions.Section },
        { typeof(global::PreCoder.Store.Studies.StoreOptions), global::PreCoder.Store.Studies.StoreOptions.Section },
        { typeof(global::PreCoder.Application.Workspace.WorkspaceOptions), global::PreCoder.Application.Workspace.WorkspaceOptions.Section },
        { typeof(global::PreCoder.Core.Passages.PassageOptions), global::PreCoder.Core.Passages.PassageOptions.Section },
        { typeof(global::PreCoder.Application.Pipeline.PipelineOptions), global::PreCoder.Application.Pipeline.PipelineOptions.Section },
        { typeof(global::PreCoder.Application.Team.TeamOptions), global::PreCoder.Application.Team.TeamOptions.Section },
        { typeof(global::PreCoder.Transcription.Processing.TranscriptionOptions), global::PreCoder.Transcription.Processing.TranscriptionOptions.Section },
        { typeof(global::PreCoder.Transcription.Models.ModelDownloadOptions), "Transcription:Download" },
        { typeof(global::PreCoder.Classification.Embeddings.EncoderOptions), global::PreCoder.Classification.Embeddings.EncoderOptions.Section },
        { typeof(global::PreCoder.Classification.ZeroShot.ZeroShotOptions), global::PreCoder.Classification.ZeroShot.ZeroShotOptions.Section },
        { typeof(global::PreCoder.Classification.Trained.TrainerOptions), global::PreCoder.Classification.Trained.TrainerOptions.Section },
        { typeof(global::PreCoder.Llm.Configuration.LlmOptions), global::PreCoder.Llm.Configuration.LlmOptions.Section },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void Example_EverySettableProperty_IsDocumented(Type options, string section)
    {
        var example = new ConfigurationBuilder().AddJsonFile(RepoPaths.Combine("appsettings.example.json")).Build();
        var keys = example.GetSection(section).GetChildren().Select(c => c.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = options.GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Where(n => !keys.Contains(n)).ToArray();
        Assert.True(missing.Length == 0, $"appsettings.example.json section {section} lacks: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Example_Values_BindToTheirOptions(Type options, string section)
    {
        var example = new ConfigurationBuilder().AddJsonFile(RepoPaths.Combine("appsettings.example.json")).Build();
        Assert.NotNull(example.GetSection(section).Get(options));
    }
}
