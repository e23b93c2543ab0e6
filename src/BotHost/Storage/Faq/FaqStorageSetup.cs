using BotHost.Core.Digests;
using BotHost.Core.Faq;
using BotHost.Core.Privacy;

namespace BotHost.Storage.Faq;

public static class FaqStorageSetup
{
    // The FAQ's host side: options, the FTS5 index, the stores for feedback and unanswered questions, and
    // the digest's view of them.
    public static WebApplicationBuilder AddFaqStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FaqOptions>().BindConfiguration(FaqOptions.Section);
        builder.Services.AddSingleton<IFaqIndexFactory, Fts5FaqIndexFactory>();
        builder.Services.AddSingleton<IFaqFeedbackStore, SqlFaqFeedbackStore>();
        builder.Services.AddSingleton<SqlUnansweredStore>();
        builder.Services.AddSingleton<IUnansweredStore>(sp => sp.GetRequiredService<SqlUnansweredStore>());
        builder.Services.AddSingleton<IExpiringData>(sp => sp.GetRequiredService<SqlUnansweredStore>());

        // Replaces the digest's stand-in (NoFaqDigestSource is registered with TryAdd).
        builder.Services.AddSingleton<IFaqDigestSource, FaqDigestSource>();
        return builder;
    }
}
