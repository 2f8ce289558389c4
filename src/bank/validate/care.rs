//! The care options a person weighs, and how answers point toward them or
//! weigh against them. This is what keeps the model neutral: no option is
//! built in as the goal, and an answer is only ever "for" or "against" the
//! options the bank names for it.

use super::*;

/// Checks `care_options` and resolves them.
pub(super) fn check_care_options(cx: &mut Ctx, raw: &[RawCareOption]) -> Vec<CareOption> {
    let mut out: Vec<CareOption> = Vec::new();
    for (i, o) in raw.iter().enumerate() {
        let path = Loc::new(None, "care_options", i, &o.id);
        let id = cx.id(&path, &o.id);
        if id == INTENSIVE {
            cx.at(
                &path,
                format!("\"{INTENSIVE}\" is the name of a group (every intensive option); give this option another id"),
            );
        } else if !id.is_empty() && out.iter().any(|c| c.id == id) {
            cx.at(
                &path,
                format!("duplicate id \"{id}\": another care option has it"),
            );
        }
        let label = cx.text(&path, "label", &o.label);
        let talking_points = o
            .talking_points
            .iter()
            .enumerate()
            .map(|(n, t)| {
                cx.check_text(&path, &format!("talking_points[{n}]"), t);
                t.trim().to_string()
            })
            .collect();
        out.push(CareOption {
            id,
            label,
            intensive: o.intensive.unwrap_or(false),
            talking_points,
        });
    }
    out
}

/// A list of care option ids as written under `key`, with the group
/// `intensive` expanded, each id once, in the bank's order.
pub(super) fn care_ids(
    cx: &mut Ctx,
    care: &[CareOption],
    path: &dyn fmt::Display,
    key: &str,
    ids: &[String],
) -> Vec<String> {
    if ids.is_empty() {
        return Vec::new();
    }
    if care.is_empty() {
        cx.at(
            path,
            format!("`{key}` names care options, but the bank has no `care_options`; list them at the top level"),
        );
        return Vec::new();
    }
    for id in ids {
        if id != INTENSIVE && !care.iter().any(|c| &c.id == id) {
            let known: Vec<&str> = care.iter().map(|c| c.id.as_str()).collect();
            cx.at(
                path,
                format!(
                    "`{key}` names \"{id}\", which is not one of the `care_options` ({}, or {INTENSIVE} for every intensive one)",
                    known.join(", ")
                ),
            );
        }
    }
    care.iter()
        .filter(|c| {
            ids.iter()
                .any(|i| *i == c.id || (i == INTENSIVE && c.intensive))
        })
        .map(|c| c.id.clone())
        .collect()
}

/// Where an option of a question stands on its scale, as the bank wrote
/// its score (before `reverse`): the high end (75 or more), the low end
/// (25 or less), or the middle.
fn end_of(score: Option<u8>) -> Option<bool> {
    match score? {
        s if s >= 75 => Some(true),
        s if s <= 25 => Some(false),
        _ => None,
    }
}

/// Applies a question's `fit` and its inline options' `toward` and
/// `against` to its options.
pub(super) fn apply_fit(
    cx: &mut Ctx,
    care: &[CareOption],
    path: &dyn fmt::Display,
    q: &RawQuestion,
    options: &mut [Choice],
) {
    if let Some(raw_opts) = &q.options {
        for (i, ro) in raw_opts.iter().enumerate() {
            if ro.toward.is_empty() && ro.against.is_empty() {
                continue;
            }
            let opath = Loc::new(Some(path), "options", i, &ro.id);
            let toward = care_ids(cx, care, &opath, "toward", &ro.toward);
            let against = care_ids(cx, care, &opath, "against", &ro.against);
            if let Some(o) = options.get_mut(i) {
                if o.crisis || o.not_sure {
                    cx.at(
                        &opath,
                        "a crisis or not_sure answer cannot point toward or against an option",
                    );
                }
                o.toward = toward;
                o.against = against;
            }
        }
    }
    let Some(fit) = &q.fit else {
        return;
    };
    if options.is_empty() {
        cx.at(path, "`fit` applies only to a question with options");
        return;
    }
    if !options.iter().any(|o| end_of(o.score).is_some()) {
        cx.at(
            path,
            "`fit` needs options scored 75 or more (the high end) or 25 or less (the low end)",
        );
    }
    let empty = RawLean::default();
    let high = fit.high.as_ref().unwrap_or(&empty);
    let low = fit.low.as_ref().unwrap_or(&empty);
    let lists = [
        (
            care_ids(cx, care, path, "fit.high.toward", &high.toward),
            care_ids(cx, care, path, "fit.high.against", &high.against),
        ),
        (
            care_ids(cx, care, path, "fit.low.toward", &low.toward),
            care_ids(cx, care, path, "fit.low.against", &low.against),
        ),
    ];
    for o in options.iter_mut() {
        let Some(high_end) = end_of(o.score) else {
            continue;
        };
        if !o.toward.is_empty() || !o.against.is_empty() {
            cx.at(
                path,
                format!(
                    "option \"{}\" has `toward` or `against` and the question has `fit`; keep one",
                    o.id
                ),
            );
        }
        let (toward, against) = &lists[usize::from(!high_end)];
        o.toward = toward.clone();
        o.against = against.clone();
    }
    for o in options.iter() {
        if let Some(both) = o.toward.iter().find(|t| o.against.contains(t)) {
            cx.at(
                path,
                format!(
                    "option \"{}\" points both toward and against \"{both}\"; pick one",
                    o.id
                ),
            );
        }
    }
}

/// The leaning question offers exactly the care options (plus "not sure"),
/// so that the summary can follow whichever the person leans toward.
pub(super) fn check_leaning(
    cx: &mut Ctx,
    care: &[CareOption],
    path: &dyn fmt::Display,
    q: &Question,
) {
    if care.is_empty() {
        return;
    }
    for o in q.options.iter().filter(|o| !o.not_sure) {
        if care.iter().all(|c| c.id != o.id) {
            cx.at(
                path,
                format!(
                    "the leaning question's option \"{}\" is not one of the `care_options`; use the same ids",
                    o.id
                ),
            );
        }
    }
    for c in care {
        if !q.options.iter().any(|o| o.id == c.id) {
            cx.at(
                path,
                format!(
                    "care option \"{}\" is not offered by the leaning question; add an option with that id",
                    c.id
                ),
            );
        }
    }
}
