//! Whether a question is shown, given the answers so far (like FHIR's
//! enableWhen with enableBehavior all/any).

use crate::answers::{Answer, Answers};
use crate::bank::{Bank, Behavior, Clause, Condition, Question};

/// A question is shown when it has no condition, or its condition matches.
pub fn shown(q: &Question, answers: &Answers) -> bool {
    let Some(cond) = &q.show_if else { return true };
    let matches = |clause: &Clause| matches(clause, answers);
    match cond.behavior {
        Behavior::All => cond.clauses.iter().all(matches),
        Behavior::Any => cond.clauses.iter().any(matches),
    }
}

/// Whether one clause of a condition holds for the answers so far.
pub fn matches(clause: &Clause, answers: &Answers) -> bool {
    match answers.get(&clause.question) {
        Some(a @ (Answer::Choice(_) | Answer::Checklist(_))) => a
            .option_ids()
            .any(|id| clause.is.iter().any(|want| want == id)),
        _ => false,
    }
}

/// The condition in words: `the answer to "Do you have health insurance?" is Yes`.
pub fn describe(cond: &Condition, bank: &Bank, m: &crate::i18n::Messages) -> String {
    let either = |items: &[String]| items.join(&m.get("condition-or"));
    let parts: Vec<String> = cond
        .clauses
        .iter()
        .map(|c| {
            let labels: Vec<String> = match bank.question(&c.question) {
                Some(q) => {
                    c.is.iter()
                        .map(|id| {
                            q.option(id)
                                .map_or(id.clone(), |o| format!("\"{}\"", o.label))
                        })
                        .collect()
                }
                None => c.is.clone(),
            };
            m.with(
                "condition-is",
                &[
                    ("question", c.question.as_str().into()),
                    ("labels", either(&labels).into()),
                ],
            )
        })
        .collect();
    match cond.behavior {
        Behavior::All => parts.join(&m.get("condition-and")),
        Behavior::Any => either(&parts),
    }
}
