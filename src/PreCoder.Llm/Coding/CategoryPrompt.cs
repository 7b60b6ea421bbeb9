using System.Globalization;
using System.Text.Json;
using PreCoder.Core.Codebooks;
using PreCoder.Llm.Chat;
using PreCoder.Llm.Prompts;

namespace PreCoder.Llm.Coding;

/// <summary>Renders the request for one codebook category and one chunk of an interview, and the correction after a rejected answer.</summary>
public sealed class CategoryPrompt
{
    public const string Purpose = "code";

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public CategoryPrompt()
    {
        Coding = PromptTemplate.Load("code-category");
        Correction = PromptTemplate.Load("code-correction");
    }

    public PromptTemplate Coding { get; }

    public PromptTemplate Correction { get; }

    /// <summary>Both templates' versions: part of the suggestions' model version.</summary>
    public string Version => $"{Coding.Version}+{Correction.Version}";

    /// <summary>Characters of everything but the passages, to size the chunks.</summary>
    public int OverheadChars(Category category, IReadOnlyList<Variable> variables) =>
        Coding.System.Length + Coding.User.Length + category.Name.Length + VariablesJson(variables).Length + 200;

    public LlmRequest Build(Category category, IReadOnlyList<Variable> variables, IReadOnlyList<SentPassage> passages, int part, int parts)
    {
        var values = new Dictionary<string, string>
        {
            ["category"] = category.Description is { Length: > 0 } d ? $"{category.Name} - {d}" : category.Name,
            ["variables"] = VariablesJson(variables),
            ["passages"] = JsonSerializer.Serialize(passages.Select(p => new { id = p.Passage.Id, text = p.Sent }), Json),
            ["part"] = part.ToString(CultureInfo.InvariantCulture),
            ["parts"] = parts.ToString(CultureInfo.InvariantCulture),
            ["count"] = variables.Count.ToString(CultureInfo.InvariantCulture),
        };
        return new LlmRequest(Purpose, Coding.Version, Coding.RenderSystem(values), Coding.RenderUser(values), Schema: AnswerSchema.For(variables, passages));
    }

    /// <summary>The same request with the rejected answer and what was wrong with it: the one retry.</summary>
    public LlmRequest Correct(LlmRequest request, string answer, IReadOnlyList<AnswerProblem> problems, int variables)
    {
        var values = new Dictionary<string, string>
        {
            ["errors"] = string.Join("\n", problems.Take(20).Select(p => "- " + p.ForModel)),
            ["count"] = variables.ToString(CultureInfo.InvariantCulture),
        };
        return request with { PromptVersion = Version, PreviousAnswer = answer, Correction = Correction.RenderUser(values) };
    }

    private static string VariablesJson(IReadOnlyList<Variable> variables) => JsonSerializer.Serialize(variables.Select(v => new
    {
        id = v.Id,
        name = v.Name,
        definition = v.Definition,
        include = v.Inclusion,
        exclude = v.Exclusion,
        importance = v.Importance,
        values = v.Scale.Levels.ToDictionary(
            l => l.ToString(CultureInfo.InvariantCulture),
            l => v.Scale.Anchors.TryGetValue((int)l, out var a) ? a : ""),
    }), Json);
}
