//! All YAML parsing of iop-check goes through [`parse`], so the parser can be
//! swapped in this one module (build.rs compiles it too, to check the
//! built-in bank). The parser is `yaml_serde`, the
//! maintained successor of `serde_yaml`, under its old name; it limits alias
//! expansion and nesting. Banks are small (a clinic's has 30-200 questions,
//! and files over `bank::MAX_BANK_BYTES` are refused unread), so every file
//! is parsed in one piece.
//!
//! Unknown keys are not errors at this level: they are collected so that the
//! caller can report every typo at once, each with its path.

use serde::de::DeserializeOwned;

use crate::problem::{Place, Problem};

/// One step of a path into a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// A parsed document and the paths of the keys it did not know.
pub struct Parsed<T> {
    pub value: T,
    pub unknown: Vec<Vec<Segment>>,
}

/// Parses `text` (the contents of `file`) as YAML (JSON is YAML too).
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<Parsed<T>, Problem> {
    refuse_hostile(file, text)?;
    parse_checked(file, text)
}

/// Refuses, before parsing, what the parser should never see.
fn refuse_hostile(file: &str, text: &str) -> Result<(), Problem> {
    if is_blank(text) {
        return Err(Problem::new(
            file,
            Place::File,
            "the file is empty (or holds only comments); it needs a mapping of keys at the top",
        ));
    }
    if let Some((line, col)) = too_deep(text) {
        return Err(Problem::new(
            file,
            Place::LineCol(line, col),
            format!(
                "the file is nested more than {MAX_DEPTH} levels deep here; no bank or answers file needs that"
            ),
        ));
    }
    Ok(())
}

/// Parses text that [`refuse_hostile`] has let through.
fn parse_checked<T: DeserializeOwned>(file: &str, text: &str) -> Result<Parsed<T>, Problem> {
    deserialize(text).map_err(|e| yaml_problem(file, &e))
}

/// The one call into the parser. The callback is a `dyn` so that each type
/// is compiled into one deserializer, whoever asks (a typed closure would
/// make a copy of the whole bank's deserializer per call site).
fn deserialize<T: DeserializeOwned>(text: &str) -> Result<Parsed<T>, serde_yaml::Error> {
    let mut unknown = Vec::new();
    let mut note = |path: serde_ignored::Path| unknown.push(segments(&path));
    let note: &mut dyn FnMut(serde_ignored::Path) = &mut note;
    let value = serde_ignored::deserialize(serde_yaml::Deserializer::from_str(text), note)?;
    Ok(Parsed { value, unknown })
}

/// How many YAML documents `text` holds (lines with `---` between them);
/// a bank or an answers file holds one.
/// Counting stops at the first document that does not parse (after
/// one, the parser's documents never end).
pub(crate) fn documents(text: &str) -> usize {
    use serde::Deserialize;
    serde_yaml::Deserializer::from_str(text)
        .map(serde::de::IgnoredAny::deserialize)
        .take_while(Result::is_ok)
        .count()
}

/// How deep `[` and `{` may nest. The parser takes time quadratic in the
/// depth, so a hostile file 100,000 levels deep is refused before parsing.
pub const MAX_DEPTH: usize = 100;

/// The place where flow collections first nest deeper than [`MAX_DEPTH`].
/// Quoted strings and comments are skipped; an unbalanced bracket in plain
/// text only ever makes this more careful, never less.
pub(crate) fn too_deep(text: &str) -> Option<(usize, usize)> {
    // Bytes, not chars: every byte that matters here is ASCII, and UTF-8
    // never uses ASCII bytes inside a multi-byte character. Most bytes
    // matter not at all, so one table look-up passes over them.
    const fn table() -> [bool; 256] {
        let mut t = [false; 256];
        let special = b"\n#\"'[]{}";
        let mut k = 0;
        while k < special.len() {
            t[special[k] as usize] = true;
            k += 1;
        }
        t
    }
    const SPECIAL: [bool; 256] = table();
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut comment = false;
    for (i, &c) in bytes.iter().enumerate() {
        if !SPECIAL[usize::from(c)] {
            continue;
        }
        if c == b'\n' {
            comment = false;
            continue;
        }
        if comment {
            continue;
        }
        let prev = if i == 0 { b' ' } else { bytes[i - 1] };
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                b'#' if prev.is_ascii_whitespace() => comment = true,
                b'"' | b'\'' if prev.is_ascii_whitespace() || b"[{,:".contains(&prev) => {
                    quote = Some(c)
                }
                b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        let before = &text[..=i];
                        let line = before.matches('\n').count() + 1;
                        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count());
                        return Some((line, col));
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            },
        }
    }
    None
}

