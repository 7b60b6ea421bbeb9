namespace PreCoder.Codebooks.Files;

public enum CodebookFormat
{
    /// <summary>precoder-codebook/1 as YAML (.yaml, .yml): the hand-edited source of truth.</summary>
    Yaml = 0,

    /// <summary>precoder-codebook/1 as JSON (.json), same structure as the YAML.</summary>
    Json = 1,

    /// <summary>REFI-QDA Codebook Exchange (.qdc) for NVivo, ATLAS.ti, MAXQDA and others.</summary>
    Qdc = 2,

    /// <summary>One row per variable (.csv), RFC 4180.</summary>
    Csv = 3,

    /// <summary>The CSV table as an Excel workbook (.xlsx).</summary>
    Xlsx = 4,
}
