using PreCoder.Classification.Classifiers;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Passages;
using PreCoder.Core.Transcripts;
using PreCoder.Llm.Configuration;

namespace PreCoder.Llm.Tests.Support;

/// <summary>Test data: a two-category codebook, a short interview, and options pointing at a scripted server.</summary>
public static class Some
{
    public const string YassineSays = "My name is Yassine and I grew up in Anderlecht with my mother. I had no money at all and no work.";

    public static Codebook Codebook() => new()
    {
        Id = "test",
        Name = "Test codebook",
        Categories = [new Category("motivations", "Motivations"), new Category("vulnerabilities", "Vulnerabilities")],
        Scales = [Scale.Likert4],
        Variables =
        [
            new Variable { Id = "mot_money", Name = "Money", Category = "motivations", Scale = Scale.Likert4, Definition = "Joined for pay." },
            new Variable { Id = "mot_belonging", Name = "Belonging", Category = "motivations", Scale = Scale.Likert4, Definition = "Joined to belong." },
            new Variable { Id = "vul_poverty", Name = "Poverty", Category = "vulnerabilities", Scale = Scale.Likert4, Definition = "Grew up poor." },
            new Variable { Id = "age_joined", Name = "Age when joined", Category = "vulnerabilities", Scale = new Scale { Name = "age", Kind = ScaleKind.Numeric, Min = 10, Max = 80 } },
        ],
    };

    public static InterviewCase Interview(string id = "int01") => new(id,
    [
        Passage(id, 0, SpeakerRole.Interviewer, "Interviewer", "Tell me about your childhood."),
        Passage(id, 1, SpeakerRole.Interviewee, "Yassine", YassineSays),
        Passage(id, 2, SpeakerRole.Interviewee, "Yassine", "My friend Kevin sent the same CV and they called him. That is why I went."),
    ], CodebookVersion: 1);

    public static Passage Passage(string interview, int index, SpeakerRole role, string speaker, string text, string? english = null) => new()
    {
        Id = $"{interview}:p{index:0000}",
        InterviewId = interview,
        Index = index,
        SegmentIds = [$"s{index:000}"],
        Speaker = speaker,
        Role = role,
        Text = text,
        English = english,
    };

    public static LlmOptions Options(string endpoint, Action<LlmOptions>? change = null)
    {
        var o = new LlmOptions
        {
            Endpoint = endpoint,
            Model = "test-model",
            ApiKeyEnv = "PRECODER_TEST_LLM_KEY_UNSET",
            Timeout = TimeSpan.FromSeconds(10),
            MaxRetries = 2,
            RetryDelay = TimeSpan.FromMilliseconds(20),
            MaxRetryDelay = TimeSpan.FromSeconds(5),
            BreakerMinimumThroughput = 50,
        };
        change?.Invoke(o);
        return o;
    }
}
