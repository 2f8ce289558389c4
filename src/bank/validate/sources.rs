//! The sources a bank cites, and the places that cite them.

use super::*;

pub(super) fn check_sources(cx: &mut Ctx, raw: &[RawSource]) -> Vec<Source> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    if raw.is_empty() {
        cx.at(
            &"(top level)",
            "`sources` is missing or empty: list the sources of the facts in the bank",
        );
    }
    for (i, s) in raw.iter().enumerate() {
        let path = Loc::new(None, "sources", i, &s.id);
        let id = cx.id(&path, &s.id);
        if !id.is_empty() && !seen.insert(id.clone()) {
            cx.at(
                &path,
                format!("duplicate id \"{id}\": another source has it"),
            );
        }
        let title = cx.text(&path, "title", &s.title);
        let label = cx
            .opt_text(&path, "label", &s.label)
            .unwrap_or_else(|| title.clone());
        let url = cx.text(&path, "url", &s.url);
        if !url.is_empty() {
            cx.url(&path, "url", &url);
        }
        out.push(Source {
            id,
            title,
            label,
            url,
        });
    }
    out
}

pub(super) fn check_source_refs(
    cx: &mut Ctx,
    path: &dyn fmt::Display,
    refs: &[String],
    known: &HashSet<&str>,
) {
    for r in refs {
        if !known.contains(r.as_str()) {
            cx.at(
                path,
                format!("cites source \"{r}\", which is not listed under `sources`"),
            );
        }
    }
}
