//! `iop-check template`: an answers file to fill in. Every answer is left
//! empty, with the choices listed in the comment above it: the template
//! never puts words in the person's mouth. An empty answer means "not
//! answered"; an untouched template is refused by `run --answers`.

use std::collections::HashSet;
use std::path::Path;

use crate::answers::conditions;
use crate::answers::{Answer, Answers, expected, format_number};
use crate::bank::{self, Bank, Kind, Question};
use crate::error::Result;
use crate::i18n::Messages;

pub fn run(bank_path: Option<&Path>, lang: crate::i18n::Lang) -> Result<()> {
    let bank = bank::load(bank_path, lang)?;
    let m = Messages::new(lang);
    crate::output::stdout(&render(&bank, "iop-check run", &m))
}

/// The template: every question with its kind, its choices and any
/// condition as comments, and its answer left empty. `command` is what
/// reads the filled-in file: `iop-check run`, `iop-check progress` …
pub fn render(bank: &Bank, command: &str, m: &Messages) -> String {
    let head = m.with(
        "template-head",
        &[
            ("id", bank.id.as_str().into()),
            ("version", bank.version.as_str().into()),
            ("title", bank.title.as_str().into()),
        ],
    );
    let mut out = format!(
        "# {head}\n# {}\n#   {command} --answers {}\n",
        m.get("template-fill"),
        m.get("template-this-file"),
    );
    // Comments, wrapped to fit 80 columns.
    for l in crate::text::wrap(&m.get("template-rules"), 77, "").lines() {
        out.push_str(&format!("# {l}\n"));
    }
    let mut section = "";
    for (s, q) in bank.questions() {
        if s.title != section {
            section = &s.title;
            out.push_str(&format!("\n# ── {} ──\n", one_line(section)));
        }
        out.push_str(&format!("\n# {}\n", one_line(&q.prompt)));
        let how = match q.kind {
            Kind::Checklist => m.get("template-how-list"),
            k if k.has_options() => m.get("template-how-one"),
            _ => expected(q).say(m),
        };
        let kind = m.get(&format!("kind-{}", q.kind.name().replace('_', "-")));
        out.push_str(&format!("# {kind}: {how}\n"));
        for o in q.options.iter() {
            out.push_str(&format!("#   {} = {}\n", o.id, one_line(&o.label)));
        }
        if let Some(c) = &q.show_if {
            out.push_str(&format!(
                "# {}\n",
                m.with(
                    "template-asked-when",
                    &[(
                        "condition",
                        one_line(&conditions::describe(c, bank, m)).into()
                    )]
                )
            ));
        }
        out.push_str(&format!("{}:\n", q.id));
    }
    out
}

/// An answers file with an example answer to every question that would be
/// asked (picked so that conditional questions are shown where possible;
/// the safety check is answered with its first option that is not a crisis
/// answer). Never shown to a person: for tests and benchmarks, which need a
/// full run.
pub fn example(bank: &Bank) -> String {
    let mut out = String::new();
    let mut answers = Answers::default();
    let questions: Vec<&Question> = bank.questions().map(|(_, q)| q).collect();
    for (i, q) in questions.iter().enumerate() {
        // Options that later conditions look for, so examples show them.
        let wanted: HashSet<&str> = questions[i + 1..]
            .iter()
            .filter_map(|later| later.show_if.as_ref())
            .flat_map(|c| c.clauses.iter())
            .filter(|c| c.question == q.id)
            .flat_map(|c| c.is.iter().map(String::as_str))
            .collect();
        let answer = if conditions::shown(q, &answers) {
            example_answer(q, &wanted)
        } else {
            Answer::Skipped
        };
        out.push_str(&format!("{}: {}\n", q.id, yaml_value(&answer)));
        answers.set(&q.id, answer);
    }
    out
}

fn one_line(s: &str) -> String {
    crate::text::clean(s).replace('\n', " ")
}

fn example_answer(q: &Question, wanted: &HashSet<&str>) -> Answer {
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
        Kind::Text => Answer::Skipped,
        Kind::Checklist => pick.map_or(Answer::Skipped, |o| Answer::Checklist(vec![o.id.clone()])),
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
        Answer::Text(t) => quote(t),
        Answer::Skipped => "skip".to_string(),
    }
}
