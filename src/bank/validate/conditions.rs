//! `show_if`: a question shown only after certain answers to earlier ones.

use super::*;

/// Checks the `show_if` of the question `self_id` at `path`, the
/// `position`th of the bank: it may look only at earlier questions, and at
/// options they have.
pub(super) fn check_condition(
    cx: &mut Ctx,
    around: &Around,
    path: &dyn fmt::Display,
    self_id: &str,
    c: &RawCondition,
    position: usize,
) -> Option<Condition> {
    let (behavior, clauses) = match (&c.all, &c.any) {
        (Some(a), None) => (Behavior::All, a),
        (None, Some(a)) => (Behavior::Any, a),
        _ => {
            cx.at(path, "`show_if` needs exactly one of `all` or `any`");
            return None;
        }
    };
    if clauses.is_empty() {
        cx.at(path, "`show_if` has no clauses");
        return None;
    }
    let mut out = Vec::new();
    for (i, cl) in clauses.iter().enumerate() {
        let cpath = format!(
            "{path}.show_if.{}[{i}]",
            if behavior == Behavior::All {
                "all"
            } else {
                "any"
            }
        );
        let Some(target) = &cl.question else {
            cx.at(&cpath, "`question` is missing");
            continue;
        };
        if target == self_id {
            cx.at(
                &cpath,
                format!("the condition points at the question itself (\"{target}\")"),
            );
            continue;
        }
        let Some(&(tpos, si, qi)) = around.positions.get(target.as_str()) else {
            cx.at(
                &cpath,
                format!("the condition points at question \"{target}\", which does not exist"),
            );
            continue;
        };
        if tpos > position {
            cx.at(
                &cpath,
                format!("the condition points at question \"{target}\", which comes later; a condition can only look at earlier questions"),
            );
            continue;
        }
        let tq = &around.raw.sections[si].questions[qi];
        let topts: Vec<String> = match (&tq.options, &tq.scale) {
            (Some(o), _) => o.iter().filter_map(|o| o.id.clone()).collect(),
            (None, Some(name)) => around
                .raw
                .scales
                .get(name)
                .map(|s| s.options.iter().filter_map(|o| o.id.clone()).collect())
                .unwrap_or_default(),
            _ => {
                cx.at(
                    &cpath,
                    format!("question \"{target}\" has no options to match"),
                );
                continue;
            }
        };
        if cl.is.is_empty() {
            cx.at(
                &cpath,
                "`is` is missing or empty: list the option ids that show this question",
            );
        }
        for oid in &cl.is {
            if !topts.contains(oid) {
                cx.at(
                    &cpath,
                    format!(
                        "question \"{target}\" has no option \"{oid}\" (it has: {})",
                        topts.join(", ")
                    ),
                );
            }
        }
        out.push(Clause {
            question: target.clone(),
            is: cl.is.clone(),
        });
    }
    Some(Condition {
        behavior,
        clauses: out,
    })
}
