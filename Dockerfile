# BotHost: build with the SDK, run on the ASP.NET Core runtime as the image's non-root user "app".
# Everything the bot writes goes under /data (the SQLite database and its WAL files), so the container
# runs with a read-only root filesystem: see docs/docker.md.

# The publish output is framework-dependent and carries the native SQLite for every platform, so it is
# built once on the build machine's own platform whatever the target.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the project files alone, so that a code change does not download packages again.
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/BotHost/BotHost.csproj src/BotHost/
COPY src/BotHost.Core/BotHost.Core.csproj src/BotHost.Core/MicrosoftRecognizers.props src/BotHost.Core/
COPY src/BotHost.Slack/BotHost.Slack.csproj src/BotHost.Slack/
COPY src/BotHost.Teams/BotHost.Teams.csproj src/BotHost.Teams/
COPY src/BotHost.DirectLine/BotHost.DirectLine.csproj src/BotHost.DirectLine/
RUN dotnet restore src/BotHost/BotHost.csproj

# The sources, the FAQ content shipped beside the executable, and the Teams package files it embeds.
COPY src/ src/
COPY content/ content/
COPY manifests/ manifests/
RUN dotnet publish src/BotHost/BotHost.csproj -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./

# /data belongs to "app" (UID $APP_UID, 1654 in the .NET images), and a new named volume mounted there
# starts as a copy of it, owner included. The code stays root's, so the bot cannot change it.
RUN mkdir /data && chown $APP_UID:$APP_UID /data
VOLUME /data

# ASPNETCORE_HTTP_PORTS, which the base image sets, is cleared so that ASPNETCORE_URLS alone decides.
# Outside Development there is no generated master key: Reports__EncryptionKey must be given at run time.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS= \
    Storage__ConnectionString="Data Source=/data/bothost.db"
EXPOSE 8080

USER $APP_UID

# Ready means the database answers and migrations are applied (/readyz). The image has no curl or wget,
# so bash's /dev/tcp asks instead.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /readyz HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

ENTRYPOINT ["dotnet", "BotHost.dll"]