pub(crate) fn is_blank(text: &str) -> bool {
    text.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
    })
}

fn segments(path: &serde_ignored::Path) -> Vec<Segment> {
    use serde_ignored::Path;
    let mut out = match path {
        Path::Root => return Vec::new(),
        Path::Seq { parent, .. }
        | Path::Map { parent, .. }
        | Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => segments(parent),
    };
    match path {
        Path::Seq { index, .. } => out.push(Segment::Index(*index)),
        Path::Map { key, .. } => out.push(Segment::Key(key.clone())),
        _ => {}
    }
    out
}

fn yaml_problem(file: &str, e: &serde_yaml::Error) -> Problem {
    let mut msg = e.to_string();
    // The parser appends " at line L column C"; the place goes in front instead.
    if let Some(i) = msg.find(" at line ") {
        msg.truncate(i);
    }
    let msg = friendly(&msg);
    match e.location() {
        Some(loc) => Problem::new(file, Place::LineCol(loc.line(), loc.column()), msg),
        None => Problem::new(file, Place::File, msg),
    }
}

/// Rewords the parser's messages where they speak Rust rather than YAML.
fn friendly(msg: &str) -> String {
    let mut out = String::with_capacity(msg.len());
    let mut rest = msg;
    while let Some(i) = rest.find("struct Raw") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + "struct Raw".len()..];
        let end = tail
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(tail.len());
        out.push_str("a mapping of keys");
        rest = &tail[end..];
    }
    out.push_str(rest);
    for (rust, yaml) in [
        ("expected f64", "expected a number"),
        ("expected f32", "expected a number"),
        ("expected i64", "expected a whole number"),
        ("expected u64", "expected a whole number"),
        ("expected u8", "expected a whole number"),
        ("expected usize", "expected a whole number"),
        (
            " as u128, expected i64",
            ", which is too large; expected a whole number",
        ),
        (
            " as i128, expected i64",
            ", which is too large; expected a whole number",
        ),
        ("unit value", "nothing (null)"),
        (
            "repetition limit exceeded",
            "the file repeats its anchors and aliases (*name) too many times; write the values out instead",
        ),
        (" as u128", ""),
        (" as i128", ""),
        (
            "deserializing from YAML containing more than one document is not supported",
            "the file holds more than one YAML document (a line with ---); keep just one",
        ),
    ] {
        out = out.replace(rust, yaml);
    }
    out.replace("invalid type: sequence", "found a list")
        .replace("invalid type: map", "found a mapping")
        .replace("invalid type: ", "found ")
        .replace("recursion limit exceeded", "the file is nested too deeply")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_is_found_at_the_right_column_after_wide_characters() {
        let text = format!(
            "é: {}x{}",
            "[".repeat(MAX_DEPTH + 1),
            "]".repeat(MAX_DEPTH + 1)
        );
        // "é: " is three characters; the 101st bracket is the 104th character.
        assert_eq!(too_deep(&text), Some((1, 3 + MAX_DEPTH + 1)));
        assert_eq!(
            too_deep(&format!("a: \"{}\"", "[".repeat(500))),
            None,
            "inside quotes"
        );
        assert_eq!(
            too_deep(&format!("a: 1 # {}", "[".repeat(500))),
            None,
            "in a comment"
        );
        assert_eq!(too_deep(&"[]".repeat(10_000)), None, "wide, not deep");
    }
}
