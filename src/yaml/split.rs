//! Parsing a large bank in pieces, on every core, with exactly the result of
//! parsing it whole.
//!
//! Why: the parser builds the event list of a whole document before it
//! makes any value (about 5 KB per bank question), so a 10,000-question bank
//! spent most of its 110 ms of parsing in the parser, the allocator and page
//! faults. Parsed a few sections at a time, the memory is reused; on two
//! cores, parsing takes about 65 ms (see the README's Performance section).
//!
//! How: the top-level `key:` line (say `sections:`) must stand alone at
//! column 0, with its list written as block items (`- `) at one indentation
//! below it. The items are cut at the lines where a `- ` starts at that
//! indentation, grouped, and each group is parsed as `items:` + its lines.
//! The rest of the file (the head) is parsed with `key: []` and a marker key
//! in place of the list.
//!
//! Why the result is the same as parsing the file whole:
//!
//! * In block context, nothing can continue past a line indented no more
//!   than the list's items: a plain or block scalar inside an item needs
//!   deeper lines. Only a quoted scalar or a `[`/`{` collection can span
//!   such a line; a cut there leaves the group before it unclosed, which the
//!   parser reports, and any error anywhere sends the whole file to the
//!   one-piece parse (so every message is also the same).
//! * The marker is a key with a fresh random name. It comes back as an
//!   unknown top-level key only if `key:` really was a top-level key; if the
//!   line sat inside a quoted string, the file is parsed whole. A second
//!   `key` at the top level is a duplicate of `key: []`, which is an error.
//! * Each group is parsed one mapping deep, as the list is in the file, so
//!   the parser's nesting limit falls at the same place. Files that may use
//!   aliases (`*name`), which cannot cross pieces and have a limit counted
//!   over the whole document, or that use line breaks other than `\n` and
//!   `\r\n`, are parsed whole.
//! * Unknown keys are reported in file order: the items' go where the
//!   marker was.
//!
//! The tests (split/tests.rs) check this against the one-piece parse on
//! thousands of damaged banks.

use std::hash::BuildHasher;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::{Parsed, Segment, deserialize};

/// Files smaller than this are parsed in one piece: splitting saves less
/// than it costs. (The built-in bank is 40 KB.)
pub const MIN_BYTES: usize = 128 * 1024;

/// How the pieces are made and shared out.
#[derive(Debug, Clone, Copy)]
pub struct Tuning {
    /// Threads parsing at once, counting the calling one.
    pub workers: usize,
    /// Items are grouped until a group holds at least this many bytes.
    pub group_bytes: usize,
}

impl Tuning {
    /// One worker per core, up to four; groups of 64 KiB.
    pub fn for_machine() -> Tuning {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        Tuning {
            workers: cores.clamp(1, 4),
            group_bytes: 64 * 1024,
        }
    }
}

/// The pieces of one file.
#[derive(Debug)]
struct Plan {
    /// The file without the list, with `key: []` and the marker in its place.
    head: String,
    /// Groups of items, each written as `items:` and the items' lines.
    groups: Vec<String>,
}

/// One group, as it is parsed.
#[derive(Deserialize)]
struct Group<I> {
    items: Vec<I>,
}

/// Parses `text` in pieces, or returns `None` when it must be parsed whole:
/// it cannot be cut safely, or some piece has an error.
pub fn parse<T, I>(
    text: &str,
    key: &str,
    attach: impl FnOnce(&mut T, Vec<I>),
    tuning: Tuning,
) -> Option<Parsed<T>>
where
    T: DeserializeOwned,
    I: DeserializeOwned + Send,
{
    let marker = format!(
        "\0iop-check-piece-{:016x}",
        std::collections::hash_map::RandomState::new().hash_one(0u8)
    );
    let plan = plan(text, key, &marker, tuning.group_bytes)?;

    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    // Takes groups until none is left; `None` if one of them has an error.
    let work = || {
        let mut done = Vec::new();
        loop {
            if failed.load(Ordering::Relaxed) {
                return None;
            }
            let g = next.fetch_add(1, Ordering::Relaxed);
            let Some(group) = plan.groups.get(g) else {
                return Some(done);
            };
            match deserialize::<Group<I>>(group) {
                Ok(parsed) => done.push((g, parsed.value.items, parsed.unknown)),
                Err(_) => {
                    failed.store(true, Ordering::Relaxed);
                    return None;
                }
            }
        }
    };
    let (head, groups) = std::thread::scope(|s| {
        let helpers: Vec<_> = (1..tuning.workers.min(plan.groups.len()))
            .filter_map(|_| {
                // As deep a stack as the main thread's, for the deepest
                // nesting the parser allows (spawned threads get 2 MiB).
                std::thread::Builder::new()
                    .name("iop-check parse".into())
                    .stack_size(8 << 20)
                    .spawn_scoped(s, work)
                    .ok()
            })
            .collect();
        let head = deserialize::<T>(&plan.head).ok();
        if head.is_none() {
            failed.store(true, Ordering::Relaxed);
        }
        let mut groups = work();
        for h in helpers {
            match (h.join().ok().flatten(), &mut groups) {
                (Some(theirs), Some(all)) => all.extend(theirs),
                _ => groups = None,
            }
        }
        (head, groups)
    });
    let (mut head, mut groups) = (head?, groups?);

    // The marker must come back once, as a top-level key.
    let is_marker = |p: &Vec<Segment>| matches!(p.as_slice(), [Segment::Key(k)] if *k == marker);
    let at = head.unknown.iter().position(is_marker)?;
    if head.unknown.iter().filter(|p| is_marker(p)).count() != 1 {
        return None;
    }

    groups.sort_unstable_by_key(|(g, ..)| *g);
    let mut items = Vec::new();
    let mut unknown = Vec::new();
    for (_, list, paths) in groups {
        let base = items.len();
        for mut path in paths {
            if let Some(Segment::Key(k)) = path.first_mut() {
                *k = key.to_string();
            }
            if let Some(Segment::Index(i)) = path.get_mut(1) {
                *i += base;
            }
            unknown.push(path);
        }
        items.extend(list);
    }
    head.unknown.splice(at..=at, unknown);
    attach(&mut head.value, items);
    Some(head)
}

