//! Lists of options: inline on a question, or shared as a named scale.

use super::*;

pub(super) fn check_scales(
    cx: &mut Ctx,
    raw: &std::collections::BTreeMap<String, RawScale>,
) -> HashMap<String, Vec<Choice>> {
    let mut out = HashMap::new();
    for (name, scale) in raw {
        let path = format!("scales.{name}");
        if !is_id(name) {
            cx.at(
                &path,
                format!(
                    "scale name \"{name}\" is not valid; use lowercase letters, digits, - and _"
                ),
            );
        }
        let options = check_options(cx, &path, &scale.options, false, true);
        out.insert(name.clone(), options);
    }
    out
}

/// Checks a list of options (inline on a question, or in a shared scale).
pub(super) fn check_options(
    cx: &mut Ctx,
    path: &dyn fmt::Display,
    raw: &[RawOption],
    safety: bool,
    in_scale: bool,
) -> Vec<Choice> {
    if raw.len() < 2 {
        cx.at(
            path,
            format!(
                "has {} option{}; a choice needs at least two",
                raw.len(),
                if raw.len() == 1 { "" } else { "s" }
            ),
        );
    }
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, o) in raw.iter().enumerate() {
        let opath = Loc::new(Some(path), "options", i, &o.id);
        let id = cx.id(&opath, &o.id);
        if !id.is_empty() && !seen.insert(id.clone()) {
            cx.at(
                &opath,
                format!("duplicate option id \"{id}\" in the same list"),
            );
        }
        let label = cx.text(&opath, "label", &o.label);
        let not_sure = o.not_sure.unwrap_or(false);
        let score = match o.score {
            Some(s) if !(0..=MAX_SCORE).contains(&s) => {
                cx.at(
                    &opath,
                    format!("score {s} is outside the allowed range 0 to {MAX_SCORE}"),
                );
                // Kept (clamped) so the one mistake is not reported again as a missing score.
                Some(s.clamp(0, MAX_SCORE) as u8)
            }
            Some(s) if not_sure => {
                cx.at(&opath, "a `not_sure` option cannot have a score: it counts as an open question, not a low score");
                Some(s.clamp(0, MAX_SCORE) as u8)
            }
            Some(s) => u8::try_from(s).ok(),
            None => None,
        };
        let urgency = match o.crisis.as_deref().map(str::trim) {
            None | Some("false") => None,
            Some("true") if not_sure => Some(Urgency::Unsure),
            Some("true" | "now") => Some(Urgency::Now),
            Some("past") => Some(Urgency::Past),
            Some("unsure") => Some(Urgency::Unsure),
            Some(other) => {
                cx.at(
                    &opath,
                    format!("`crisis: {other}` is not one of: now, past, unsure (or true, false)"),
                );
                Some(Urgency::Now)
            }
        };
        let crisis = urgency.is_some();
        if crisis && !safety {
            cx.at(
                &opath,
                "is marked `crisis`, but its question is not the safety check; add `safety: true` to the question or remove `crisis`",
            );
        }
        let talking_point = cx.opt_text(&opath, "talking_point", &o.talking_point);
        if in_scale && (!o.toward.is_empty() || !o.against.is_empty()) {
            cx.at(
                &opath,
                "a shared scale's options cannot have `toward` or `against`; give each question that uses the scale its own `fit`",
            );
        }
        out.push(Choice {
            id,
            label,
            score,
            not_sure,
            crisis,
            urgency,
            talking_point,
            exclusive: o.exclusive.unwrap_or(false),
            // Resolved against the care options by the question.
            toward: Vec::new(),
            against: Vec::new(),
        });
    }
    out
}
