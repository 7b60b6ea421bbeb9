using PreCoder.TestKit;

namespace PreCoder.Store.Tests;

public sealed class PostgresStoreTests
{
    [PostgresFact]
    public async Task Transcript_ReplacedTwice_LeavesOneCopy() { await using var t = await StoreTarget.PostgresAsync(); await StoreContract.Transcript_ReplacedTwice_LeavesOneCopy(t); }

    [PostgresFact]
    public async Task Interview_Attributes_RoundTrip() { await using var t = await StoreTarget.PostgresAsync(); await StoreContract.Interview_Attributes_RoundTrip(t); }

    [PostgresFact]
    public async Task Decisions_LatestPerUnitWins_RejectClears() { await using var t = await StoreTarget.PostgresAsync(); await StoreContract.Decisions_LatestPerUnitWins_RejectClears(t); }

    [PostgresFact]
    public async Task RejectedQuotes_AreTheShownAndCitedQuotesTheCurrentCodeDropped() { await using var t = await StoreTarget.PostgresAsync(); await StoreContract.RejectedQuotes_AreTheShownAndCitedQuotesTheCurrentCodeDropped(t); }

    [PostgresFact]
    public async Task BulkAppend_ConstantAndVaryingColumns_ReadBackAsWritten() { await using var t = await StoreTarget.PostgresAsync(); await StoreContract.BulkAppend_ConstantAndVaryingColumns_ReadBackAsWritten(t); }

    [PostgresFact]
    public async Task Suggestion_Evidence_RoundTrips() { await using var t = await StoreTarget.PostgresAsync(); await StoreContract.Suggestion_Evidence_RoundTrips(t); }

    [PostgresFact]
    public async Task HandMappedRows_ReadAsEfCoreReadsThem() { await using var t = await StoreTarget.PostgresAsync(); await StoreContract.HandMappedRows_ReadAsEfCoreReadsThem(t); }

    [PostgresFact]
    public async Task CodebookVersions_SameContent_NoNewVersion() { await using var t = await StoreTarget.PostgresAsync(); await StoreContract.CodebookVersions_SameContent_NoNewVersion(t); }

    [PostgresFact]
    public async Task CurrentCodes_RandomTrail_EqualInMemoryReplay() { await using var t = await StoreTarget.PostgresAsync(); await StoreContract.CurrentCodes_RandomTrail_EqualInMemoryReplay(t); }

    [PostgresFact]
    public async Task CurrentCodes_TextsBeyondAscii_ReadBackExactly() { await using var t = await StoreTarget.PostgresAsync(); await StoreContract.CurrentCodes_TextsBeyondAscii_ReadBackExactly(t); }
}
