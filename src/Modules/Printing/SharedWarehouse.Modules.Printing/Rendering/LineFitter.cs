using System.Text;

namespace SharedWarehouse.Modules.Printing.Rendering;

/// A piece of a logical line. Text (names, addresses, contents) wraps at spaces and between Chinese characters, on at
/// most MaxLines lines, the last ending in "…" when cut. A token (an order, tracking or phone number, a price, a date)
/// is never split, spaces included; Tokens is several of them separated by spaces (e.g. "SKU-1 / ST-88").
public sealed record Run(string Value, RunKind Kind, int MaxLines = int.MaxValue)
{
    public static Run Text(string? value, int maxLines = int.MaxValue) => new(value ?? "", RunKind.Text, maxLines);
    /// A field's name before its value ("订单 …"), followed by a space.
    public static Run Label(string name) => new(name + " ", RunKind.Text);
    public static Run Token(string? value) => new(value ?? "", RunKind.Token);
    public static Run Tokens(string? value) => new(value ?? "", RunKind.Tokens);
}

public enum RunKind { Text, Token, Tokens }

/// One logical line of a label (e.g. "收件人 {name} {phone}"), in its preferred style. A large block stays large only
/// when it fits on at most MaxLargeLines lines with every token whole and no text cut; otherwise it prints at normal size.
public sealed record Block(LineStyle Style, IReadOnlyList<Run> Runs, int MaxLargeLines = 2)
{
    public static Block Of(LineStyle style, params Run[] runs) => new(style, runs);
}

/// Fits blocks to the paper's line, never wider than it, so the printer never wraps a line by itself:
/// 1. a large block is tried at double size and kept if it fits as its Block says;
/// 2. at normal size, text wraps and tokens move whole to the next line when they do not fit after other text;
/// 3. a token wider than a whole Font A line prints alone on its line in Font B (9 dots: 42 columns on 58 mm,
///    64 on 80 mm) when it is ASCII and fits there;
/// 4. otherwise (a token wider than even that; the validators keep order, tracking and label numbers well below) it is
///    cut at the line's width into lines that hold nothing else, so it still reads on from one line to the next.
public static class LineFitter
{
    private const string Ellipsis = "…";

    public static IReadOnlyList<PrintedLine> Fit(Block block, int printableDots)
    {
        if (block.Style.Large)
        {
            var large = Lay(block, block.Style, printableDots, strict: true);
            if (large is not null && large.Count <= block.MaxLargeLines) return large;
        }
        return Lay(block, block.Style with { Large = false }, printableDots, strict: false)!;
    }

    /// Greedy fill. Strict: give up (null) rather than shrink a token or cut text.
    private static List<PrintedLine>? Lay(Block block, LineStyle style, int width, bool strict)
    {
        var scale = style.Large ? 2 : 1;
        var lines = new List<PrintedLine>();
        var line = new StringBuilder();
        var used = 0;

        void Flush()
        {
            var text = line.ToString().TrimEnd();
            if (text.Length > 0) lines.Add(new PrintedLine(text, style));
            line.Clear();
            used = 0;
        }

        int DotsOf(string s) => PrinterText.Dots(s, PrinterFont.A) * scale;

        foreach (var (run, atoms) in Atomize(block.Runs))
        {
            var runLines = 0;
            // Past the run's last allowed line its text is cut, the line ending in an ellipsis.
            bool Cut()
            {
                if (run.Kind != RunKind.Text || runLines < run.MaxLines) return false;
                EndWithEllipsis(line, width, DotsOf);
                used = DotsOf(line.ToString());
                return true;
            }

            foreach (var atom in atoms)
            {
                var lead = used == 0 ? "" : atom.Lead;
                var need = DotsOf(lead) + DotsOf(atom.Text);
                if (used + need <= width)
                {
                    if (runLines == 0) runLines = 1;
                    line.Append(lead).Append(atom.Text);
                    used += need;
                    continue;
                }
                if (strict && run.Kind == RunKind.Text && runLines >= run.MaxLines) return null;
                if (Cut()) break;
                if (used > 0) Flush();
                runLines++;
                var dots = DotsOf(atom.Text);
                if (dots <= width)
                {
                    line.Append(atom.Text);
                    used = dots;
                    continue;
                }
                if (strict) return null;
                if (atom.Whole)
                {
                    lines.AddRange(Oversized(atom.Text, style, width));
                    continue;
                }
                // A text word wider than the line (a long Latin word, a URL): broken where the line ends.
                var cut = false;
                foreach (var c in atom.Text)
                {
                    var d = DotsOf(c.ToString());
                    if (used + d > width)
                    {
                        cut = Cut();
                        if (cut) break;
                        Flush();
                        runLines++;
                    }
                    line.Append(c);
                    used += d;
                }
                if (cut) break;
            }
        }
        Flush();
        return lines;
    }

