namespace PreCoder.Llm.Configuration;

/// <summary>Which Semantic Kernel connector talks to the model.</summary>
public enum LlmProvider
{
    /// <summary>Any OpenAI-compatible endpoint: Ollama, llama.cpp server, vLLM, LM Studio, OpenAI itself.</summary>
    OpenAI = 0,
    /// <summary>An Azure OpenAI resource; <see cref="LlmOptions.Model"/> is the deployment name.</summary>
    AzureOpenAI = 1,
}
