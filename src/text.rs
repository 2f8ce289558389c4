//! Small text helpers shared by the prompts and the messages: wrapping to
//! the terminal, and keeping untrusted text from moving the cursor.

use crate::bidi::{bidi_control_name, is_unsafe_char};

/// The width to wrap to: the terminal's, or 80 when there is none. Never
/// less than 20, so that a very narrow window still gets readable lines.
pub fn width() -> usize {
    let term = console::Term::stderr();
    let w = term
        .size_checked()
        .map_or(80, |(_, cols)| usize::from(cols));
    w.clamp(20, 100)
}

/// Wraps `text` to `width` columns. Each line keeps its own leading spaces
/// on the lines it wraps into, and `indent` is added after the first.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    text.split('\n')
        .map(|para| {
            let lead: String = para.chars().take_while(|c| *c == ' ').collect();
            let hang = format!("{lead}{indent}");
            let opts = textwrap::Options::new(width.max(10))
                .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
                // Break only at spaces, so web addresses stay whole.
                .word_separator(textwrap::WordSeparator::AsciiSpace)
                .word_splitter(textwrap::WordSplitter::NoHyphenation)
                .subsequent_indent(&hang)
                .break_words(true);
            textwrap::fill(para, &opts)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Wraps a message (stderr, plain mode) to `width` columns, at spaces only.
/// Each line wraps on its own, and its wrapped lines line up under its
/// text: under its leading spaces, and past a list marker it starts with
/// (`• `, `- `, `12. `). A line indented by four spaces or more (a command
/// to copy) is kept whole, and so is a word longer than a line (a long file
/// path): the terminal may fold those, but they are never cut up.
///
/// ```
/// use iop_check::text::fill;
/// assert_eq!(fill("To pick up where you left off, run:", 20), "To pick up where you\nleft off, run:");
/// assert_eq!(fill("  2. Yes, in the past few weeks", 20), "  2. Yes, in the\n     past few weeks");
/// assert_eq!(fill("    iop-check --resume --data-dir /tmp/x", 20), "    iop-check --resume --data-dir /tmp/x");
/// ```
pub fn fill(text: &str, width: usize) -> String {
    text.split('\n')
        .map(|line| {
            let lead = line.len() - line.trim_start_matches(' ').len();
            let rest = &line[lead..];
            if lead >= 4 || console::measure_text_width(line) <= width {
                return line.to_string();
            }
            let marker = list_marker(rest);
            let hang = " ".repeat(lead + console::measure_text_width(marker));
            let opts = textwrap::Options::new(width.max(10))
                .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
                .word_separator(textwrap::WordSeparator::AsciiSpace)
                .word_splitter(textwrap::WordSplitter::NoHyphenation)
                .initial_indent(&line[..lead])
                .subsequent_indent(&hang)
                .break_words(false);
            textwrap::fill(rest, &opts)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The list marker a line starts with (`• `, `- `, `* `, `12. `), or "".
fn list_marker(line: &str) -> &str {
    for m in ["• ", "- ", "* "] {
        if line.starts_with(m) {
            return &line[..m.len()];
        }
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && line[digits..].starts_with(". ") {
        return &line[..digits + 2];
    }
    ""
}

/// Removes the bidirectional controls of [`bidi_control_name`] from a
/// finished document (any format: the characters are never escaped, so
/// removing them keeps JSON, HTML and Markdown valid). Every result written
/// to stdout or a file passes through here.
pub fn strip_bidi(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().any(|c| bidi_control_name(c).is_some()) {
        s.chars()
            .filter(|c| bidi_control_name(*c).is_none())
            .collect::<String>()
            .into()
    } else {
        s.into()
    }
}

/// Removes control characters and terminal escape sequences from text a
/// person typed or a bank holds, so it can never move the cursor, change
/// colours or retitle the window; bidirectional controls, so it cannot show
/// in another order than it is stored; and turns the Unicode line and
/// paragraph separators into spaces. Newlines and tabs are kept.
///
/// ```
/// use iop_check::text::clean;
/// assert_eq!(clean("\u{1b}[31mred\u{1b}[0m and \u{7}bell"), "red and bell");
/// ```
pub fn clean(s: &str) -> String {
    if !s.chars().any(is_unsafe_char) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => {
                // Skip ESC [ ... final-byte (CSI) or ESC ] ... BEL/ST (OSC), or one char.
                match chars.peek() {
                    Some('[') => {
                        chars.next();
                        for c in chars.by_ref() {
                            if ('@'..='~').contains(&c) {
                                break;
                            }
                        }
                    }
                    Some(']') => {
                        chars.next();
                        while let Some(c) = chars.next() {
                            if c == '\u{7}' {
                                break;
                            }
                            if c == '\u{1b}' {
                                chars.next();
                                break;
                            }
                        }
                    }
                    _ => {
                        chars.next();
                    }
                }
            }
            '\n' | '\t' => out.push(c),
            '\u{2028}' | '\u{2029}' => out.push(' '),
            c if c.is_control() || bidi_control_name(c).is_some() => {}
            c => out.push(c),
        }
    }
    out
}

/// [`clean`] for data: every string in `v` (keys too) is cleaned. JSON
/// escapes control characters (`\u001b`) rather than dropping them, and
/// `jq -r` turns them back into the real thing, so JSON output is cleaned
/// value by value, through the same [`clean`] as every other format.
pub fn clean_json(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::String(s) if s.chars().any(is_unsafe_char) => *s = clean(s),
        Value::Array(items) => items.iter_mut().for_each(clean_json),
        Value::Object(map) => {
            if map.keys().any(|k| k.chars().any(is_unsafe_char)) {
                let old = std::mem::take(map);
                for (k, mut val) in old {
                    clean_json(&mut val);
                    map.insert(clean(&k), val);
                }
            } else {
                map.values_mut().for_each(clean_json);
            }
        }
        _ => {}
    }
}

/// Text as a whole sentence: a full stop added unless it already ends in
/// one (or in a question or exclamation mark), so that joining never gives
/// "Ready to decide?." or "now.; I know".
///
/// ```
/// use iop_check::text::sentence;
/// assert_eq!(sentence("Ready to decide?"), "Ready to decide?");
/// assert_eq!(sentence("Costs "), "Costs.");
/// ```
pub fn sentence(s: &str) -> String {
    let s = s.trim_end();
    if s.is_empty() || s.ends_with(['.', '?', '!', '\u{2026}']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

/// A list in words: "A", "A and B", "A, B and C".
///
/// ```
/// use iop_check::text::and_list;
/// assert_eq!(and_list(&["IOP in person".to_string(), "PHP".to_string()]), "IOP in person and PHP");
/// assert_eq!(and_list(&["a".into(), "b".into(), "c".into()]), "a, b and c");
/// ```
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "November 27, 2026" from "2026-11-27"; anything else as it is.
///
/// ```
/// assert_eq!(iop_check::text::display_day("2026-11-27"), "November 27, 2026");
/// assert_eq!(iop_check::text::display_day("someday"), "someday");
/// ```
pub fn display_day(date: &str) -> String {
    date.parse::<jiff::civil::Date>()
        .map(|d| d.strftime("%B %-d, %Y").to_string())
        .unwrap_or_else(|_| date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_strips_escapes_and_controls() {
        assert_eq!(clean("a\u{1b}[31mred\u{1b}[0m b"), "ared b");
        assert_eq!(clean("x\u{1b}]0;title\u{7}y"), "xy");
        assert_eq!(clean("bell\u{7}\r\nline"), "bell\nline");
        assert_eq!(clean("plain"), "plain");
        assert_eq!(clean("a\u{202e}b\u{2066}c\u{2069}"), "abc");
        assert_eq!(clean("a\u{2028}b\u{2029}c"), "a b c");
        assert_eq!(
            clean("\u{5d0}\u{200f}!\u{200e}\u{61c}"),
            "\u{5d0}!",
            "marks too"
        );
        assert_eq!(clean("a\rb\u{8}c\u{85}d\u{9b}e"), "abcde");
    }

    #[test]
    fn fill_wraps_messages_at_spaces_and_keeps_commands_whole() {
        let msg = "Paused. Take all the time you need. Your answers so far are saved. To pick up where you left off, run:\n\n    iop-check --resume --data-dir /a/very/long/folder/name/that/goes/on --plain";
        for width in [20, 40, 80] {
            let out = fill(msg, width);
            for line in out.lines() {
                if line.starts_with("    iop-check") {
                    assert!(
                        msg.contains(&format!("\n{line}")),
                        "the command is whole: {out}"
                    );
                } else {
                    assert!(line.chars().count() <= width, "{width}: {line:?} in\n{out}");
                }
            }
            // Nothing lost, no word cut: the same words in the same order.
            assert_eq!(
                out.split_whitespace().collect::<Vec<_>>(),
                msg.split_whitespace().collect::<Vec<_>>()
            );
        }
        // A word longer than the line stays whole, on a line of its own.
        assert_eq!(
            fill("see /a/very/long/path/to/a/file.json now", 12),
            "see\n/a/very/long/path/to/a/file.json\nnow"
        );
        // Items line up under their text.
        assert_eq!(
            fill("• 988 Suicide & Crisis Lifeline: call or text 988", 24),
            "• 988 Suicide & Crisis\n  Lifeline: call or text\n  988"
        );
    }

    #[test]
    fn wrap_respects_width() {
        let w = wrap("one two three four five six seven", 10, "  ");
        assert!(w.lines().all(|l| l.chars().count() <= 10), "{w}");
        assert!(w.lines().nth(1).unwrap().starts_with("  "));
    }
}
