using Dragoman.Actors;
using Dragoman.Documents;

namespace Dragoman.Coding;

/// <summary>The subject an opening infinitive or gerund shares with the main verb after it.</summary>
internal static class OpeningClause
{
    /// <summary>
    /// "Dopo aver incontrato il premier giapponese, il presidente francese ha…", "After meeting Zelensky,
    /// Biden announced…": an infinitive or gerund opening the sentence shares the subject of the main verb after it.
    /// </summary>
    public static void Fill(SentenceAnalysis analysis, Participants?[] subjects)
    {
        var groups = analysis.Groups;
        if (groups.Count < 2 || !groups[0].NonFinite || groups[0].BareParticiple || subjects[0]?.How.StartsWith("dropped subject", StringComparison.Ordinal) == false && subjects[0] is not null)
        {
            return;
        }

        for (var k = 1; k < groups.Count; k++)
        {
            if (groups[k].NonFinite)
            {
                continue;
            }

            if (subjects[k] is { How: "subject before the verb" } main && main.Start > 0 && !groups[k].Passive)
            {
                for (var p = 0; p < k; p++)
                {
                    subjects[p] = main.Carried("subject of the main verb after the opening clause");
                }
            }

            return;
        }
    }
}
