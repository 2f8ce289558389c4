//! `iop-check template`: a ready-to-edit answers file that loads unchanged.

use std::collections::HashSet;
use std::path::Path;

use crate::answers::conditions;
use crate::answers::{Answer, Answers, expected, format_number};
use crate::bank::{self, Bank, Kind, Question};
use crate::error::Result;

pub fn run(bank_path: Option<&Path>) -> Result<()> {
    let bank = bank::load(bank_path)?;
    crate::output::stdout(&render(&bank))
}

/// Writes the template. Example answers are picked so that conditional
/// questions are shown where possible; a question that is still hidden by
/// the examples is answered `skip`.
pub fn render(bank: &Bank) -> String {
    let mut out = format!(
        "# Answers file for the question bank \"{}\" {} ({}).\n\
         # Change the answers below, then run:  iop-check run --answers THIS-FILE\n\
         # Any question may be answered `skip`, or left out, except the safety check: answer it,\n\
         # or write `skip`. Lines starting with # are notes.\n",
        bank.id, bank.version, bank.title
    );
    let mut answers = Answers::default();
    let questions: Vec<&Question> = bank.questions().map(|(_, q)| q).collect();
    let mut section = "";
    for (i, q) in questions.iter().enumerate() {
        let s = bank.section_of(&q.id).map_or("", |s| s.title.as_str());
        if s != section {
            section = s;
            out.push_str(&format!("\n# ── {} ──\n", one_line(s)));
        }
        // Options that later conditions look for, so examples show them.
        let wanted: HashSet<&str> = questions[i + 1..]
            .iter()
            .filter_map(|later| later.show_if.as_ref())
            .flat_map(|c| c.clauses.iter())
            .filter(|c| c.question == q.id)
            .flat_map(|c| c.is.iter().map(String::as_str))
            .collect();
        let shown = conditions::shown(q, &answers);
        let answer = if shown && !q.safety {
            example(q, &wanted)
        } else {
            Answer::Skipped
        };
        out.push_str(&format!("\n# {}\n", one_line(&q.prompt)));
        out.push_str(&format!("# {}: {}\n", q.kind.name(), expected(q)));
        if !shown {
            if let Some(c) = &q.show_if {
                out.push_str(&format!(
                    "# Asked only when {}.\n",
                    one_line(&conditions::describe(c, bank))
                ));
            }
        }
        if q.safety {
            // No answer is filled in for the person on the safety check.
            out.push_str("# Left empty on purpose: please answer this one yourself.\n");
            out.push_str(
                "# Write one of the answers above, or skip. Left empty, the file is refused.\n",
            );
            out.push_str(&format!("{}:\n", q.id));
        } else {
            out.push_str(&format!("{}: {}\n", q.id, yaml_value(&answer)));
        }
        answers.set(&q.id, answer);
    }
    out
}

fn one_line(s: &str) -> String {
    crate::text::clean(s).replace('\n', " ")
}

fn example(q: &Question, wanted: &HashSet<&str>) -> Answer {
    let usable = |o: &&crate::bank::Choice| !o.crisis && !o.not_sure;
    let pick = q
        .options
        .iter()
        .filter(usable)
        .find(|o| wanted.contains(o.id.as_str()))
        .or_else(|| q.default.as_deref().and_then(|d| q.option(d)))
        .or_else(|| q.options.iter().find(usable))
        .or_else(|| q.options.iter().find(|o| !o.crisis));
    match q.kind {
        Kind::Number => Answer::Number(q.number.as_ref().map_or(0.0, |s| s.min)),
        Kind::Text => Answer::Text(String::new()),
        Kind::Checklist => Answer::Checklist(pick.map(|o| vec![o.id.clone()]).unwrap_or_default()),
        _ => pick.map_or(Answer::Skipped, |o| Answer::Choice(o.id.clone())),
    }
}

/// An answer as a YAML value, quoted so that it reads back as the same thing.
fn yaml_value(a: &Answer) -> String {
    let quote = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    match a {
        Answer::Choice(s) => quote(s),
        Answer::Checklist(v) => format!(
            "[{}]",
            v.iter().map(|s| quote(s)).collect::<Vec<_>>().join(", ")
        ),
        Answer::Number(n) => format_number(*n),
        Answer::Text(t) if t.is_empty() => "skip".to_string(),
        Answer::Text(t) => quote(t),
        Answer::Skipped => "skip".to_string(),
    }
}
