//! Keys the bank format does not have, reported with their place and a
//! suggestion when they look like a typo.

use super::*;

/// Reports a key the format does not have, with a suggestion when it looks
/// like a typo of one that it does.
pub(super) fn unknown_key(cx: &mut Ctx, raw: &RawBank, path: &[Segment]) {
    let Some((Segment::Key(key), parent)) = path.split_last() else {
        return;
    };
    let known = known_keys(parent);
    let place = if parent.is_empty() {
        "(top level)".to_string()
    } else {
        describe(raw, parent)
    };
    let mut msg = format!("unknown key \"{key}\"");
    if let Some(s) = known.and_then(|k| suggest(key, k)) {
        msg.push_str(&format!("; did you mean \"{s}\"?"));
    } else if let Some(k) = known {
        msg.push_str(&format!("; the keys here are: {}", k.join(", ")));
    }
    cx.at(&place, msg);
}

fn known_keys(parent: &[Segment]) -> Option<&'static [&'static str]> {
    let keys: Vec<&str> = parent
        .iter()
        .filter_map(|s| match s {
            Segment::Key(k) => Some(k.as_str()),
            Segment::Index(_) => None,
        })
        .collect();
    if parent.is_empty() {
        return Some(BANK_KEYS);
    }
    if keys.len() == 2 && keys[0] == "scales" && matches!(parent.last(), Some(Segment::Key(_))) {
        return Some(SCALE_KEYS);
    }
    Some(match *keys.last()? {
        "sources" => SOURCE_KEYS,
        "glossary" => GLOSSARY_KEYS,
        "crisis" => CRISIS_KEYS,
        "resources" => RESOURCE_KEYS,
        "bands" => BAND_KEYS,
        "opening" => TEXT_ITEM_KEYS,
        "sections" => SECTION_KEYS,
        "questions" => QUESTION_KEYS,
        "options" => OPTION_KEYS,
        "show_if" => CONDITION_KEYS,
        "all" | "any" => CLAUSE_KEYS,
        "usual" => USUAL_KEYS,
        "care_options" => CARE_OPTION_KEYS,
        "fit" => FIT_KEYS,
        "high" | "low" => LEAN_KEYS,
        _ => return None,
    })
}

/// `sections[2].questions[4] (id "copay")` for a path into the raw bank,
/// naming ids the way the other messages do: after each question and
/// option, and after the innermost item.
fn describe(raw: &RawBank, path: &[Segment]) -> String {
    let mut out = String::new();
    let mut section: Option<&RawSection> = None;
    let mut question: Option<&RawQuestion> = None;
    let mut scale: Option<&RawScale> = None;
    let mut last_key = "";
    for (n, seg) in path.iter().enumerate() {
        let innermost = path[n + 1..].iter().all(|s| matches!(s, Segment::Key(_)));
        match seg {
            Segment::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
                if last_key == "scales" {
                    scale = raw.scales.get(k.as_str());
                }
                last_key = k;
            }
            Segment::Index(i) => {
                out.push_str(&format!("[{i}]"));
                let (id, always) = match last_key {
                    "sections" => {
                        section = raw.sections.get(*i);
                        (section.and_then(|s| s.id.as_ref()), false)
                    }
                    "questions" => {
                        question = section.and_then(|s| s.questions.get(*i));
                        (question.and_then(|q| q.id.as_ref()), true)
                    }
                    "options" => {
                        let opts = match scale {
                            Some(sc) if question.is_none() => Some(&sc.options),
                            _ => question.and_then(|q| q.options.as_ref()),
                        };
                        (
                            opts.and_then(|o| o.get(*i)).and_then(|o| o.id.as_ref()),
                            true,
                        )
                    }
                    "sources" if section.is_none() => {
                        (raw.sources.get(*i).and_then(|s| s.id.as_ref()), false)
                    }
                    "opening" => (raw.opening.get(*i).and_then(|s| s.id.as_ref()), false),
                    "care_options" => (raw.care_options.get(*i).and_then(|s| s.id.as_ref()), false),
                    _ => (None, false),
                };
                if let Some(id) = id.filter(|_| always || innermost) {
                    out.push_str(&format!(" (id \"{id}\")"));
                }
            }
        }
    }
    out
}

/// The closest known key, if it is close enough to be a likely typo.
fn suggest<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    crate::problem::closest(key, known.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_catch_typos_only() {
        assert_eq!(suggest("wieght", QUESTION_KEYS), Some("weight"));
        assert_eq!(suggest("promt", QUESTION_KEYS), Some("prompt"));
        assert_eq!(suggest("banana", QUESTION_KEYS), None);
    }
}
