using PreCoder.Classification.Classifiers;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Passages;
using PreCoder.Core.Transcripts;

namespace PreCoder.Classification.Tests.Support;

/// <summary>
/// A small made-up study built in code: four Likert variables, interviews whose true level per variable is set by a
/// design table (0 absent, 1 a passing mention, 2 given as a reason once, 3 given as a reason and returned to), and one
/// coder ("jonas") who codes exactly that design and quotes the sentences.
/// </summary>
public sealed class SyntheticStudy
{
    private static readonly string[] Filler =
    [
        "The weather in the village was very hot in the summer and we slept on the roof.",
        "My mother cooked rice and beans for the whole family every evening.",
        "I liked to play football with the boys from the street after school.",
        "We had a small television and watched the news with my uncles.",
        "The road to the city was long and the bus was always full of people.",
        "In prison the food is bad but the guards let us walk in the yard.",
        "I have three sisters and two brothers, I am in the middle.",
        "My grandfather told stories about the old days when he was a shepherd.",
        "The market was busy on Fridays and people sold vegetables and chickens.",
        "I remember the winter when it snowed and the school was closed for a week.",
        "My cousin had a shop that sold phone cards and cigarettes near the bus station.",
        "We used to visit my aunt in the city during the holidays and eat sweets.",
        "I was good at mathematics but I did not like the Arabic grammar teacher.",
        "In the evenings the old men sat in front of the houses and drank tea.",
        "The river near our village was dry most of the year.",
        "I learned to drive a car when I was fourteen, my uncle taught me.",
        "My little sister was always sick in the winter and coughed at night.",
        "There was a wedding in the village almost every week in the summer.",
        "We had chickens and two goats behind the house.",
        "The internet came to our area late, maybe in 2012.",
        "I have a daughter now, she is three years old and lives with my wife's family.",
        "The judge asked me many questions and the lawyer did not say much.",
        "I do not sleep well here, there is too much noise at night.",
        "My favourite food is my mother's okra with lamb.",
        "The school building was old and the windows were broken.",
        "I worked for a few months in a bakery, starting at four in the morning.",
        "My brother went to Turkey to work in a textile factory.",
        "We watched Egyptian films and Turkish series on the satellite channels.",
        "The doctor in the prison comes once a week.",
        "When I was small I wanted to become a pilot.",
    ];

    private static readonly Dictionary<string, (string[] Mention, string[] Reason)> Topics = new()
    {
        ["mot_money"] = (
            ["Some of the fighters received a monthly salary, I heard about it.", "There was money in the group, they had cars and phones."],
            ["I joined because they paid a salary of two hundred dollars and my family had nothing to eat.", "The main reason I went to them was the money, that is why I joined, to feed my mother and sisters."]),
        ["vul_parent_death"] = (
            ["My father died when I was eleven years old, he was sick with his kidneys.", "After my father passed away my uncle looked after us."],
            ["Because my father died I had to be the man of the house, and that is why I joined them, I needed someone.", "Losing my father pushed me to join, I was alone and angry after his death."]),
        ["mot_religion"] = (
            ["We prayed at the mosque on Fridays like everybody in the village.", "I read the Quran sometimes when I was a boy."],
            ["I joined because I believed it was my duty as a Muslim to live under sharia in the caliphate.", "The reason I went was religion, I wanted to live under Islamic law and please God."]),
        ["dis_corruption"] = (
            ["The emirs had nice houses and big cars.", "Some commanders kept things from the houses they took."],
            ["I turned against them because the emirs stole the money that was meant for the poor.", "That is why I left, the leaders were corrupt thieves who took everything for themselves."]),
    };

    /// <summary>True level per interview (rows) and variable (columns, in <see cref="VariableIds"/> order).</summary>
    private static readonly int[][] Design =
    [
        [3, 1, 0, 0], [0, 3, 2, 0], [1, 0, 3, 2], [0, 0, 1, 3], [2, 2, 0, 1], [3, 0, 0, 0], [0, 1, 3, 0], [1, 0, 0, 2],
    ];

