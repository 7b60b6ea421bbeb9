using PreCoder.Core.Coding;

namespace PreCoder.Store.Persistence;

/// <summary>The stored form of a <see cref="Coder"/> (records with positional members map poorly to EF).</summary>
public sealed class CoderRow
{
    public required string Id { get; init; }

    public CoderKind Kind { get; init; }

    public string? ModelVersion { get; set; }

    /// <summary>Null for machine coders and for coders who only import codes (they never sign in).</summary>
    public CoderRole? Role { get; set; }

    /// <summary>ASP.NET Core password hash; null until a password is set with <c>precoder coders add</c>.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Failed sign-ins since the last success, for lock-out.</summary>
    public int FailedSignIns { get; set; }

    public DateTimeOffset? LockoutEnd { get; set; }

    public Coder ToCoder() => new(Id, Kind, ModelVersion);
}