    /// Step 3 and 4 above: Font B alone on its line, or cut into full lines.
    private static IEnumerable<PrintedLine> Oversized(string token, LineStyle style, int width)
    {
        if (PrinterText.IsAscii(token) && PrinterText.Dots(token, PrinterFont.B) <= width)
        {
            yield return new PrintedLine(token, style, PrinterFont.B);
            yield break;
        }
        var piece = new StringBuilder();
        var used = 0;
        foreach (var c in token)
        {
            var d = PrinterText.Dots(c.ToString(), PrinterFont.A);
            if (used + d > width)
            {
                yield return new PrintedLine(piece.ToString(), style);
                piece.Clear();
                used = 0;
            }
            piece.Append(c);
            used += d;
        }
        if (piece.Length > 0) yield return new PrintedLine(piece.ToString(), style);
    }

    private static void EndWithEllipsis(StringBuilder line, int width, Func<string, int> dotsOf)
    {
        var text = line.ToString().TrimEnd();
        while (text.Length > 0 && dotsOf(text + Ellipsis) > width) text = text[..^1].TrimEnd();
        line.Clear().Append(text).Append(Ellipsis);
    }

    /// What may not be split: Whole atoms are tokens; Lead is the whitespace before the atom (dropped at a line start).
    private sealed record Atom(string Lead, string Text, bool Whole);

    /// Closing punctuation never starts a line and opening punctuation never ends one (line-breaking rules for Chinese).
    private static readonly char[] Closing = ['，', '。', '、', '；', '：', '！', '？', '）', '》', '」', '』', '】', '〉', '”', '’', '…', '·',
        ',', '.', ';', ':', '!', '?', ')', ']', '}', '%'];
    private static readonly char[] Opening = ['（', '《', '「', '『', '【', '〈', '“', '‘', '(', '[', '{'];

    private static IEnumerable<(Run Run, List<Atom> Atoms)> Atomize(IReadOnlyList<Run> runs)
    {
        var space = new StringBuilder(); // whitespace carried to the next atom, across runs too
        foreach (var run in runs)
        {
            var atoms = new List<Atom>();
            var text = PrinterText.Clean(run.Value);
            if (run.Kind == RunKind.Token)
            {
                var token = text.Trim(' ');
                if (token.Length < text.Length && text[0] == ' ') space.Append(' ');
                if (token.Length > 0) { atoms.Add(new Atom(space.ToString(), token, true)); space.Clear(); }
                if (token.Length > 0 && text[^1] == ' ') space.Append(' ');
                yield return (run, atoms);
                continue;
            }
            var word = new StringBuilder();
            var opening = "";
            void EndWord()
            {
                if (word.Length == 0) return;
                atoms.Add(new Atom(space.ToString(), word.ToString(), run.Kind == RunKind.Tokens));
                space.Clear();
                word.Clear();
            }
            foreach (var c in text)
            {
                if (c == ' ')
                {
                    EndWord();
                    if (opening.Length == 0) space.Append(c);
                    continue;
                }
                if (run.Kind == RunKind.Text)
                {
                    if (Closing.Contains(c) && space.Length == 0 && opening.Length == 0)
                    {
                        if (word.Length > 0) { word.Append(c); continue; }
                        if (atoms.Count > 0) { atoms[^1] = atoms[^1] with { Text = atoms[^1].Text + c }; continue; }
                    }
                    if (Opening.Contains(c) && (c >= 0x80 || word.Length == 0))
                    {
                        EndWord();
                        opening += c;
                        continue;
                    }
                    if (c >= 0x80)
                    {
                        EndWord();
                        atoms.Add(new Atom(space.ToString(), opening + c, false));
                        space.Clear();
                        opening = "";
                        continue;
                    }
                }
                if (opening.Length > 0) { word.Append(opening); opening = ""; }
                word.Append(c);
            }
            word.Append(opening);
            EndWord();
            yield return (run, atoms);
        }
    }
}
