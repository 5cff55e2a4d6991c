using Dragoman.Engine;

namespace Dragoman.Bench;

/// <summary>
/// Writes every sentence and token (with lemma, part of speech, features and readings) the text
/// stages produce for the corpus, one per line: two dumps taken before and after a speed change
/// must be identical.
/// </summary>
public static class TokenDump
{
    public static void Write(DragomanEngine engine, BenchmarkCorpus corpus, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var document in corpus.Fresh())
        {
            engine.TextPipeline.Process(document);
            writer.WriteLine($"# {document.Language} {document.Sentences.Count}");
            foreach (var s in document.Sentences)
            {
                writer.WriteLine($"S {s.Start} {s.End} {s.TokenStart} {s.TokenEnd}");
            }

            foreach (var t in document.Tokens)
            {
                writer.WriteLine($"{t.Start}\t{t.End}\t{t.Text}\t{t.Lower}\t{t.Kind}\t{t.Glued}\t{t.Lemma}\t{t.Pos}\t{t.Features}\t{t.VerbLemma}\t{string.Join('|', t.Readings!)}");
            }
        }
    }
}