    public SyntheticStudy(int interviews = 8, int seed = 7)
    {
        var random = new Random(seed);
        var list = new List<InterviewCase>();
        var codes = new List<CodeRecord>();
        for (var i = 0; i < interviews; i++)
        {
            var id = $"int{i + 1:D2}";
            var design = Design[i % Design.Length];
            var turns = new List<List<string>>();
            for (var t = 0; t < 8; t++)
            {
                turns.Add(Enumerable.Range(0, 3).Select(_ => Filler[random.Next(Filler.Length)]).ToList());
            }
            var evidence = new Dictionary<string, List<string>>();
            for (var v = 0; v < VariableIds.Length; v++)
            {
                var (mention, reason) = Topics[VariableIds[v]];
                var sentences = design[v] switch
                {
                    1 => [mention[random.Next(mention.Length)]],
                    2 => [reason[random.Next(reason.Length)]],
                    3 => [reason[0], reason[1], mention[random.Next(mention.Length)]],
                    _ => Array.Empty<string>(),
                };
                evidence[VariableIds[v]] = [.. sentences];
                foreach (var s in sentences)
                {
                    var turn = turns[random.Next(turns.Count)];
                    turn.Insert(random.Next(turn.Count + 1), s);
                }
            }
            var segments = new List<Segment>();
            var time = 0.0;
            foreach (var turn in turns)
            {
                segments.Add(Seg(id, segments.Count, "Interviewer", SpeakerRole.Interviewer, "Can you tell me more about that time in your life?", ref time));
                foreach (var s in turn)
                {
                    segments.Add(Seg(id, segments.Count, "Participant", SpeakerRole.Interviewee, s, ref time));
                }
            }
            var passages = PassageBuilder.Build(id, segments, new PassageOptions { TargetWords = 60, MaxWords = 120 });
            list.Add(new InterviewCase(id, passages, 1));
            for (var v = 0; v < VariableIds.Length; v++)
            {
                var quotes = evidence[VariableIds[v]].Select(q => Quote(passages, q)).ToArray();
                codes.Add(new CodeRecord(id, null, VariableIds[v], Coder, Score.Of(design[v]), quotes));
            }
        }
        Interviews = list;
        Codes = codes;
    }

    public const string Coder = "jonas";

    public static string[] VariableIds { get; } = ["mot_money", "vul_parent_death", "mot_religion", "dis_corruption"];

    public IReadOnlyList<InterviewCase> Interviews { get; }

    public IReadOnlyList<CodeRecord> Codes { get; }

    public IReadOnlyList<Passage> AllPassages => Interviews.SelectMany(i => i.Passages).ToArray();

    public int TrueLevel(string interviewId, string variableId) => (int)Codes.Single(c => c.InterviewId == interviewId && c.VariableId == variableId).Score.Value!;

    public static Codebook Codebook { get; } = new()
    {
        Id = "synthetic",
        Name = "Synthetic study",
        Scales = [Scale.Likert4],
        Variables =
        [
            Likert("mot_money", "Salary and material benefits", "motivations", "The person joined ISIS for money, a salary, or material benefits for themselves or their family.",
                ["they paid me a monthly salary", "I needed money to feed my family"], "Joining for wages, stipends, houses or cars.", "Money mentioned only as something others had."),
            Likert("vul_parent_death", "Death of a parent", "vulnerabilities", "A parent of the person died while the person was a child or teenager.",
                ["my father died when I was young", "after my mother passed away"], null, null),
            Likert("mot_religion", "Religious obligation", "motivations", "The person joined because they saw it as a religious duty: to live under sharia in the caliphate, to please God.",
                ["it was my duty as a Muslim", "to live under Islamic law"], null, "Ordinary religious practice such as praying or fasting without any link to joining."),
            Likert("dis_corruption", "Corruption and theft", "disillusionment", "The person turned against ISIS because its leaders were corrupt: emirs stealing money, taking spoils, living in luxury.",
                ["the emirs stole the money", "the commanders were thieves"], null, null),
        ],
    };

    private static Variable Likert(string id, string name, string category, string definition, string[] indicators, string? inclusion, string? exclusion) => new()
    {
        Id = id,
        Name = name,
        Category = category,
        Scale = Scale.Likert4,
        Definition = definition,
        Indicators = indicators,
        Inclusion = inclusion,
        Exclusion = exclusion,
    };

    private static Segment Seg(string interview, int index, string speaker, SpeakerRole role, string text, ref double time)
    {
        var start = time;
        time += 1 + (text.Length / 15.0);
        return new Segment { Id = $"s{index + 1:D4}", InterviewId = interview, Index = index, Speaker = speaker, Role = role, Text = text, English = text, Start = start, End = time };
    }

    private static EvidenceQuote Quote(IReadOnlyList<Passage> passages, string sentence)
    {
        var p = passages.First(p => p.Text.Contains(sentence, StringComparison.Ordinal));
        var start = p.Text.IndexOf(sentence, StringComparison.Ordinal);
        return new EvidenceQuote(p.Id, start, sentence.Length, sentence, English: false, p.Start, p.End);
    }
}
