using Dragoman.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Dragoman.Tests.Web;

/// <summary>The three dashboard views in a real browser against a real server over a store seeded with samples/.</summary>
[Collection(WebCollection.Name)]
public sealed class DashboardBrowserTests(SeededServerFixture fixture, ITestOutputHelper output)
{
    private string Url(string view) => new Uri(fixture.Server.Address, "/#" + view).ToString();

    [Fact]
    public async Task Should_HighlightPutinKimAndSigning_When_ReadingFoundingArticle()
    {
        if (SharedFolder.File("samples/putin-kim-pact.it.txt") is not { } path)
        {
            output.WriteLine(SharedFolder.Missing);
            return;
        }

        await using var browser = await BrowserSession.TryStartAsync();
        if (browser is null)
        {
            output.WriteLine(BrowserSession.Missing);
            return;
        }

        var page = browser.Page;
        await page.GotoAsync(Url("read"));
        await page.FillAsync("#article", await File.ReadAllTextAsync(path));
        await page.ClickAsync("#code-button");
        var signing = page.Locator("#event-table tbody tr").Filter(new() { HasText = "Sign formal agreement" }).First;
        await Assertions.Expect(signing).ToContainTextAsync("057");
        await Assertions.Expect(signing).ToContainTextAsync("RUSGOV");
        await Assertions.Expect(page.Locator("#article-view .mention").Filter(new() { HasText = "Putin" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#article-view .mention").Filter(new() { HasText = "Kim" }).First).ToBeVisibleAsync();
        Assert.True(await page.Locator("#article-view .trigger").CountAsync() > 0);
        Assert.True(await page.Locator("#treaty-panel .treaty").CountAsync() > 0);
        await signing.ClickAsync();
        await Assertions.Expect(page.Locator("#article-view .evidence-active").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync("read.png");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Should_RenderMarkupAsText_When_ArticleCarriesScript()
    {
        await using var browser = await BrowserSession.TryStartAsync();
        if (browser is null)
        {
            output.WriteLine(BrowserSession.Missing);
            return;
        }

        const string hostile = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";
        var page = browser.Page;
        await page.GotoAsync(Url("read"));
        await page.FillAsync("#article", $"Vladimir Putin ha incontrato Kim Jong-un a Pyongyang. {hostile} Lo riferisce la Tass.");
        await page.SelectOptionAsync("#language", "it");
        await page.ClickAsync("#code-button");
        await Assertions.Expect(page.Locator("#event-table tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#article-view")).ToContainTextAsync(hostile);
        Assert.Equal(0, await page.Locator("#article-view script, #article-view img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        await browser.ScreenshotAsync("xss.png");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Should_DrawChartsAndNetwork_When_ExploringSeededStore()
    {
        await using var browser = await BrowserSession.TryStartAsync();
        if (browser is null)
        {
            output.WriteLine(BrowserSession.Missing);
            return;
        }

        var page = browser.Page;
        await page.GotoAsync(Url("explore"));
        await Assertions.Expect(page.Locator("#timeline-chart canvas").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#dyad-chart canvas").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#network")).ToHaveAttributeAsync("data-nodes", new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$"));
        Assert.True(await page.Locator("#explore-table tbody tr").CountAsync() > 0);
        var nodes = int.Parse(await page.Locator("#network").GetAttributeAsync("data-nodes") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        output.WriteLine($"network: {nodes} nodes");
        Assert.True(nodes >= 2);
        await browser.ScreenshotAsync("explore.png");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Should_ShowRussia_When_AskingWhoHelpsNorthKorea()
    {
        await using var browser = await BrowserSession.TryStartAsync();
        if (browser is null)
        {
            output.WriteLine(BrowserSession.Missing);
            return;
        }

        var page = browser.Page;
        await page.GotoAsync(Url("alliances"));
        await page.FillAsync("#a-country", "PRK");
        await page.FillAsync("#a-date", "2025-02-01");
        await page.ClickAsync("#allies-button");
        var russia = page.Locator("#allies-table tbody tr").Filter(new() { HasText = "RUS" }).Filter(new() { HasText = "binding" }).First;
        await Assertions.Expect(russia).ToContainTextAsync("Comprehensive Strategic Partnership");
        await Assertions.Expect(page.Locator("#allies-status")).ToContainTextAsync("RUS");
        Assert.True(await page.Locator("#treaty-timeline .lane").CountAsync() >= 2);
        await browser.ScreenshotAsync("alliances.png");
        Assert.Empty(browser.Errors);
    }
}
