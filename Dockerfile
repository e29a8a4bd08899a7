# ClaimGraph's command line and GraphQL server, built from source (stage 1) into the ASP.NET runtime image (stage 2).
# docker-compose.yml runs it against Neo4j; on its own:
# docker run -p 8080:8080 -e NEO4J_URL=… -e NEO4J_PASSWORD=… -e CLAIMGRAPH_API_KEY=… claimgraph

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# ClaimGraph.Api's build bundles the dashboard and GraphiQL (web/) with Node.js 20.19+ and npm.
RUN apt-get update -q && apt-get install -y -q --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Project files first, so the restore layer is reused while only code changes.
COPY global.json Directory.Build.props ClaimGraph.sln ./
COPY src/ClaimGraph.Core/ClaimGraph.Core.csproj src/ClaimGraph.Core/
COPY src/ClaimGraph.Extraction/ClaimGraph.Extraction.csproj src/ClaimGraph.Extraction/
COPY src/ClaimGraph.Learning/ClaimGraph.Learning.csproj src/ClaimGraph.Learning/
COPY src/ClaimGraph.Storage/ClaimGraph.Storage.csproj src/ClaimGraph.Storage/
COPY src/ClaimGraph.Storage.Sqlite/ClaimGraph.Storage.Sqlite.csproj src/ClaimGraph.Storage.Sqlite/
COPY src/ClaimGraph.Storage.Neo4j/ClaimGraph.Storage.Neo4j.csproj src/ClaimGraph.Storage.Neo4j/
COPY src/ClaimGraph.Api/ClaimGraph.Api.csproj src/ClaimGraph.Api/Dashboard.targets src/ClaimGraph.Api/
COPY src/ClaimGraph.Cli/ClaimGraph.Cli.csproj src/ClaimGraph.Cli/
RUN dotnet restore src/ClaimGraph.Cli/ClaimGraph.Cli.csproj
COPY src/ src/
COPY graph-schema/ graph-schema/
COPY web/ web/
RUN dotnet publish src/ClaimGraph.Cli/ClaimGraph.Cli.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# The founding corpus, ingested by `serve` when the store is empty (the first start).
COPY corpus/ /app/corpus/
ENV CLAIMGRAPH_STORE=neo4j \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
ENTRYPOINT ["dotnet", "/app/claimgraph.dll"]
CMD ["serve", "--urls", "http://0.0.0.0:8080", "--corpus", "/app/corpus"]
