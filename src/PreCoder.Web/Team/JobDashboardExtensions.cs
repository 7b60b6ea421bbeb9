using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PreCoder.Store.Studies;

namespace PreCoder.Web.Team;

/// <summary>Hangfire's dashboard at <see cref="Path"/> when the study is in PostgreSQL (where its workers' queues are).</summary>
public static class JobDashboardExtensions
{
    public const string Path = "/jobs";

    public static IServiceCollection AddJobDashboard(this IServiceCollection services, StudySession session)
    {
        if (session.Database.Options.Provider == StoreProvider.Postgres)
        {
            var (storage, _) = TeamStudy.OpenAsync(session, CancellationToken.None).GetAwaiter().GetResult();
            services.AddHangfire(_ => { });
            services.AddSingleton(storage);
        }
        return services;
    }

    public static WebApplication UseJobDashboard(this WebApplication app)
    {
        if (app.Services.GetService<JobStorage>() is { } storage)
        {
            app.UseHangfireDashboard(Path, new DashboardOptions
            {
                Authorization = [new LeadDashboardAuthorization()],
                AppPath = "/",
                DashboardTitle = "PreCoder jobs",
                DisplayStorageConnectionString = false,
            }, storage);
        }
        return app;
    }
}
