namespace PreCoder.Llm.Chat;

/// <summary>
/// What is sent: the rendered system and user messages, optionally a previous answer and the problems found in it
/// (the one retry with errors), and the prompt template version they came from.
/// </summary>
/// <param name="Purpose">code or translate: written to the audit log.</param>
/// <param name="Schema">The JSON schema the answer must follow (sent when <c>Llm:ResponseFormat</c> is JsonSchema).</param>
public sealed record LlmRequest(string Purpose, string PromptVersion, string System, string User, string? PreviousAnswer = null, string? Correction = null, string? Schema = null)
{
    /// <summary>Everything sent, in order, for hashing and sizing.</summary>
    public string AllText => string.Join("\u0001", System, User, PreviousAnswer ?? "", Correction ?? "", Schema ?? "");
}
