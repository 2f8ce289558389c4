//! Roles: the questions the summary reads for a special purpose, each
//! used once (readiness up to four times), on a kind that fits.

use super::*;

pub(super) fn check_role(
    cx: &mut Ctx,
    path: &dyn fmt::Display,
    q: &Question,
    role: Role,
    roles: &mut HashMap<&'static str, String>,
    readiness: &mut usize,
) {
    let (name, fits) = match role {
        Role::DecisionStage => ("decision_stage", q.kind == Kind::Choice),
        Role::DecisionRole => ("decision_role", q.kind == Kind::Choice),
        Role::DecisionBy => ("decision_by", matches!(q.kind, Kind::Choice | Kind::Text)),
        Role::Readiness => (
            "readiness",
            q.kind.has_options() && q.kind != Kind::Checklist,
        ),
        Role::Leaning => ("leaning", single_choice(q.kind)),
        Role::Value => ("value", single_choice(q.kind)),
        Role::Feeling => ("feeling", single_choice(q.kind)),
        Role::Confidence => ("confidence", single_choice(q.kind)),
        Role::FreeToChoose => ("free_to_choose", single_choice(q.kind)),
    };
    if !fits {
        cx.at(
            path,
            format!(
                "role `{name}` does not fit a {} question (see questions/README.md)",
                q.kind.name()
            ),
        );
    }
    if role == Role::Value {
        if !q.options.iter().any(|o| !o.toward.is_empty()) {
            cx.at(
                path,
                "a question with role `value` needs a `fit` that says which care options the reason points toward",
            );
        }
    } else if role == Role::Readiness {
        *readiness += 1;
        if *readiness > 4 {
            cx.at(path, "at most four questions may have role `readiness`");
        }
    } else if let Some(first) = roles.get(name) {
        cx.at(
            path,
            format!("role `{name}` is already used by {first}; each role may be used once"),
        );
    } else {
        roles.insert(name, path.to_string());
    }
}
