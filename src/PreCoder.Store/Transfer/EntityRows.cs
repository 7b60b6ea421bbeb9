using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Transfer;

/// <summary>Reads one mapped table whatever its CLR type: its rows as untracked entities, or whether it has any.</summary>
internal static class EntityRows
{
    private static readonly MethodInfo ReadTyped = typeof(EntityRows).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IAsyncEnumerable<object> ReadAsync(StudyDbContext db, IEntityType table) =>
        (IAsyncEnumerable<object>)ReadTyped.MakeGenericMethod(table.ClrType).Invoke(null, [db])!;

    private static readonly MethodInfo AnyTyped = typeof(EntityRows).GetMethod(nameof(Any), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static Task<bool> AnyAsync(StudyDbContext db, IEntityType table, CancellationToken cancellationToken) =>
        (Task<bool>)AnyTyped.MakeGenericMethod(table.ClrType).Invoke(null, [db, cancellationToken])!;

    private static Task<bool> Any<T>(StudyDbContext db, CancellationToken cancellationToken) where T : class => db.Set<T>().AnyAsync(cancellationToken);

    private static IAsyncEnumerable<T> Read<T>(StudyDbContext db) where T : class => db.Set<T>().AsNoTracking().AsAsyncEnumerable();
}
