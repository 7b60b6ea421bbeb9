namespace PreCoder.Agreement;

/// <summary>How a ratings CSV is laid out (the layouts R irr, irrCAC and Python krippendorff users keep ratings in).</summary>
public enum RatingsLayout
{
    /// <summary>One row per unit: first column the unit, one column per coder (irr, <c>krippendorff</c> transposed).</summary>
    Wide,

    /// <summary>One row per rating: columns <c>unit</c>, <c>coder</c>, <c>score</c>, and optionally <c>variable</c>.</summary>
    Long,

    /// <summary>A square two-coder contingency table: first column and header are the categories, cells are counts or proportions.</summary>
    Table,

    /// <summary>One row per unit: first column the unit, one column per category holding how many coders chose it (irrCAC's <c>.dist</c>).</summary>
    Counts,
}
