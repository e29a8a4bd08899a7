using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ClaimGraph.Api.Tests.Support;

/// <summary>An HTTP answer from /graphql: status, media type and the JSON body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, JsonElement Body, HttpResponseMessage Message)
{
    public JsonElement Data => Body.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array ? errors.EnumerateArray().ToList() : [];

    public IEnumerable<string?> ErrorCodes =>
        Errors.Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null);

    /// <summary>The data of a request that must have succeeded, failing with the errors when it did not.</summary>
    public JsonElement Ok()
    {
        Assert.True(Status == HttpStatusCode.OK && Errors.Count == 0, $"{(int)Status}: {Body}");
        return Data;
    }

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage message)
    {
        var text = await message.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        return new GraphQLResponse(message.StatusCode, message.Content.Headers.ContentType?.MediaType, json.RootElement.Clone(), message);
    }
}

public static class GraphQLHttp
{
    public static async Task<GraphQLResponse> PostGraphQLAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        return await GraphQLResponse.ReadAsync(response);
    }

    public static async Task<GraphQLResponse> SendGraphQLAsync(this HttpClient client, HttpMethod method, string path, string? body = null, string? contentType = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType ?? "application/json");
        if (accept is not null) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await client.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    public static IEnumerable<JsonElement> Items(this JsonElement element, string property) => element.GetProperty(property).EnumerateArray();

    public static string? Str(this JsonElement element, params string[] path)
    {
        foreach (var p in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(p, out element)) return null;
        }
        return element.ValueKind == JsonValueKind.Null ? null : element.ToString();
    }
}
