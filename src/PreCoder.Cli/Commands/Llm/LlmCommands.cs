using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Llm;

/// <summary>Registers translate (the LLM classifier itself is <c>precode --classifier llm</c>).</summary>
public static class LlmCommands
{
    public static void AddLlmCommands(this IConfigurator config)
    {
        config.AddCommand<TranslateCommand>("translate")
            .WithExample("translate", "--study", "studies/pilot", "--set", "Llm:Model=llama3.1:8b")
            .WithExample("translate", "--interview", "int10");
    }
}
