namespace PreCoder.Llm.Privacy;

/// <summary>Reads the API key from the environment variable the settings name, so the key is never in a file PreCoder writes or reads.</summary>
public static class ApiKey
{
    /// <summary>The key, or null when the variable is unset or empty (local servers need none).</summary>
    public static string? FromEnvironment(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } key ? key : null;
}
