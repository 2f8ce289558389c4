//! The layout check: no module uses a module that uses it back, at any
//! level: not between top-level modules, and not between the files of one
//! folder (`programs/render/plain.rs` and `programs/render/text.rs`).
//!
//! The rule, read from the source text of `src/**/*.rs`:
//! - Every file is a module: `src/bank/load.rs` is `bank::load`,
//!   `src/bank/validate/mod.rs` is `bank::validate`.
//! - A file uses a module when its code names a path into it: `crate::…`,
//!   `super::…` or `self::…`, alone or in a `use …::{…}` group (nested
//!   groups too). The path is followed as far as it names modules, so
//!   `super::text::lists` from `programs/render/plain.rs` names
//!   `programs::render::text`, and `super::Render` names
//!   `programs::render`. Comments (doc links included), strings and char
//!   literals are not uses; test code inside a file is, so tests cannot
//!   hide a cycle either. `super::` in an inline `mod tests { … }` starts
//!   from the file's own module.
//! - A use between two modules counts at the level where their paths part:
//!   `programs::render::plain` naming `programs::compare` is `render →
//!   compare` among the modules of `programs`. A module naming itself, one
//!   of its ancestors or one of its descendants is not an edge: a folder's
//!   `mod.rs` wires its files together and they share its items, as
//!   `lib.rs` does for the crate.
//! - At the top, `lib.rs`, `main.rs` and `commands/` are the top: they wire
//!   everything together and may use any module; no other module may use
//!   `commands`.
//!
//! The test fails naming each pair A ↔ B (with the folder they are in)
//! where A uses B and B uses A, and each module that reaches up into
//! `commands`; with no such pair, it fails naming any longer loop (A → B →
//! C → A), so no level has a cycle at all.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const TOP: &[&str] = &["lib", "main", "commands"];

/// A module's path from the crate root: `["programs", "render", "text"]`.
type ModPath = Vec<String>;

