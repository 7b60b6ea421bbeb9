namespace PreCoder.Llm.Configuration;

/// <summary>How the model is held to the answer's JSON shape. Every answer is verified whatever is chosen.</summary>
public enum ResponseFormat
{
    /// <summary>A JSON schema per request (the category's variable ids and allowed values): OpenAI, Azure, Ollama, vLLM.</summary>
    JsonSchema = 0,
    /// <summary>Any JSON object (for servers without structured outputs).</summary>
    JsonObject = 1,
    /// <summary>Nothing requested of the server; the prompt alone describes the JSON.</summary>
    Text = 2,
}
