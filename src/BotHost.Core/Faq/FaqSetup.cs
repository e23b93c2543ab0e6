using BotHost.Core.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Core.Faq;

public static class FaqSetup
{
    // The FAQ feature, the library it answers from and the folder reloader. The host adds the FTS5
    // index factory, the stores and the options binding.
    public static IServiceCollection AddFaq(this IServiceCollection services)
    {
        services.AddSingleton<FaqLibrary>();
        services.AddSingleton<IFeature, FaqFeature>();
        services.AddHostedService<FaqReloader>();
        return services;
    }
}
