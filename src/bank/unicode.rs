//! Invisible characters that change how a bank's text reads: bidirectional
//! controls, which can make text show in another order than it is stored
//! (the "Trojan Source" trick), and the Unicode line and paragraph
//! separators, which some programs (YAML parsers, JavaScript) take for a
//! line break. They are found in the file's text, so every one is reported
//! with its line and column, wherever it is (comments too).
//!
//! Every Bidi_Control character is reported, the direction marks U+200E,
//! U+200F and U+061C too: iop-check removes them all from what it shows
//! and writes ([`crate::text::clean`]), so a bank must not rely on them.
//! So are control characters (C0, DEL, C1) other than tab and line breaks,
//! which a terminal may act on. One written as a YAML escape in double
//! quotes (`"\e"`, `"\u200F"`) is not in the file's text: `validate` finds
//! it in the parsed text of the field, and names the field instead.

use crate::problem::{Place, Problem};

/// The problems, one per character found, in file order.
pub fn problems(file: &str, text: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    let (mut line, mut col) = (1, 1);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        // A CR that ends a line (CRLF) is a line break, not a stray control.
        let crlf = c == '\r' && chars.peek() == Some(&'\n');
        if let Some(message) = message(c).filter(|_| !crlf) {
            out.push(Problem::new(file, Place::LineCol(line, col), message));
        }
        if c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    out
}

/// Said after a problem that `validate` finds in the parsed text of a
/// field: the character may be written as a YAML escape there, which the
/// file's text does not show.
pub const ESCAPE_HINT: &str =
    " (in double quotes it may be written as an escape, such as \\e or \\u200F)";

/// Whether a problem is one of [`ESCAPE_HINT`]'s, which says again what
/// [`problems`] has already said with a line and column.
pub fn repeats(p: &Problem) -> bool {
    p.message.ends_with(ESCAPE_HINT)
}

fn message(c: char) -> Option<String> {
    if c.is_control() && c != '\n' && c != '\t' {
        return Some(format!(
            "the text holds an invisible control character U+{:04X}, which a terminal may act on (moving the cursor, ringing, changing colours); delete it",
            u32::from(c)
        ));
    }
    let name = match c {
        '\u{2028}' => "LINE SEPARATOR",
        '\u{2029}' => "PARAGRAPH SEPARATOR",
        _ => match crate::bidi::bidi_control_name(c) {
            Some(name) => {
                return Some(format!(
                    "the text holds an invisible U+{:04X} {name} character, which can make text show in a different order than it is stored; delete it (your editor may show it as a small box or <{:04x}>)",
                    u32::from(c),
                    u32::from(c)
                ));
            }
            None => return None,
        },
    };
    Some(format!(
        "the text holds an invisible U+{:04X} {name} character, which some programs read as a line break; use an ordinary line break or a space instead",
        u32::from(c)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_with_its_column_in_characters() {
        let p = problems("b.yaml", "a: é\u{202e}x\r\nb: \u{2028}\nc: ok\n");
        let places: Vec<&Place> = p.iter().map(|p| &p.place).collect();
        assert_eq!(places, [&Place::LineCol(1, 5), &Place::LineCol(2, 4)]);
        assert!(p[0].message.contains("U+202E RIGHT-TO-LEFT OVERRIDE"));
        assert!(p[1].message.contains("U+2028 LINE SEPARATOR"));
    }

    #[test]
    fn finds_marks_and_controls() {
        let p = problems("b.yaml", "a: \u{200f}\u{200e}\u{61c}\u{7}\r\u{9b}\n");
        assert_eq!(p.len(), 6);
        assert!(p[0].message.contains("U+200F RIGHT-TO-LEFT MARK"));
        assert!(p[2].message.contains("U+061C ARABIC LETTER MARK"));
        assert!(p[3].message.contains("control character U+0007"));
    }
}
