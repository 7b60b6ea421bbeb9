using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;
using PreCoder.Core.Errors;
using PreCoder.Store.Persistence;

namespace PreCoder.Application.Workspace;

/// <summary>
/// People who sign in to the workspace: adding them with a role and a password (hashed with ASP.NET Core's
/// <see cref="PasswordHasher{TUser}"/>), checking a sign-in and locking an account after repeated failures.
/// </summary>
public sealed class CoderAccounts(StudySession session)
{
    /// <summary>Names the workspace writes as for its own purposes; nobody signs in as them.</summary>
    public static readonly IReadOnlySet<string> ReservedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Coder.MachineAlias, Reconciliation.InterviewReconciliation.ConsensusCoder };

    private static readonly PasswordHasher<CoderRow> Hasher = new();

    private WorkspaceOptions Options => session.Configuration.Bind<WorkspaceOptions>(WorkspaceOptions.Section);

    /// <summary>
    /// Gives a coder a role and a password. A coder who already has codes (imported, or from the CLI) keeps them;
    /// one who already has a password is refused unless <paramref name="replacePassword"/> says to set a new one.
    /// </summary>
    public async Task AddAsync(string name, CoderRole role, string password, bool replacePassword, CancellationToken cancellationToken)
    {
        name = name.Trim();
        if (name.Length == 0 || name.Length > 64 || name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ':' or '/'))
        {
            throw new InputException("coders add", null, $"'{name}' is not a coder name (1-64 characters, no spaces, ':' or '/')");
        }
        if (ReservedNames.Contains(name))
        {
            throw new InputException("coders add", null, $"'{name}' is reserved for the workspace's own codes; choose another name");
        }
        if (password.Length < 8)
        {
            throw new InputException("coders add", null, "the password must have at least 8 characters");
        }
        await using var db = session.CreateDb();
        var row = await db.Coders.FirstOrDefaultAsync(c => c.Id == name, cancellationToken);
        if (row is { Kind: CoderKind.Machine })
        {
            throw new InputException("coders add", null, $"'{name}' is a machine coder; machine coders do not sign in");
        }
        if (row is { PasswordHash: not null } && !replacePassword)
        {
            throw new InputException("coders add", null, $"coder '{name}' already has a password; pass --reset-password to set a new one");
        }
        if (row is null)
        {
            row = new CoderRow { Id = name, Kind = CoderKind.Human };
            db.Coders.Add(row);
        }
        row.Role = role;
        row.PasswordHash = Hasher.HashPassword(row, password);
        row.FailedSignIns = 0;
        row.LockoutEnd = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The coders who can sign in, with their roles, for listing.</summary>
    public async Task<IReadOnlyList<(string Coder, CoderRole Role)>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var rows = await db.Coders.AsNoTracking().Where(c => c.PasswordHash != null).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, r.Role ?? CoderRole.Coder)).ToArray();
    }

    /// <summary>
    /// Checks a password. Each failure counts; at <see cref="WorkspaceOptions.MaxFailedSignIns"/> in a row the account is
    /// locked for <see cref="WorkspaceOptions.LockoutDuration"/>, during which even the right password is refused.
    /// </summary>
    public async Task<SignInResult> SignInAsync(string name, string password, CancellationToken cancellationToken)
    {
        var options = Options;
        var now = session.Time.GetUtcNow();
        await using var db = session.CreateDb();
        var row = await db.Coders.FirstOrDefaultAsync(c => c.Id == name.Trim(), cancellationToken);
        if (row is null || row.Kind != CoderKind.Human || row.PasswordHash is null)
        {
            return new SignInResult(SignInOutcome.Failed);
        }
        if (row.LockoutEnd is { } until && until > now)
        {
            return new SignInResult(SignInOutcome.LockedOut, LockedUntil: until);
        }
        var verdict = Hasher.VerifyHashedPassword(row, row.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            row.FailedSignIns++;
            if (row.FailedSignIns >= options.MaxFailedSignIns)
            {
                row.FailedSignIns = 0;
                row.LockoutEnd = now + options.LockoutDuration;
                await db.SaveChangesAsync(cancellationToken);
                return new SignInResult(SignInOutcome.LockedOut, LockedUntil: row.LockoutEnd);
            }
            await db.SaveChangesAsync(cancellationToken);
            return new SignInResult(SignInOutcome.Failed);
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            row.PasswordHash = Hasher.HashPassword(row, password);
        }
        row.FailedSignIns = 0;
        row.LockoutEnd = null;
        await db.SaveChangesAsync(cancellationToken);
        return new SignInResult(SignInOutcome.Success, row.Id, row.Role ?? CoderRole.Coder);
    }
}
