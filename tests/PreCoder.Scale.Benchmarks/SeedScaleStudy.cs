using System.Globalization;
using System.Text;

namespace PreCoder.Scale.Benchmarks;

/// <summary>
/// Writes the input files of a synthetic study shaped like the seed study: 288 Likert variables in 9 categories,
/// 220 short interviews, and four coders' codes on every interview and variable, about 5% of them missing.
/// Coders agree with a shared latent score most of the time, so agreement statistics have something to measure.
/// </summary>
internal static class SeedScaleStudy
{
    public const int Variables = 288;
    public const int Interviews = 220;
    public static readonly string[] Coders = ["ana", "ben", "cleo", "dev"];

    public static void Write(string directory, int seed = 7)
    {
        Directory.CreateDirectory(Path.Combine(directory, "transcripts"));
        File.WriteAllText(Path.Combine(directory, "codebook.yaml"), Codebook());
        for (var i = 1; i <= Interviews; i++)
        {
            File.WriteAllText(Path.Combine(directory, "transcripts", $"{InterviewId(i)}.txt"),
                $"[00:00:05] Interviewer: Where did you grow up?\n[00:00:10] P{i}: In a small town; my father worked the land and we were poor.\n");
        }
        var random = new Random(seed);
        var sb = new StringBuilder("interview,passage,variable,coder,score\n");
        for (var i = 1; i <= Interviews; i++)
        {
            for (var v = 0; v < Variables; v++)
            {
                var latent = random.Next(4);
                foreach (var coder in Coders)
                {
                    var score = random.NextDouble() < 0.05 ? "missing"
                        : random.NextDouble() < 0.75 ? latent.ToString(CultureInfo.InvariantCulture)
                        : random.Next(4).ToString(CultureInfo.InvariantCulture);
                    sb.Append(InterviewId(i)).Append(",,").Append(VariableId(v)).Append(',').Append(coder).Append(',').Append(score).Append('\n');
                }
            }
        }
        File.WriteAllText(Path.Combine(directory, "codes.csv"), sb.ToString());
    }

    public static string InterviewId(int i) => $"r{i:000}";

    public static string VariableId(int v) => $"v{v:000}";

    private static string Codebook()
    {
        var sb = new StringBuilder("""
            schema: precoder-codebook/1
            id: seed-scale
            name: Seed-scale benchmark codebook
            scales:
              likert4:
                kind: ordinal
                min: 0
                max: 3
                anchors:
                  0: Not present
                  1: Present but not important
                  2: Present and somewhat important
                  3: Present and very important
            categories:

            """);
        for (var c = 0; c < 9; c++)
        {
            sb.Append($"  - id: cat{c}\n    name: Category {c}\n");
        }
        sb.Append("variables:\n");
        for (var v = 0; v < Variables; v++)
        {
            sb.Append($"  - id: {VariableId(v)}\n    name: Variable {v}\n    category: cat{v % 9}\n    scale: likert4\n    unit: interview\n    definition: Synthetic variable {v}.\n");
        }
        return sb.ToString();
    }
}
