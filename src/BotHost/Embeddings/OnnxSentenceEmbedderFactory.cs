using BotHost.Core.Faq;
using Microsoft.ML.OnnxRuntime;

namespace BotHost.Embeddings;

// Loads the packaged model. If ONNX Runtime's native library is missing for this platform, or the model
// will not load, the FAQ goes on lexically: embeddings improve answers, they are not needed to give one.
public sealed partial class OnnxSentenceEmbedderFactory(EmbeddingModel model, ILogger<OnnxSentenceEmbedderFactory> logger) : ISentenceEmbedderFactory
{
    public ISentenceEmbedder? Create()
    {
        try
        {
            return new OnnxSentenceEmbedder(model);
        }
        catch (Exception ex) when (ex is OnnxRuntimeException or DllNotFoundException or TypeInitializationException or BadImageFormatException or EntryPointNotFoundException)
        {
            Log.NotLoaded(logger, model.Name, ex.GetType().Name);
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 333, Level = LogLevel.Error, Message = "Sentence-embedding model {Model} could not be loaded ({ErrorType}); the FAQ ranks lexically only")]
        public static partial void NotLoaded(ILogger logger, string model, string errorType);
    }
}
