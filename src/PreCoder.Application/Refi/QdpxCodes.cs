using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Errors;
using PreCoder.Reporting.Refi;

namespace PreCoder.Application.Refi;

/// <summary>
/// Gathers a project's codings into codes: all of one user's codings of a code in a source are one interview-level code
/// whose quotes are their selections (in source order); for a passage-level variable, each coded passage is a code.
/// The score is PreCoder's coding note; a coding without one means "present", which only a binary scale can say.
/// </summary>
internal sealed class QdpxCodes(string file, int codebookVersion, string source, DateTimeOffset at)
{
    private readonly Dictionary<(string Coder, string Interview, string? Passage, string Variable), (Score Score, List<EvidenceQuote> Evidence, int Line, int Order)> _codes = [];

    public int Count => _codes.Count;

    public void Add(RefiCoding coding, Variable variable, QdpxInterview interview)
    {
        var score = ScoreOf(coding, variable);
        var quotes = interview.Quotes(file, coding);
        string? passage = null;
        if (variable.Unit == CodingUnit.Passage)
        {
            if (quotes.Count == 0)
            {
                throw coding.Error(file, $"variable {variable.Id} is coded per passage, but this coding selects no text");
            }

            passage = quotes[0].PassageId;
            // PreCoder exports a passage code without quotes as a selection of the whole passage.
            var whole = interview.Passages.First(p => p.Id == passage);
            quotes = quotes.Count == 1 && quotes[0].Start == 0 && quotes[0].Length == (quotes[0].English ? whole.English!.Length : whole.Text.Length) ? [] : quotes;
        }

        var key = (coding.Coder, interview.Id, passage, variable.Id);
        if (_codes.TryGetValue(key, out var code))
        {
            if (code.Score != score)
            {
                throw coding.Error(file,
                    $"{coding.Coder}'s codings of '{coding.Code}' in '{interview.Id}' give two scores ({variable.Scale.Format(code.Score)} on line {code.Line}, {variable.Scale.Format(score)} here)");
            }

            code.Evidence.AddRange(quotes.Where(q => !code.Evidence.Contains(q)));
        }
        else
        {
            _codes[key] = (score, quotes.ToList(), coding.Line, _codes.Count);
        }
    }

    public IEnumerable<CodeDecision> Decisions() => _codes.OrderBy(c => c.Value.Order).Select(c => new CodeDecision
    {
        InterviewId = c.Key.Interview,
        PassageId = c.Key.Passage,
        VariableId = c.Key.Variable,
        CodebookVersion = codebookVersion,
        CoderId = c.Key.Coder,
        Action = c.Value.Score.IsMissing ? DecisionAction.MarkMissing : DecisionAction.Set,
        Value = c.Value.Score.Value,
        MissingReason = c.Value.Score.MissingReason,
        Evidence = c.Value.Evidence,
        Source = source,
        At = at,
    });

    private Score ScoreOf(RefiCoding coding, Variable variable)
    {
        if (coding.Score is { } text)
        {
            return variable.Scale.TryParse(text, out var score, out var error)
                ? score
                : throw coding.Error(file, $"the coding note's score on variable {variable.Id}: {error}");
        }

        if (variable.Scale.Kind == ScaleKind.Binary)
        {
            return Score.Of(1);
        }

        throw coding.Error(file,
            $"code '{coding.Code}' has no PreCoder score and variable {variable.Id}'s scale {variable.Scale.Name} ({variable.Scale.Describe()}) has no single 'present' value; import into a study without a codebook (codes become presence variables) or give the variable a binary scale");
    }
}
