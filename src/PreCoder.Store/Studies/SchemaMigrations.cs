namespace PreCoder.Store.Studies;

/// <summary>
/// The migrations of this build, oldest first, per provider: what a study's history table must list to be up to date.
/// Kept here so that opening a study need not start EF Core's migrations service to ask; a test checks these lists
/// against EF Core's own, so a new migration cannot be forgotten.
/// </summary>
internal static class SchemaMigrations
{
    private static readonly string[] s_sqlite =
    [
        "20261202121550_Initial",
        "20261202122057_DecisionProvenanceAndCoderAccess",
        "20261202122403_LatestDecisionIndex",
        "20261202152038_TeamWorkAndStudyFiles",
        "20261203054557_DecisionSource",
    ];

    private static readonly string[] s_postgres =
    [
        "20261202121555_Initial",
        "20261202122102_DecisionProvenanceAndCoderAccess",
        "20261202122412_LatestDecisionIndex",
        "20261202152047_TeamWorkAndStudyFiles",
        "20261203054606_DecisionSource",
    ];

    public static IReadOnlyList<string> Of(StoreProvider provider) => provider == StoreProvider.Postgres ? s_postgres : s_sqlite;
}
