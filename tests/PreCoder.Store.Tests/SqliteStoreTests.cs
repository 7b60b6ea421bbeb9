namespace PreCoder.Store.Tests;

public sealed class SqliteStoreTests
{
    [Fact]
    public async Task Transcript_ReplacedTwice_LeavesOneCopy() { await using var t = await StoreTarget.SqliteAsync(); await StoreContract.Transcript_ReplacedTwice_LeavesOneCopy(t); }

    [Fact]
    public async Task Interview_Attributes_RoundTrip() { await using var t = await StoreTarget.SqliteAsync(); await StoreContract.Interview_Attributes_RoundTrip(t); }

    [Fact]
    public async Task Decisions_LatestPerUnitWins_RejectClears() { await using var t = await StoreTarget.SqliteAsync(); await StoreContract.Decisions_LatestPerUnitWins_RejectClears(t); }

    [Fact]
    public async Task RejectedQuotes_AreTheShownAndCitedQuotesTheCurrentCodeDropped() { await using var t = await StoreTarget.SqliteAsync(); await StoreContract.RejectedQuotes_AreTheShownAndCitedQuotesTheCurrentCodeDropped(t); }

    [Fact]
    public async Task BulkAppend_ConstantAndVaryingColumns_ReadBackAsWritten() { await using var t = await StoreTarget.SqliteAsync(); await StoreContract.BulkAppend_ConstantAndVaryingColumns_ReadBackAsWritten(t); }

    [Fact]
    public async Task Suggestion_Evidence_RoundTrips() { await using var t = await StoreTarget.SqliteAsync(); await StoreContract.Suggestion_Evidence_RoundTrips(t); }

    [Fact]
    public async Task HandMappedRows_ReadAsEfCoreReadsThem() { await using var t = await StoreTarget.SqliteAsync(); await StoreContract.HandMappedRows_ReadAsEfCoreReadsThem(t); }

    [Fact]
    public async Task CodebookVersions_SameContent_NoNewVersion() { await using var t = await StoreTarget.SqliteAsync(); await StoreContract.CodebookVersions_SameContent_NoNewVersion(t); }

    [Fact]
    public async Task CurrentCodes_RandomTrail_EqualInMemoryReplay() { await using var t = await StoreTarget.SqliteAsync(); await StoreContract.CurrentCodes_RandomTrail_EqualInMemoryReplay(t); }

    [Fact]
    public async Task CurrentCodes_TextsBeyondAscii_ReadBackExactly() { await using var t = await StoreTarget.SqliteAsync(); await StoreContract.CurrentCodes_TextsBeyondAscii_ReadBackExactly(t); }
}
