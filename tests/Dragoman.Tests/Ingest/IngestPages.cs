namespace Dragoman.Tests.Ingest;

/// <summary>Small HTML pages and feeds written for the ingestion tests.</summary>
public static class IngestPages
{
    public const string Article = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <title>Site name | Pact signed</title>
          <meta property="article:published_time" content="2024-06-20T08:00:00+09:00">
          <meta property="og:title" content="Russia and North Korea sign a defence pact">
          <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "Putin and Kim sign mutual defence treaty", "datePublished": "2024-06-19T21:30:00Z"}]}
          </script>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
          <article>
            <h1>Putin and Kim sign mutual defence treaty</h1>
            <p>Russian President Vladimir Putin and North Korean leader Kim Jong-un signed a treaty on comprehensive strategic partnership in Pyongyang on Wednesday, pledging mutual assistance if either country is attacked.</p>
            <p>The agreement replaces the 1961 treaty of friendship between Moscow and Pyongyang and the 2000 treaty that followed it, according to officials of both governments speaking after the ceremony.</p>
            <p>South Korea condemned the pact and said it would review its policy on supplying weapons to Ukraine, while Japan expressed grave concern about the growing military cooperation between the two countries.</p>
          </article>
          <footer>Copyright notice and cookie settings.</footer>
        </body>
        </html>
        """;

    public const string MetaOnly = """
        <html><head><title>Vertice a Roma</title><meta name="pubdate" content="2025-03-04"></head>
        <body><article><p>Il presidente del Consiglio italiano ha ricevuto a Roma il cancelliere tedesco per un vertice sulla difesa europea e sul sostegno all'Ucraina, annunciando un piano comune per la produzione di munizioni.</p>
        <p>I due governi hanno firmato una dichiarazione congiunta sulla cooperazione industriale nel settore della difesa e hanno invitato gli altri partner europei ad aderire all'iniziativa entro la fine dell'anno.</p></article></body></html>
        """;

    public const string Broken = "<html><head><script>var x = 1;</script></head><body><div><span>   </span>";

    public const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>World news</title><link>https://example.org/</link><description>Test feed</description>
          <item><title>Ceasefire talks</title><link>https://example.org/a</link><guid>item-a</guid><pubDate>Tue, 02 Jul 2024 10:00:00 GMT</pubDate>
            <description>&lt;p&gt;Ukraine and Russia exchanged prisoners on Tuesday after talks mediated by the United Arab Emirates.&lt;/p&gt;</description></item>
          <item><title>Bad date</title><link>https://example.org/b</link><guid>item-b</guid><pubDate>the day after tomorrow</pubDate>
            <description>France condemned the attack.</description></item>
          <item><title>Local page</title><link>page.html</link><guid>item-c</guid><pubDate>Wed, 19 Jun 2024 12:00:00 GMT</pubDate>
            <description>Only a summary.</description></item>
        </channel></rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Esteri</title><id>urn:test:esteri</id><updated>2025-01-18T10:00:00Z</updated>
          <entry><title>Trattato Russia-Iran</title><id>urn:test:1</id><link href="https://example.org/1"/><updated>2025-01-18T10:00:00Z</updated>
            <summary>La Russia e l'Iran hanno firmato un trattato di partenariato strategico a Mosca.</summary></entry>
          <entry><title>Vuoto</title><id>urn:test:2</id><link href="https://example.org/2"/><updated>2025-01-19T10:00:00Z</updated><summary></summary></entry>
        </feed>
        """;
}
