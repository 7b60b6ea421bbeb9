using System.Globalization;
using System.Text;
using PreCoder.Core.Codebooks;
using PreCoder.Reporting.StudyCodes;
using PreCoder.Reporting.StudyTables;

namespace PreCoder.Reporting.Matrices;

/// <summary>Builds the analysis matrix from interviews, their attributes, the codebook and one <see cref="CodeSource"/>.</summary>
public static class AnalysisMatrixBuilder
{
    public static AnalysisMatrix Build(Codebook codebook, IReadOnlyList<StudyInterview> interviews, CodeSource codes)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(interviews);
        ArgumentNullException.ThrowIfNull(codes);
        var missing = new MissingCodes(codebook.MissingReasons);
        var names = new ColumnNames();
        var ordered = interviews.OrderBy(i => i.Id, StringComparer.Ordinal).ToArray();
        var attributes = ordered.SelectMany(i => i.Attributes.Keys).Distinct(StringComparer.Ordinal).ToArray();
        var columns = new List<MatrixColumn> { new(names.Claim("interview"), "interview", "Interview", MatrixColumnKind.Interview, null, false, Width(ordered.Select(i => i.Id))) };
        foreach (var attribute in attributes)
        {
            var values = ordered.Select(i => i.Attributes.GetValueOrDefault(attribute, "")).Where(v => v.Length > 0).ToArray();
            var numeric = values.Length > 0 && values.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
            columns.Add(new(names.Claim(attribute), attribute, attribute, MatrixColumnKind.Attribute, null, numeric, Width(values)));
        }

        // Open nominal scales hold no codes PreCoder can store, so they have no column.
        var variables = codebook.Variables.Where(v => !(v.Scale.Kind == ScaleKind.Nominal && v.Scale.Categories.Count == 0)).ToArray();
        columns.AddRange(variables.Select(v => new MatrixColumn(names.Claim(v.Id), v.Id, v.Name, MatrixColumnKind.Variable, v.Scale, true, 8)));

        var rows = ordered.Select(interview =>
        {
            var row = new List<string> { interview.Id };
            row.AddRange(attributes.Select(a => interview.Attributes.GetValueOrDefault(a, "")));
            row.AddRange(variables.Select(v => Cell(v, interview, codes, missing)));
            return (IReadOnlyList<string>)row;
        }).ToArray();
        return new AnalysisMatrix(codes.Description, columns, rows, missing);
    }

    private static string Cell(Variable variable, StudyInterview interview, CodeSource codes, MissingCodes missing)
    {
        if (!variable.AppliesToAttributes(interview.Attributes))
        {
            return MissingCodes.Text(MissingCodes.NotApplicable);
        }

        if (!codes.Scores.TryGetValue((interview.Id, variable.Id), out var score))
        {
            return "";
        }

        return score.Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : MissingCodes.Text(missing.Code(score.MissingReason));
    }

    private static int Width(IEnumerable<string> values) => Math.Max(1, values.Select(v => Encoding.UTF8.GetByteCount(v)).DefaultIfEmpty(1).Max());
}