/// For each folder level (the parent module's path; empty for the crate),
/// which of its modules uses which.
type Levels = BTreeMap<ModPath, BTreeMap<String, BTreeSet<String>>>;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read src folder")
        .map(|e| e.expect("folder entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module a file under `src/` is: `bank/validate/mod.rs` →
/// `bank::validate`, `bank/load.rs` → `bank::load`, `lib.rs` → `lib`.
fn module_path(src: &Path, file: &Path) -> ModPath {
    let rel = file.strip_prefix(src).expect("file under src");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().to_string())
        .collect();
    let last = parts.pop().expect("a file name");
    let stem = last.strip_suffix(".rs").unwrap_or(&last).to_string();
    if stem != "mod" || parts.is_empty() {
        parts.push(stem);
    }
    parts
}

/// The source with `//` and `/* */` comments removed and the contents of
/// string and char literals emptied, so that neither doc links, messages
/// nor a `'{'` count.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                i += 1;
            }
            i += 2;
        } else if c == '"' {
            // Raw strings (r"…", r#"…"#) are handled by skipping to the
            // closing quote followed by the same number of hashes.
            let mut hashes = 0;
            let mut j = i;
            while j > 0 && chars[j - 1] == '#' {
                hashes += 1;
                j -= 1;
            }
            let raw = j > 0 && chars[j - 1] == 'r';
            i += 1;
            while i < chars.len() {
                if !raw && chars[i] == '\\' {
                    i += 2;
                    continue;
                }
                if chars[i] == '"' && (0..hashes).all(|k| chars.get(i + 1 + k) == Some(&'#')) {
                    i += 1 + hashes;
                    break;
                }
                i += 1;
            }
            out.push_str("\"\"");
        } else if c == '\'' && chars.get(i + 1) == Some(&'\\') {
            // An escaped char literal: '\n', '\'', '\u{7b}'.
            i += 2;
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else if c == '\'' && chars.get(i + 2) == Some(&'\'') {
            // A char literal ('{'); a lifetime ('a) has no closing quote.
            i += 3;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Reads one path or use tree at `*i` (`a::b`, `a::{b, c::{d, e}}`), adding
/// every path it names to `out`, each after `prefix`.
fn read_tree(chars: &[char], i: &mut usize, prefix: &[String], out: &mut Vec<ModPath>) {
    let skip_ws = |i: &mut usize| {
        while *i < chars.len() && chars[*i].is_whitespace() {
            *i += 1;
        }
    };
    let mut path = prefix.to_vec();
    loop {
        skip_ws(i);
        if chars.get(*i) == Some(&'{') {
            *i += 1;
            loop {
                skip_ws(i);
                match chars.get(*i) {
                    None => return,
                    Some('}') => {
                        *i += 1;
                        return;
                    }
                    Some(',') => *i += 1,
                    Some(_) => {
                        let before = *i;
                        read_tree(chars, i, &path, out);
                        if *i == before {
                            *i += 1;
                        }
                    }
                }
            }
        }
        let start = *i;
        while *i < chars.len() && is_ident(chars[*i]) {
            *i += 1;
        }
        let ident: String = chars[start..*i].iter().collect();
        // `{self, x}` names the prefix itself.
        if ident.is_empty() || (ident == "self" && !path.is_empty()) {
            out.push(path);
            return;
        }
        path.push(ident);
        skip_ws(i);
        if chars.get(*i) == Some(&':') && chars.get(*i + 1) == Some(&':') {
            *i += 2;
        } else {
            out.push(path);
            return;
        }
    }
}

/// The modules a file's code names, as resolved paths from the crate root,
/// each followed only as far as it names modules in `modules`. `file` is
/// the file's own module.
fn uses(code: &str, file: &[String], modules: &BTreeSet<ModPath>) -> BTreeSet<ModPath> {
    let chars: Vec<char> = code.chars().collect();
    let mut found = BTreeSet::new();
    // Inline modules (`mod tests { … }`) open at a brace depth.
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            depth += 1;
            i += 1;
            continue;
        }
        if c == '}' {
            depth = depth.saturating_sub(1);
            if inline.last().is_some_and(|(_, d)| *d > depth) {
                inline.pop();
            }
            i += 1;
            continue;
        }
        if !is_ident(c) || (i > 0 && (is_ident(chars[i - 1]) || chars[i - 1] == '$')) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && is_ident(chars[i]) {
            i += 1;
        }
        let word: String = chars[start..i].iter().collect();
        if word == "mod" {
            // `mod name {` opens an inline module.
            let mut j = i;
            while j < chars.len() && chars[j].is_whitespace() {
                j += 1;
            }
            let name_start = j;
            while j < chars.len() && is_ident(chars[j]) {
                j += 1;
            }
            let name: String = chars[name_start..j].iter().collect();
            while j < chars.len() && chars[j].is_whitespace() {
                j += 1;
            }
            if !name.is_empty() && chars.get(j) == Some(&'{') {
                inline.push((name, depth + 1));
            }
            continue;
        }
        let follows_path = chars.get(i) == Some(&':') && chars.get(i + 1) == Some(&':');
        let after_path = start >= 2 && chars[start - 1] == ':' && chars[start - 2] == ':';
        if !["crate", "super", "self"].contains(&word.as_str()) || !follows_path || after_path {
            continue;
        }
        let mut paths = Vec::new();
        let mut j = start;
        read_tree(&chars, &mut j, &[], &mut paths);
        i = j.max(i);
        // Where the code is: the file's module and its open inline modules.
        let here: ModPath = file
            .iter()
            .cloned()
            .chain(inline.iter().map(|(n, _)| n.clone()))
            .collect();
        for p in paths {
            let mut segs = p.into_iter().peekable();
            let mut at: ModPath = match segs.peek().map(String::as_str) {
                Some("crate") => {
                    segs.next();
                    Vec::new()
                }
                _ => here.clone(),
            };
            while let Some(s) = segs.peek() {
                match s.as_str() {
                    "super" => {
                        at.pop();
                    }
                    "self" => {}
                    _ => break,
                }
                segs.next();
            }
            for s in segs {
                let mut next = at.clone();
                next.push(s);
                if !modules.contains(&next) {
                    break;
                }
                at = next;
            }
            if !at.is_empty() {
                found.insert(at);
            }
        }
    }
    found
}

/// How many leading parts two paths share.
fn common(a: &[String], b: &[String]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// The edge a use makes, if any: at the level where the two paths part,
/// from the user's module there to the used one's.
fn edge(from: &[String], to: &[String]) -> Option<(ModPath, String, String)> {
    let n = common(from, to);
    if n == from.len() || n == to.len() {
        // Itself, an ancestor or a descendant.
        return None;
    }
    Some((from[..n].to_vec(), from[n].clone(), to[n].clone()))
}

fn levels() -> Levels {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 20, "expected the source files under {src:?}");
    let paths: Vec<ModPath> = files.iter().map(|f| module_path(&src, f)).collect();
    // Every module, folders included (`bank` for `src/bank/load.rs`).
    let modules: BTreeSet<ModPath> = paths
        .iter()
        .flat_map(|p| (1..=p.len()).map(|n| p[..n].to_vec()))
        .collect();
    let mut levels = Levels::new();
    for (file, module) in files.iter().zip(&paths) {
        let text = std::fs::read_to_string(file).expect("read source");
        levels
            .entry(Vec::new())
            .or_default()
            .entry(module[0].clone())
            .or_default();
        for used in uses(&code_only(&text), module, &modules) {
            if let Some((level, a, b)) = edge(module, &used) {
                levels
                    .entry(level)
                    .or_default()
                    .entry(a)
                    .or_default()
                    .insert(b);
            }
        }
    }
    levels
}

