//! The layout check: no top-level module uses a module that uses it back.
//!
//! The rule, read from the source text of `src/**/*.rs`:
//! - A file belongs to the top-level module of its first path part
//!   (`src/bank/validate.rs` and `src/bank.rs` both belong to `bank`).
//! - A module uses another when its code names `crate::OTHER` (a path or a
//!   `use crate::OTHER…`), or lists `OTHER` in a `use crate::{…}` group.
//!   `super::` and `self::` stay inside the module, so they count as itself.
//!   Comments (doc links included) are not uses; test code inside a module
//!   is, so tests cannot hide a cycle either.
//! - `lib.rs`, `main.rs` and `commands/` are the top: they wire everything
//!   together and may use any module; no other module may use `commands`.
//!
//! The test fails naming each pair A ↔ B where A uses B and B uses A, and
//! each module that reaches up into `commands`; with no such pair, it fails
//! naming any longer loop (A → B → C → A), so the graph has no cycle at all.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const TOP: &[&str] = &["lib", "main", "commands"];

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

/// The top-level module a file under `src/` belongs to.
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).expect("file under src");
    let first = rel.components().next().expect("path part");
    let name = first.as_os_str().to_string_lossy();
    name.strip_suffix(".rs").unwrap_or(&name).to_string()
}

/// The source with `//` comments and string/char literal contents removed,
/// so that neither doc links nor messages count as uses.
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
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The names listed at the first level of a `{…}` group starting at `rest`.
fn group_names(rest: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    let mut at_start = true;
    for c in rest.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    continue;
                }
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            ',' if depth == 1 => {
                at_start = true;
                if !current.is_empty() {
                    names.push(std::mem::take(&mut current));
                }
                continue;
            }
            _ => {}
        }
        if depth == 1 && at_start {
            if c.is_alphanumeric() || c == '_' {
                current.push(c);
            } else if !current.is_empty() || !c.is_whitespace() {
                at_start = false;
            }
        }
    }
    if !current.is_empty() {
        names.push(current);
    }
    names
}

/// The top-level modules a piece of code names through `crate::`.
fn uses(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let rest = code[at + "crate::".len()..].trim_start();
        if rest.starts_with('{') {
            found.extend(group_names(rest));
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 20, "expected the source files under {src:?}");
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(&src, f)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let module = module_of(&src, file);
        let text = std::fs::read_to_string(file).expect("read source");
        let used = graph.entry(module.clone()).or_default();
        for name in uses(&code_only(&text)) {
            if name != module && modules.contains(&name) {
                used.insert(name);
            }
        }
    }
    graph
}

fn problems(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let mut found = Vec::new();
    for (a, used) in graph {
        if TOP.contains(&a.as_str()) {
            continue;
        }
        for b in used {
            if TOP.contains(&b.as_str()) {
                found.push(format!("{a} uses {b}, which is the top"));
            } else if a < b && graph.get(b).is_some_and(|back| back.contains(a)) {
                found.push(format!("{a} ↔ {b}"));
            }
        }
    }
    if found.is_empty() {
        // No pair: look for a longer loop (a → b → c → a), which a pair
        // check alone would miss.
        if let Some(cycle) = longer_cycle(graph) {
            found.push(cycle.join(" → "));
        }
    }
    found
}

/// A loop of three or more modules, if there is one (depth-first search).
fn longer_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        graph: &BTreeMap<String, BTreeSet<String>>,
        node: &str,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) || TOP.contains(&node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(graph, next, path, done) {
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
        .find_map(|start| visit(graph, start, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_uses_a_module_that_uses_it_back() {
    let graph = graph();
    let found = problems(&graph);
    assert!(
        found.is_empty(),
        "module cycles (A ↔ B: A uses B and B uses A; A → B → A: a loop):\n  {}\n\ngraph:\n{}",
        found.join("\n  "),
        graph
            .iter()
            .map(|(m, u)| format!(
                "  {m} -> {}",
                u.iter().cloned().collect::<Vec<_>>().join(", ")
            ))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_reader_finds_uses_in_paths_and_groups_and_ignores_comments() {
    let code = code_only(
        "use crate::{bank::{Bank, Question}, text, error::Error as E};\n\
         use crate::yaml;\n\
         // crate::store is only mentioned here\n\
         /// [`crate::prompt`] in a doc link\n\
         fn f() { let s = \"crate::output\"; crate::style::bold(s); super::x(); }\n",
    );
    let found = uses(&code);
    let want: BTreeSet<String> = ["bank", "text", "error", "yaml", "style"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(found, want);
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
        problems(&graph),
        vec![
            "a ↔ b".to_string(),
            "c uses commands, which is the top".to_string()
        ]
    );
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
    assert_eq!(problems(&graph), vec!["a → b → c → a".to_string()]);
    graph.get_mut("c").expect("c").clear();
    assert!(problems(&graph).is_empty());
}

/// Process-wide state lives in `src/process.rs`, with why each piece exists.
/// The only statics elsewhere are two that cannot move: the ELF constructor
/// in `main.rs` (it must be in the binary, and runs before the Rust runtime)
/// with its flag, and the locale cache inside `style::unicode`.
#[test]
fn process_wide_state_lives_in_process_rs() {
    const ALLOWED: &[(&str, &str)] = &[
        ("main.rs", "STDOUT_CLOSED_AT_START"),
        ("main.rs", "LOOK_AT_STDOUT"),
        ("style.rs", "UNICODE"),
    ];
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut found = Vec::new();
    let mut in_process = 0;
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
            if rel == "process.rs" {
                in_process += 1;
            } else if !ALLOWED.contains(&(rel.as_str(), name)) {
                found.push(format!("{rel}: static {name}"));
            }
        }
    }
    assert!(in_process >= 5, "expected the statics in src/process.rs");
    assert!(
        found.is_empty(),
        "process-wide state outside src/process.rs (move it there, with a doc comment on why it exists):\n  {}",
        found.join("\n  ")
    );
}
