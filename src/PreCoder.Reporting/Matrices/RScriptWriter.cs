using System.Globalization;
using System.Text;
using PreCoder.Core.Codebooks;

namespace PreCoder.Reporting.Matrices;

/// <summary>
/// An R script (base R only) that loads the matrix CSV as two data frames: <c>precoder_scores</c> with numeric scores
/// (missing codes turned into NA, the reason kept in a <c>NAME_missing</c> factor), and <c>precoder</c> with labelled
/// factors (ordered for Likert and binary scales) and a "label" attribute per column.
/// </summary>
public static class RScriptWriter
{
    public static void Write(AnalysisMatrix matrix, string csvFileName, TextWriter w)
    {
        var variables = matrix.Variables.ToArray();
        w.WriteLine($"# Written by PreCoder: the analysis matrix of {matrix.Source}.");
        w.WriteLine($"# source(\"{Path.GetFileNameWithoutExtension(csvFileName)}.R\") from the folder holding {csvFileName}, or set precoder_csv first.");
        w.WriteLine("# precoder_scores: numeric scores, missing as NA with the reason in NAME_missing; precoder: labelled factors.");
        w.WriteLine($"if (!exists(\"precoder_csv\")) precoder_csv <- {Str(csvFileName)}");
        w.WriteLine("precoder_scores <- read.csv(precoder_csv, na.strings = \"\", check.names = FALSE, stringsAsFactors = FALSE, encoding = \"UTF-8\",");
        w.WriteLine($"  colClasses = c({string.Join(", ", matrix.Columns.Select(c => $"{Str(c.Name)} = {Str(c.Numeric ? "numeric" : "character")}"))}))");
        w.WriteLine();
        w.WriteLine($"precoder_missing_codes <- c({string.Join(", ", matrix.Missing.Labels.Select(l => $"{Str(MissingCodes.Text(l.Code))} = {Str(l.Label)}"))})");
        w.WriteLine($"precoder_variables <- c({string.Join(", ", variables.Select(c => Str(c.Name)))})");
        w.WriteLine("for (v in precoder_variables) {");
        w.WriteLine("  code <- precoder_scores[[v]]");
        w.WriteLine("  is_missing <- !is.na(code) & code < 0");
        w.WriteLine("  if (any(is_missing)) {");
        w.WriteLine("    precoder_scores[[paste0(v, \"_missing\")]] <- factor(ifelse(is_missing, precoder_missing_codes[as.character(code)], NA), levels = unname(precoder_missing_codes))");
        w.WriteLine("  }");
        w.WriteLine("  precoder_scores[[v]][is_missing] <- NA");
        w.WriteLine("}");
        w.WriteLine();
        w.WriteLine("precoder <- precoder_scores");
        foreach (var c in variables.Where(c => c.ValueLabels.Count > 0))
        {
            var ordered = c.Scale!.Kind is ScaleKind.Ordinal or ScaleKind.Binary ? "TRUE" : "FALSE";
            var levels = string.Join(", ", c.ValueLabels.Select(l => l.Code.ToString(CultureInfo.InvariantCulture)));
            var labels = string.Join(", ", c.ValueLabels.Select(l => Str(l.Label)));
            w.WriteLine($"precoder[[{Str(c.Name)}]] <- factor(precoder[[{Str(c.Name)}]], levels = c({levels}), labels = c({labels}), ordered = {ordered})");
        }

        foreach (var c in matrix.Columns)
        {
            w.WriteLine($"attr(precoder[[{Str(c.Name)}]], \"label\") <- {Str(c.Label)}");
        }
    }

    // An R string literal: double quotes, backslash and quote escaped, non-ASCII kept (the script is UTF-8).
    private static string Str(string text)
    {
        var b = new StringBuilder("\"");
        foreach (var ch in text)
        {
            b.Append(ch switch { '\\' => "\\\\", '"' => "\\\"", '\n' => "\\n", '\r' => "", '\t' => "\\t", _ => ch.ToString() });
        }

        return b.Append('"').ToString();
    }
}