/// The problems of every level, each named with its folder.
fn all_problems(levels: &Levels) -> Vec<String> {
    let mut found = Vec::new();
    for (level, graph) in levels {
        let top = level.is_empty();
        for p in problems(graph, top) {
            found.push(if top {
                p
            } else {
                format!("in {}: {p}", level.join("::"))
            });
        }
    }
    found
}

/// The problems of one level's graph. At the top (`top`), `lib`, `main`
/// and `commands` may use anything and nothing may use `commands`.
fn problems(graph: &BTreeMap<String, BTreeSet<String>>, top: bool) -> Vec<String> {
    let is_top = |m: &str| top && TOP.contains(&m);
    let mut found = Vec::new();
    for (a, used) in graph {
        if is_top(a) {
            continue;
        }
        for b in used {
            if is_top(b) {
                found.push(format!("{a} uses {b}, which is the top"));
            } else if a < b && graph.get(b).is_some_and(|back| back.contains(a)) {
                found.push(format!("{a} ↔ {b}"));
            }
        }
    }
    if found.is_empty() {
        // No pair: look for a longer loop (a → b → c → a), which a pair
        // check alone would miss.
        if let Some(cycle) = longer_cycle(graph, top) {
            found.push(cycle.join(" → "));
        }
    }
    found
}

