namespace BotHost.Tests.Reliability;

// The fuzz test judges the memory of the whole test process, so it runs on its own, after the parallel tests:
// beside them it would count their hosts too.
[CollectionDefinition(nameof(FuzzRunsAlone), DisableParallelization = true)]
public sealed class FuzzRunsAlone;
