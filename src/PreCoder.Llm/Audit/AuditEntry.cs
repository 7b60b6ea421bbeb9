namespace PreCoder.Llm.Audit;

/// <summary>
/// One line of the study's LLM audit log: what was sent where and when, by hash and size only. Never content: the log
/// is there to show an ethics board what left the machine, and must not become a copy of it.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset Time,
    string Purpose,
    string Model,
    string EndpointHost,
    string PromptVersion,
    string RequestSha256,
    int RequestChars,
    string? ResponseSha256,
    int ResponseChars,
    int InputTokens,
    int OutputTokens,
    bool Cached,
    bool Pseudonymised,
    double Milliseconds,
    string Outcome);
