using System.Text.Json;
using PreCoder.Core.Codebooks;

namespace PreCoder.Llm.Coding;

/// <summary>
/// The JSON schema of one category's answer, in the strict subset OpenAI-compatible servers enforce (every property
/// required, no others): variable ids, scores and passage ids are enumerations of what was asked, so a server with
/// structured outputs cannot even write a foreign variable or an off-scale score. Quotes cannot be constrained this
/// way; they are verified after.
/// </summary>
public static class AnswerSchema
{
    public static string For(IReadOnlyList<Variable> variables, IReadOnlyList<SentPassage> passages)
    {
        var levels = variables.SelectMany(v => v.Scale.Levels).Distinct().Order().Select(l => (int)l).ToArray();
        var schema = new
        {
            type = "object",
            additionalProperties = false,
            required = new[] { "codes" },
            properties = new
            {
                codes = new
                {
                    type = "array",
                    items = new
                    {
                        type = "object",
                        additionalProperties = false,
                        required = new[] { "variable", "score", "evidence", "rationale" },
                        properties = new
                        {
                            variable = new { type = "string", @enum = variables.Select(v => v.Id).ToArray() },
                            score = new { anyOf = new object[] { new { type = "integer", @enum = levels }, new { type = "string", @enum = new[] { "missing" } } } },
                            evidence = new
                            {
                                type = "array",
                                items = new
                                {
                                    type = "object",
                                    additionalProperties = false,
                                    required = new[] { "passage", "quote" },
                                    properties = new
                                    {
                                        passage = new { type = "string", @enum = passages.Select(p => p.Passage.Id).ToArray() },
                                        quote = new { type = "string" },
                                    },
                                },
                            },
                            rationale = new { type = "string" },
                        },
                    },
                },
            },
        };
        return JsonSerializer.Serialize(schema);
    }
}