/// Cuts `text` into a head and groups of items, or `None` when the list is
/// not written in the one shape that can be cut safely.
fn plan(text: &str, key: &str, marker: &str, group_bytes: usize) -> Option<Plan> {
    if must_parse_whole(text) {
        return None;
    }

    // The one line `key:` at column 0, with nothing after it but a comment.
    let mut key_line = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if is_key_line(line, key) {
            if key_line.is_some() {
                return None;
            }
            key_line = Some((offset, offset + line.len()));
        }
        offset += line.len();
    }
    let (key_start, key_end) = key_line?;

    // Where each item starts, and where the list ends.
    let mut indent = None;
    let mut starts = Vec::new();
    let mut end = text.len();
    let mut offset = key_end;
    for line in text[key_end..].split_inclusive('\n') {
        let body = line.trim_start_matches(' ');
        let depth = line.len() - body.len();
        let content = body.trim_end_matches([' ', '\t', '\r', '\n']);
        if !(content.is_empty() || content.starts_with('#')) {
            let dash = is_dash(body);
            match indent {
                None if dash => {
                    indent = Some(depth);
                    starts.push(offset);
                }
                None => return None,
                Some(c) if depth == c && dash => starts.push(offset),
                Some(c) if depth <= c => {
                    end = offset;
                    break;
                }
                Some(_) => {}
            }
        }
        offset += line.len();
    }
    if starts.len() < 2 {
        return None;
    }

    let mut groups = Vec::new();
    let mut from = starts[0];
    for (i, &start) in starts.iter().enumerate().skip(1) {
        if start - from >= group_bytes {
            groups.push(group(&text[from..start]));
            from = start;
        }
        if i == starts.len() - 1 {
            groups.push(group(&text[from..end]));
        }
    }
    let head = format!(
        "{}{key}: []\n\"{}\": []\n{}",
        &text[..key_start],
        marker.replace('\0', "\\0"),
        &text[end..]
    );
    Some(Plan { head, groups })
}

fn group(lines: &str) -> String {
    let mut g = String::with_capacity(lines.len() + 8);
    g.push_str("items:\n");
    g.push_str(lines);
    g
}

/// `key:` at column 0 with nothing after it but spaces or a comment.
fn is_key_line(line: &str, key: &str) -> bool {
    let Some(rest) = line.strip_prefix(key).and_then(|r| r.strip_prefix(':')) else {
        return false;
    };
    let rest = rest.trim_end_matches(['\r', '\n']);
    let after = rest.trim_start_matches([' ', '\t']);
    after.is_empty() || (after.starts_with('#') && after.len() < rest.len())
}

/// A list item: `-` then a space, a tab or the end of the line.
fn is_dash(body: &str) -> bool {
    let b = body.as_bytes();
    b.first() == Some(&b'-') && matches!(b.get(1), None | Some(b' ' | b'\t' | b'\r' | b'\n'))
}

/// Whether `text` has what the cuts cannot handle: a line break other than
/// `\n` and `\r\n` (YAML also breaks lines at a lone `\r`, NEL, LS and PS),
/// or a `*` that could begin an alias (one not after a letter or digit and
/// not followed by a space: "5 * 3" passes, "**bold**" does not, and such a
/// file is simply parsed whole).
fn must_parse_whole(text: &str) -> bool {
    // One pass over the bytes; a table look-up skips the ones that don't
    // matter. In UTF-8, NEL is C2 85 and LS and PS are E2 80 A8 and A9.
    const fn table() -> [bool; 256] {
        let mut t = [false; 256];
        t[b'\r' as usize] = true;
        t[b'*' as usize] = true;
        t[0xC2] = true;
        t[0xE2] = true;
        t
    }
    const SPECIAL: [bool; 256] = table();
    let b = text.as_bytes();
    let at = |i: usize| b.get(i).copied();
    b.iter().enumerate().any(|(i, &c)| {
        SPECIAL[usize::from(c)]
            && match c {
                b'\r' => at(i + 1) != Some(b'\n'),
                b'*' => {
                    (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                        && at(i + 1).is_some_and(|n| !n.is_ascii_whitespace())
                }
                0xC2 => at(i + 1) == Some(0x85),
                _ => at(i + 1) == Some(0x80) && matches!(at(i + 2), Some(0xA8 | 0xA9)),
            }
    })
}

#[cfg(test)]
mod tests;
