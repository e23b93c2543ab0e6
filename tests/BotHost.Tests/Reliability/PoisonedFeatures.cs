using BotHost.Core.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests.Reliability;

// Wraps every feature the host registers so that any turn from one conversation throws, every time: a
// poison turn, made in the test host's services rather than with a hook in the product.
public static class PoisonedFeatures
{
    public static void Poison(IServiceCollection services, string conversation)
    {
        foreach (var registered in services.Where(d => d.ServiceType == typeof(IFeature)).ToList())
        {
            services.Remove(registered);
            services.AddSingleton<IFeature>(provider => new PoisonedFeature(Resolve(provider, registered), conversation));
        }
    }

    private static IFeature Resolve(IServiceProvider provider, ServiceDescriptor registered) =>
        registered.ImplementationInstance as IFeature
        ?? registered.ImplementationFactory?.Invoke(provider) as IFeature
        ?? (IFeature)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!);

    private sealed class PoisonedFeature(IFeature inner, string conversation) : IFeature
    {
        public IReadOnlyCollection<IntentKind> Handles => inner.Handles;

        public bool IsSensitive => inner.IsSensitive;

        public Task<FeatureResult> HandleAsync(TurnContext context, Intent intent, CancellationToken cancellationToken) =>
            context.Turn.Conversation == conversation
                ? throw new PoisonException()
                : inner.HandleAsync(context, intent, cancellationToken);
    }

    public sealed class PoisonException() : InvalidOperationException("poisoned turn");
}
