using BotHost.Core.Conversation;
using BotHost.Core.Faq;
using BotHost.Core.Help;
using BotHost.Core.Join;
using BotHost.Core.Organisers;
using BotHost.Core.Pipeline;
using BotHost.Core.Privacy;
using BotHost.Core.Reports;
using BotHost.Core.Reps;
using BotHost.Core.Telemetry;
using BotHost.Core.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Core;

public static class CoreSetup
{
    // The engine, its features and the two pipeline loops. Stores and channel senders come from the host.
    public static IServiceCollection AddBotCore(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<PipelineSignals>();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<QueueGauges>();
        services.AddSingleton<Engine>();
        services.AddSingleton<SafeChannel.SafeChannelGate>();
        services.AddSingleton<IForms, FormCatalog>();
        services.AddSingleton<IFeature, HelpFeature>();
        services.AddSingleton<IFeature, PrivacyFeature>();
        services.AddFaq();
        services.AddSingleton<IFeature, JoinFeature>();
        services.AddSingleton<IFeature, RepFeature>();
        services.AddSingleton<CaseCommands>();
        services.AddSingleton<IFeature, OrganiserFeature>();
        services.AddSingleton<ReportSealer>();
        services.AddSingleton<ReportFiling>();
        services.AddSingleton<IFeature, ReportFeature>();
        services.AddSingleton<IFeature, ReportListFeature>();
        services.AddSingleton<IFormDefinition, ReportFormDefinition>();
        services.AddHostedService<InboxProcessor>();
        services.AddHostedService<OutboxSender>();
        services.AddHostedService<Recognizers.RecognizerWarmup>();
        return services;
    }
}
