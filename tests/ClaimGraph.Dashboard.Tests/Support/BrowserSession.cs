using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Playwright;

namespace ClaimGraph.Dashboard.Tests.Support;

/// <summary>
/// One browser context on the test host: records console errors, page errors, failed and 4xx/5xx requests, and
/// refuses (and records) any request that would leave the host, so a page that needs a CDN fails its test.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];
    private readonly List<string> _offsite = [];

    private readonly string _test;

    private BrowserSession(IBrowserContext context, IPage page, string test)
    {
        _context = context;
        Page = page;
        _test = test;
    }

    public IPage Page { get; }

    /// <summary>Console errors, uncaught exceptions, failed requests and error responses, as they happened.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Requests to anywhere but the test host (none are let through).</summary>
    public IReadOnlyList<string> OffsiteRequests => _offsite;

    /// <summary>A new context and page; when the session ends, the page as the test left it is saved as artifacts/dashboard/{test}.png.</summary>
    public static async Task<BrowserSession> OpenAsync(DashboardHostFixture host, int width = 1280, int height = 800, bool phone = false, [CallerMemberName] string test = "")
    {
        var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = 1,
            IsMobile = phone,
            HasTouch = phone,
            Locale = "zh-CN",
        });
        // Waits only end early on a hang: a loaded CI machine may take long over a step that is quick on an idle one.
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page, test);
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Host == host.BaseAddress.Host && url.Port == host.BaseAddress.Port) await route.ContinueAsync();
            else
            {
                lock (session._offsite) session._offsite.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        page.Console += (_, message) =>
        {
            if (message.Type == "error") session.Record($"console: {message.Text}");
        };
        page.PageError += (_, error) => session.Record($"page error: {error}");
        page.RequestFailed += (_, request) => session.Record($"request failed: {request.Url} {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) session.Record($"HTTP {response.Status}: {response.Url}");
        };
        return session;
    }

    /// <summary>Opens the dashboard and waits until the network is drawn.</summary>
    public async Task OpenDashboardAsync(string path = "/")
    {
        await Page.GotoAsync(path);
        await WaitForGraphAsync();
    }

    public Task WaitForGraphAsync() => Page.WaitForSelectorAsync("body[data-graph='ready']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });

    /// <summary>
    /// Waits until no pan or zoom animation has run for three frames in a row: focusing an actor animates the view for
    /// 300 ms, in frames a loaded machine draws late, and Cytoscape starts an animation queued behind another only on
    /// the frame after that one ends.
    /// </summary>
    public async Task WaitForViewAtRestAsync()
    {
        await Page.EvaluateAsync("() => { window.viewAtRest = 0; }");
        await Page.WaitForFunctionAsync("() => (window.viewAtRest = window.claimGraph.cy.animated() ? 0 : window.viewAtRest + 1) >= 3");
    }

    public Task<string[]> NodeNamesAsync() => Page.EvaluateAsync<string[]>("() => window.claimGraph.cy.nodes().map(n => n.data('name'))");

    /// <summary>The drawn edges: source and target names, claim count and predicates.</summary>
    public async Task<IReadOnlyList<DrawnEdge>> EdgesAsync()
    {
        var json = await Page.EvaluateAsync<JsonElement>(
            """
            () => window.claimGraph.cy.edges().map(e => ({
              source: e.source().data('name'), target: e.target().data('name'), count: e.data('count'),
              negated: e.data('negated'), predicates: e.data('predicates').map(p => p[0]) }))
            """);
        return json.EnumerateArray().Select(e => new DrawnEdge(
            e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!, e.GetProperty("count").GetInt32(),
            e.GetProperty("negated").GetBoolean(), e.GetProperty("predicates").EnumerateArray().Select(p => p.GetString()!).ToList())).ToList();
    }

    /// <summary>
    /// In-page helper: a whole-pixel page point over the given rendered points where the graph's own hit test finds
    /// the element, and finds it a pixel away too (a mouse event carries whole pixels; hubs have neighbours close by).
    /// </summary>
    private const string FreePoint =
        """
        (cy, element, candidates) => {
          const box = cy.container().getBoundingClientRect();
          const pan = cy.pan(), zoom = cy.zoom();
          const hits = (px, py) => {
            const found = cy.renderer().findNearestElement((px - box.left - pan.x) / zoom, (py - box.top - pan.y) / zoom, true, false);
            return found && found.same(element);
          };
          for (const c of candidates) {
            const x = Math.round(box.left + c.x), y = Math.round(box.top + c.y);
            if ([[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]].every(([dx, dy]) => hits(x + dx, y + dy))) return { x, y };
          }
          return { x: -1, y: -1 };
        }
        """;

    /// <summary>Zooms onto a node and clicks it with the mouse (or taps it on a touch screen), as a person would.</summary>
    public async Task ClickNodeAsync(string name, bool tap = false)
    {
        var point = await Page.EvaluateAsync<JsonElement>(
            $$"""
            async name => {
              const cy = window.claimGraph.cy;
              const node = cy.nodes().filter(n => n.data('name') === name).first();
              if (node.empty()) return null;
              cy.zoom({ level: 1.6, renderedPosition: node.renderedPosition() });
              cy.center(node);
              await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
              const p = node.renderedPosition(), r = node.renderedWidth() / 2;
              const candidates = [p];
              for (const f of [0.3, 0.6]) for (let a = 0; a < 8; a++)
                candidates.push({ x: p.x + f * r * Math.cos(a * Math.PI / 4), y: p.y + f * r * Math.sin(a * Math.PI / 4) });
              return ({{FreePoint}})(cy, node, candidates);
            }
            """, name);
        await ClickAsync(point, $"node {name}", tap);
    }

    /// <summary>Clicks the drawn edge from one actor to another with the mouse, at a point of its curve that is free of other elements.</summary>
    public async Task ClickEdgeAsync(string source, string target)
    {
        var point = await Page.EvaluateAsync<JsonElement>(
            $$"""
            async ([source, target]) => {
              const cy = window.claimGraph.cy;
              const edge = cy.edges().filter(e => e.source().data('name') === source && e.target().data('name') === target && !e.data('negated')).first();
              if (edge.empty()) return null;
              // The layout starts from random places, so now and then another edge or a label lies over most of this
              // one at the first framing: try closer and wider framings, and points all along the curve, before
              // saying that none is free.
              const ts = [];
              for (let d = 0; d <= 0.35; d += 0.025) ts.push(0.5 - d, 0.5 + d);
              let point = { x: -1, y: -1 };
              for (const padding of [120, 40, 220]) {
                cy.fit(edge.connectedNodes(), padding);
                // Edge geometry is recomputed when a frame is drawn: let two frames pass before measuring.
                await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
                const a = edge.renderedSourceEndpoint(), b = edge.renderedTargetEndpoint();
                const c = (edge.renderedControlPoints() || [])[0] || { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
                const candidates = ts.map(t => ({
                  x: (1 - t) * (1 - t) * a.x + 2 * (1 - t) * t * c.x + t * t * b.x,
                  y: (1 - t) * (1 - t) * a.y + 2 * (1 - t) * t * c.y + t * t * b.y }));
                point = ({{FreePoint}})(cy, edge, candidates);
                if (point.x >= 0) break;
              }
              return point;
            }
            """, new[] { source, target });
        await ClickAsync(point, $"edge {source} → {target}", tap: false);
    }

    private async Task ClickAsync(JsonElement point, string what, bool tap)
    {
        Assert.True(point.ValueKind == JsonValueKind.Object, $"no {what} in the graph");
        var (x, y) = (point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());
        Assert.True(x >= 0, $"no point of the {what} is free of other elements");
        if (tap) await Page.Touchscreen.TapAsync(x, y);
        else await Page.Mouse.ClickAsync(x, y);
    }

    public Task<byte[]> ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardHostFixture.Artifacts, $"{name}.png") });

    /// <summary>Asserts the page reported no error and asked for nothing outside the host.</summary>
    public void AssertClean()
    {
        Assert.True(_problems.Count == 0, "the page reported problems:\n" + string.Join("\n", _problems));
        Assert.True(_offsite.Count == 0, "the page reached outside the host:\n" + string.Join("\n", _offsite));
    }

    private void Record(string problem)
    {
        lock (_problems) _problems.Add(problem);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ScreenshotAsync(_test);
        }
        finally
        {
            await _context.DisposeAsync();
        }
    }
}

public sealed record DrawnEdge(string Source, string Target, int Count, bool Negated, IReadOnlyList<string> Predicates);
