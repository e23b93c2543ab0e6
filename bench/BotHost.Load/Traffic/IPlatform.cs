using BotHost.Load.Fakes;

namespace BotHost.Load.Traffic;

// One platform's traffic: how to make request n, and where its replies are counted.
public interface IPlatform
{
    string Name { get; }

    string Path { get; }

    ReplyCounter Replies { get; }

    // The conversation the fake counts request n's reply under.
    string Conversation(int user);

    HttpRequestMessage Request(string baseUrl, long n, int user, string text);
}
