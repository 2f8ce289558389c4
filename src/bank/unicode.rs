//! Invisible characters that change how a bank's text reads: bidirectional
//! controls, which can make text show in another order than it is stored
//! (the "Trojan Source" trick), and the Unicode line and paragraph
//! separators, which some programs (YAML parsers, JavaScript) take for a
//! line break. They are found in the file's text, so every one is reported
//! with its line and column, wherever it is (comments too).
//!
//! U+200E and U+200F (left-to-right and right-to-left marks) are allowed:
//! they only nudge the direction of neighbouring punctuation, and writers
//! of right-to-left languages use them for that. They cannot reorder text.

use crate::problem::{Place, Problem};

/// The problems, one per character found, in file order.
pub fn problems(file: &str, text: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    let (mut line, mut col) = (1, 1);
    for c in text.chars() {
        if let Some(message) = message(c) {
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

fn message(c: char) -> Option<String> {
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
        let p = problems("b.yaml", "a: é\u{202e}x\nb: \u{2028}\nc: \u{200f}ok\n");
        let places: Vec<&Place> = p.iter().map(|p| &p.place).collect();
        assert_eq!(places, [&Place::LineCol(1, 5), &Place::LineCol(2, 4)]);
        assert!(p[0].message.contains("U+202E RIGHT-TO-LEFT OVERRIDE"));
        assert!(p[1].message.contains("U+2028 LINE SEPARATOR"));
    }
}
