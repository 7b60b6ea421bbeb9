using Microsoft.Extensions.DependencyInjection;
using YamlDotNet.RepresentationModel;

namespace PreCoder.Application.Tests.Stages;

public sealed class StageServiceCollectionExtensionsTests
{
    public static TheoryData<string> PipelineStages()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Combine("pipelines"), "*.yaml"))
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(File.ReadAllText(file)));
            var stages = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("stages")];
            names.UnionWith(stages.Children.Cast<YamlMappingNode>().Select(s => ((YamlScalarNode)s.Children[new YamlScalarNode("stage")]).Value!));
        }
        return [.. names];
    }

    [Theory]
    [MemberData(nameof(PipelineStages))]
    public void AddPreCoderStages_EveryStageOfTheShippedPipelines_ResolvesByItsName(string name)
    {
        using var services = new ServiceCollection().AddPreCoderStages().BuildServiceProvider();

        var stage = StageRegistry.Create(services, name);

        Assert.Equal(name, stage.Name);
    }

    [Fact]
    public void AddPreCoderStages_EveryRegisteredStage_HasItsKeyAsNameAndANewInstancePerCreate()
    {
        using var services = new ServiceCollection().AddPreCoderStages().BuildServiceProvider();

        var names = services.GetServices<StageRegistration>().Select(s => s.Name).ToArray();

        Assert.Contains("precode", names);
        Assert.Contains("evaluate", names);
        Assert.Equal(names.Length, names.Distinct().Count());
        foreach (var name in names)
        {
            Assert.Equal(name, services.GetRequiredKeyedService<StageRegistration>(name).Create().Name);
            Assert.NotSame(StageRegistry.Create(services, name), StageRegistry.Create(services, name));
        }
    }

    [Fact]
    public void Create_UnknownName_OneLineErrorListingTheStages()
    {
        using var services = new ServiceCollection().AddPreCoderStages().BuildServiceProvider();

        var ex = Assert.Throws<Core.Errors.InputException>(() => StageRegistry.Create(services, "precodee", "p.yaml:3"));

        Assert.Equal("p.yaml:3: unknown stage 'precodee' (available: attributes, codebook, codes, evaluate, import, passages, precode, reports, train, transcribe, translate)", ex.Message);
    }

    [Fact]
    public void Create_NameInOtherCase_ResolvesFromTheContainer()
    {
        Assert.Equal("import", StageRegistry.Create("Import").Name);
    }
}
