//! The optional glossary: terms the bank explains once.

use super::*;

/// Checks the glossary: each entry has a `term` and a `meaning`, and no
/// term is listed twice (in any case).
pub(super) fn check_glossary(cx: &mut Ctx, raw: &[RawGlossaryEntry]) -> Vec<GlossaryEntry> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    for (i, g) in raw.iter().enumerate() {
        let path = format!("glossary[{i}]");
        let term = cx.text(&path, "term", &g.term);
        let meaning = cx.text(&path, "meaning", &g.meaning);
        if !term.is_empty() {
            if let Some(first) = seen.get(&term.to_lowercase()) {
                cx.at(
                    &path,
                    format!("the term \"{term}\" is already explained at glossary[{first}]; explain each term once"),
                );
            } else {
                seen.insert(term.to_lowercase(), i);
            }
        }
        out.push(GlossaryEntry { term, meaning });
    }
    out
}
