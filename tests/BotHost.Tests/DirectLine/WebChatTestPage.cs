using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace BotHost.Tests.DirectLine;

// Test only: Microsoft's Web Chat bundle from npm and a page that renders it against this host, as a union's
// website would embed it. The token comes in the URL fragment, standing in for the union's server.
public sealed class WebChatTestPage : IStartupFilter
{
    public const string Path = "/webchat-test/";

    private const string Html = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Web Chat against BotHost</title>
        <style>html, body, #webchat { height: 100%; margin: 0; }</style></head>
        <body>
        <div id="webchat" role="main"></div>
        <script src="/webchat-test/webchat.js"></script>
        <script>
          window.WebChat.renderWebChat({
            directLine: window.WebChat.createDirectLine({ token: location.hash.slice(1), domain: location.origin + "/v3/directline" }),
            styleOptions: { hideUploadButton: true }
          }, document.getElementById("webchat"));
        </script>
        </body>
        </html>
        """;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (http, inner) =>
        {
            if (http.Request.Path == Path)
            {
                http.Response.ContentType = "text/html; charset=utf-8";
                await http.Response.WriteAsync(Html);
            }
            else if (http.Request.Path == Path + "webchat.js")
            {
                http.Response.ContentType = "text/javascript; charset=utf-8";
                await http.Response.SendFileAsync(ClientPackages.WebChatBundle);
            }
            else
            {
                await inner(http);
            }
        });
        next(app);
    };
}
