using System.Text.Json;
using ClaimGraph.Dashboard.Tests.Support;

namespace ClaimGraph.Dashboard.Tests;

/// <summary>
/// Chinese renders as real glyphs even where no CJK font is installed (as on CI): the canvas labels use the bundled
/// web font. An empty box ("tofu") is one glyph for every character, narrower than a CJK em; real glyphs differ
/// from each other and are a full em wide.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class ChineseGlyphTests(DashboardHostFixture host)
{
    /// <summary>Draws each character of a label in the graph's own label font and compares the pixels and widths.</summary>
    private const string MeasureLabels =
        """
        (labels) => {
          const cy = window.claimGraph.cy;
          const family = cy.nodes().first().style('font-family');
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = 64;
          const ctx = canvas.getContext('2d', { willReadFrequently: true });
          const draw = (text, font) => {
            ctx.clearRect(0, 0, 64, 64);
            ctx.font = font;
            ctx.fillStyle = '#000';
            ctx.textBaseline = 'top';
            ctx.fillText(text, 4, 8);
            const data = ctx.getImageData(0, 0, 64, 64).data;
            let ink = 0, hash = 0;
            for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) ink++; hash = (hash * 31 + data[i]) | 0; }
            return { ink, hash };
          };
          const chars = [...new Set(labels.join(''))];
          const glyphs = chars.map(c => ({ char: c, ...draw(c, `40px ${family}`) }));
          ctx.font = `40px ${family}`;
          return {
            family,
            loaded: document.fonts.check('40px "Noto Sans SC Variable"', labels.join('')),
            distinct: new Set(glyphs.map(g => g.hash)).size,
            chars: chars.length,
            inkless: glyphs.filter(g => g.ink < 40).map(g => g.char).join(''),
            widths: labels.map(l => ctx.measureText(l).width / l.length),
          };
        }
        """;

    [ChromiumFact]
    public async Task graph_labels_are_drawn_with_real_chinese_glyphs_not_empty_boxes()
    {
        await using var session = await BrowserSession.OpenAsync(host);
        await session.OpenDashboardAsync();
        string[] labels = ["美国", "中国", "东盟", "拜登政府", "特朗普政府"];
        Assert.Superset(labels.ToHashSet(), (await session.NodeNamesAsync()).ToHashSet());

        var result = await session.Page.EvaluateAsync<JsonElement>(MeasureLabels, labels);

        Assert.Contains("Noto Sans SC Variable", result.GetProperty("family").GetString());
        Assert.True(result.GetProperty("loaded").GetBoolean(), "the web font's subsets for the labels are not loaded");
        Assert.Equal("", result.GetProperty("inkless").GetString());
        Assert.Equal(result.GetProperty("chars").GetInt32(), result.GetProperty("distinct").GetInt32());
        Assert.All(result.GetProperty("widths").EnumerateArray(), w => Assert.InRange(w.GetDouble(), 38, 42));
    }

    [ChromiumFact]
    public async Task the_drawn_canvas_shows_a_label_that_differs_from_its_empty_box_rendering()
    {
        await using var session = await BrowserSession.OpenAsync(host);
        await session.OpenDashboardAsync();
        await session.ClickNodeAsync("拜登政府");
        await session.WaitForViewAtRestAsync();

        // The label region of 拜登政府 on the graph's own canvas, and the same text drawn there again with a font
        // stack that has no CJK font (what the page would show without the web font on this machine).
        var result = await session.Page.EvaluateAsync<JsonElement>(
            """
            () => {
              const cy = window.claimGraph.cy;
              const node = cy.nodes().filter(n => n.data('name') === '拜登政府').first();
              const box = node.renderedBoundingBox({ includeNodes: false, includeLabels: true, includeEdges: false });
              const canvases = [...cy.container().querySelectorAll('canvas')];
              const ratio = canvases[0].width / canvases[0].clientWidth;
              const region = c => c.getContext('2d').getImageData(box.x1 * ratio, box.y1 * ratio, Math.max(1, box.w * ratio), Math.max(1, box.h * ratio)).data;
              const dark = data => { let n = 0; for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 128 && data[i] < 90 && data[i + 1] < 90 && data[i + 2] < 90) n++; return n; };
              const drawn = Math.max(...canvases.map(c => dark(region(c))));
              const probe = document.createElement('canvas');
              probe.width = 400; probe.height = 80;
              const ctx = probe.getContext('2d');
              const size = node.pstyle('font-size').pfValue * cy.zoom();
              const draw = family => { ctx.clearRect(0, 0, 400, 80); ctx.font = `500 ${size}px ${family}`; ctx.fillStyle = '#1f2430'; ctx.textBaseline = 'top'; ctx.fillText('拜登政府', 2, 2);
                const d = ctx.getImageData(0, 0, 400, 80).data; let h = 0; for (let i = 3; i < d.length; i += 4) h = (h * 31 + d[i]) | 0; return h; };
              const one = (ch, family) => { ctx.clearRect(0, 0, 400, 80); ctx.font = `40px ${family}`; ctx.fillText(ch, 2, 2);
                const d = ctx.getImageData(0, 0, 400, 80).data; let h = 0; for (let i = 3; i < d.length; i += 4) h = (h * 31 + d[i]) | 0; return h; };
              return {
                drawn, width: box.w,
                withWebFont: draw(node.style('font-family')),
                boxes: draw('sans-serif'),
                tofuWidth: (ctx.font = `500 ${size}px sans-serif`, ctx.measureText('拜登政府').width),
                webWidth: (ctx.font = `500 ${size}px ${node.style('font-family')}`, ctx.measureText('拜登政府').width),
                // Without a CJK system font every Han character is the same empty box in the browser's default font.
                systemDrawsBoxes: one('拜', 'sans-serif') === one('登', 'sans-serif'),
              };
            }
            """);

        Assert.True(result.GetProperty("drawn").GetInt32() > 50, $"the label region of 拜登政府 has no text ink: {result}");
        await session.ScreenshotAsync("label-glyphs");
        // CI has no CJK system font (that is the case this guards); a machine with one has no empty-box baseline.
        if (Environment.GetEnvironmentVariable("CI") == "true")
            Assert.True(result.GetProperty("systemDrawsBoxes").GetBoolean(), "CI is meant to run without a CJK system font");
        if (!result.GetProperty("systemDrawsBoxes").GetBoolean()) return;
        Assert.NotEqual(result.GetProperty("boxes").GetInt32(), result.GetProperty("withWebFont").GetInt32());
        Assert.NotEqual(Math.Round(result.GetProperty("tofuWidth").GetDouble()), Math.Round(result.GetProperty("webWidth").GetDouble()));
    }
}
