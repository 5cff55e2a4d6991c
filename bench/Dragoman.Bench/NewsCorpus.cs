using System.Text;

namespace Dragoman.Bench;

/// <summary>
/// A synthetic news corpus for the text benchmarks: a few paragraphs written for the project,
/// in Italian and English, with typographic quotes, abbreviations, numbers and elisions.
/// </summary>
public static class NewsCorpus
{
    private static readonly string[] Paragraphs =
    [
        "Il ministro degli Esteri ha incontrato ieri a Roma l\u2019omologo turco, con cui ha discusso dell\u2019intesa sui corridoi del grano. \u201CAbbiamo fatto un passo avanti\u201D, ha detto il ministro ai giornalisti, aggiungendo che i colloqui riprenderanno a settembre.",
        "Secondo il Sig. Bianchi, portavoce della Farnesina, l\u2019accordo prevede controlli congiunti nei porti e uno stanziamento di 3,5 miliardi di euro. L\u2019opposizione ha chiesto chiarimenti in Parlamento\u2026 Il governo risponder\u00E0 gioved\u00EC.",
        "Oltre 12.000 persone hanno manifestato sabato davanti all\u2019ambasciata, secondo la questura; gli organizzatori parlano di 20.000. Il Gen. Rossi ha assicurato che l\u2019ordine pubblico \u00E8 stato garantito senza incidenti.",
        "The U.S. State Department said on Tuesday that talks with Beijing had been \u201Cfrank and constructive.\u201D Officials didn\u2019t say when the next round would take place, but Mr. Carter, a senior envoy, told reporters that both sides wanted a deal before Oct. 15.",
        "Russia\u2019s Defence Ministry reported that 1,200 troops had crossed the border near Belgorod \u2014 a claim Kyiv denied. Prices of wheat rose 4.2% in Chicago, the sharpest daily gain since 2022-03-07.",
        "Dr. Elena Marsh, who studies sanctions at a London think tank, said the measures \u201Cwon\u2019t change the Kremlin\u2019s calculus\u201D in the short term. \u201CThey\u2019re symbolic,\u201D she added. \u201CBut symbols matter.\u201D",
    ];

    /// <summary>Repeats the paragraphs, one per line, until the text reaches <paramref name="targetChars"/>.</summary>
    public static string Build(int targetChars)
    {
        var builder = new StringBuilder(targetChars + 1024);
        var i = 0;
        while (builder.Length < targetChars)
        {
            builder.Append(Paragraphs[i % Paragraphs.Length]).Append('\n');
            i++;
        }

        return builder.ToString();
    }
}