/// A loop of three or more modules, if there is one (depth-first search).
fn longer_cycle(graph: &BTreeMap<String, BTreeSet<String>>, top: bool) -> Option<Vec<String>> {
    fn visit(
        graph: &BTreeMap<String, BTreeSet<String>>,
        top: bool,
        node: &str,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) || (top && TOP.contains(&node)) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(graph, top, next, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|start| visit(graph, top, start, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_uses_a_module_that_uses_it_back() {
    let levels = levels();
    // The check reaches inside folders: it sees the files of
    // programs/render use each other.
    assert!(
        levels
            .get(&vec!["programs".to_string(), "render".to_string()])
            .is_some_and(|g| g.get("text").is_some_and(|u| u.contains("plain"))),
        "expected programs::render::text → plain in:\n{levels:#?}"
    );
    let found = all_problems(&levels);
    assert!(
        found.is_empty(),
        "module cycles (A ↔ B: A uses B and B uses A; A → B → A: a loop):\n  {}\n\ngraph:\n{}",
        found.join("\n  "),
        levels
            .iter()
            .flat_map(|(level, graph)| graph.iter().map(move |(m, u)| format!(
                "  {}{m} -> {}",
                level.iter().map(|l| format!("{l}::")).collect::<String>(),
                u.iter().cloned().collect::<Vec<_>>().join(", ")
            )))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn path(s: &str) -> ModPath {
    s.split("::").map(str::to_string).collect()
}

/// The modules of a small made-up crate.
fn made_up_modules() -> BTreeSet<ModPath> {
    [
        "bank",
        "text",
        "error",
        "yaml",
        "style",
        "store",
        "prompt",
        "output",
        "programs",
        "programs::compare",
        "programs::render",
        "programs::render::plain",
        "programs::render::text",
    ]
    .iter()
    .map(|s| path(s))
    .collect()
}

#[test]
fn the_reader_finds_uses_in_paths_and_groups_and_ignores_comments() {
    let code = code_only(
        "use crate::{bank::{Bank, Question}, text, error::Error as E};\n\
         use crate::yaml;\n\
         // crate::store is only mentioned here\n\
         /// [`crate::prompt`] in a doc link\n\
         fn f() { let s = \"crate::output\"; let c = '{'; crate::style::bold(s); super::x(); }\n",
    );
    let found = uses(&code, &path("programs"), &made_up_modules());
    let want: BTreeSet<ModPath> = ["bank", "text", "error", "yaml", "style"]
        .iter()
        .map(|s| path(s))
        .collect();
    assert_eq!(found, want);
}

#[test]
fn the_reader_follows_super_and_nested_groups_as_far_as_modules_go() {
    let modules = made_up_modules();
    let plain = path("programs::render::plain");
    let code = code_only(
        "use super::text::lists;\n\
         use super::{Render, Context};\n\
         use crate::programs::{compare::Mark, self};\n\
         #[cfg(test)]\n\
         mod tests { use super::*; use super::super::text; }\n",
    );
    let found = uses(&code, &plain, &modules);
    let want: BTreeSet<ModPath> = [
        "programs::render::text",
        "programs::render",
        "programs::compare",
        "programs",
        "programs::render::plain",
    ]
    .iter()
    .map(|s| path(s))
    .collect();
    assert_eq!(found, want);
    // Only the sibling and the cousin are edges; itself, its folder and the
    // crate's `programs` are not.
    let edges: BTreeSet<_> = found.iter().filter_map(|to| edge(&plain, to)).collect();
    assert_eq!(
        edges,
        [
            (path("programs::render"), "plain".into(), "text".into()),
            (path("programs"), "render".into(), "compare".into()),
        ]
        .into_iter()
        .collect()
    );
}

#[test]
fn two_files_of_one_folder_that_use_each_other_are_named() {
    let modules = made_up_modules();
    let mut levels = Levels::new();
    for (file, code) in [
        ("programs::render::plain", "use super::text::lists;"),
        (
            "programs::render::text",
            "return super::plain::Plain { width }.render(c);",
        ),
        (
            "programs::render",
            "mod plain; mod text; use crate::programs::compare::Row;",
        ),
    ] {
        for to in uses(&code_only(code), &path(file), &modules) {
            if let Some((level, a, b)) = edge(&path(file), &to) {
                levels
                    .entry(level)
                    .or_default()
                    .entry(a)
                    .or_default()
                    .insert(b);
            }
        }
    }
    assert_eq!(
        all_problems(&levels),
        vec!["in programs::render: plain ↔ text".to_string()]
    );
}

#[test]
fn a_pair_that_uses_each_other_is_named() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    graph.entry("a".into()).or_default().insert("b".into());
    graph.entry("b".into()).or_default().insert("a".into());
    graph
        .entry("c".into())
        .or_default()
        .insert("commands".into());
    graph
        .entry("commands".into())
        .or_default()
        .insert("a".into());
    assert_eq!(
        problems(&graph, true),
        vec![
            "a ↔ b".to_string(),
            "c uses commands, which is the top".to_string()
        ]
    );
    // The top's rule holds at the top only: inside a folder, a file
    // called `commands` is a file like any other.
    graph.get_mut("a").expect("a").clear();
    assert_eq!(
        problems(&graph, true),
        vec!["c uses commands, which is the top".to_string()]
    );
    assert!(problems(&graph, false).is_empty());
}

#[test]
fn a_longer_loop_is_named() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    graph.entry("a".into()).or_default().insert("b".into());
    graph.entry("b".into()).or_default().insert("c".into());
    graph.entry("c".into()).or_default().insert("a".into());
    graph
        .entry("commands".into())
        .or_default()
        .insert("a".into());
    assert_eq!(problems(&graph, true), vec!["a → b → c → a".to_string()]);
    graph.get_mut("c").expect("c").clear();
    assert!(problems(&graph, true).is_empty());
}

/// No process-wide state but what cannot be otherwise: the signal
/// handler's own (a signal arrives on a thread of its own, at any moment,
/// so what it needs cannot be passed down as values) in `src/signals.rs`,
/// and the start-up look at stdout in `main.rs` (an ELF constructor, which
/// runs before the Rust runtime, with its flag). Everything else a run
/// shares is a value: the interactive `Session` and what it hands down.
#[test]
fn process_wide_state_lives_only_in_the_signal_module_and_main() {
    const ALLOWED: &[&str] = &["signals.rs", "main.rs"];
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut found = Vec::new();
    let mut allowed = 0;
    for file in &files {
        let rel = file
            .strip_prefix(&src)
            .expect("under src")
            .to_string_lossy()
            .to_string();
        let code = code_only(&std::fs::read_to_string(file).expect("read source"));
        for line in code.lines() {
            let words: Vec<&str> = line.split_whitespace().collect();
            let Some(at) = words.iter().position(|w| *w == "static") else {
                continue;
            };
            if !words[..at].iter().all(|w| w.starts_with("pub")) {
                continue;
            }
            let name = words
                .get(at + 1)
                .map(|w| w.trim_end_matches(':'))
                .unwrap_or("");
            if ALLOWED.contains(&rel.as_str()) {
                allowed += 1;
            } else {
                found.push(format!("{rel}: static {name}"));
            }
        }
    }
    // The check reads the statics it allows too, so it cannot pass by
    // finding none anywhere.
    assert!(
        allowed >= 4,
        "expected the statics of src/signals.rs and src/main.rs"
    );
    assert!(
        found.is_empty(),
        "process-wide state outside src/signals.rs and src/main.rs (pass it down as a value, e.g. through the Session):\n  {}",
        found.join("\n  ")
    );
}
