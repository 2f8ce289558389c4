//! The summary as one document: what is said, and in which order, decided
//! once from the assessment. Every human format (text, Markdown, HTML) walks
//! this same document, so the formats cannot drift apart, and no renderer
//! decides what to say.
//!
//! The order is the one a therapist with one minute needs: safety first,
//! then where the person stands, then their own facts about what would make
//! it hard, their own words, the few points to bring, one checklist per
//! audience, and only then the considerations overview.

use serde::Serialize;

use super::display_date;
use crate::bank::Audience;
use crate::score::{Assessment, ResourceInfo, SafetyStatus};

/// What a summary may add beyond its usual parts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Add every answer, in the order the bank asks.
    pub all_answers: bool,
}

/// A whole summary.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Document {
    /// The bank's language, for HTML's `lang`.
    pub lang: String,
    pub title: String,
    /// "For Sam · December 2, 2026"
    pub byline: String,
    pub parts: Vec<Part>,
    /// Closing lines: the disclaimer and the bank's id and version.
    pub footer: Vec<String>,
}

/// One part of the summary, under its own heading.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Part {
    /// A stable name, for tests and HTML anchors.
    pub id: &'static str,
    pub title: String,
    /// Drawn to catch the eye (the safety part after a crisis answer).
    pub alert: bool,
    pub items: Vec<Item>,
}

/// One thing a part says.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Item {
    Para {
        text: String,
    },
    /// One of the person's answers under a label, with what is usual.
    /// The label ends in its own punctuation (a colon, or the question's
    /// question mark).
    Field {
        label: String,
        value: String,
        usual: Option<String>,
    },
    /// The person's own note; the label ends in a colon.
    Quote {
        label: String,
        text: String,
    },
    Numbered {
        text: String,
    },
    Check {
        text: String,
    },
    Bullet {
        text: String,
    },
    /// A row of the considerations overview.
    Row {
        title: String,
        summary: String,
        detail: String,
    },
    Resource {
        name: String,
        region: String,
        reach: String,
        note: Option<String>,
        /// `tel:988`, `sms:741741` and `https://…`, for HTML links.
        links: Vec<Link>,
    },
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Link {
    pub label: String,
    pub href: String,
}

impl Document {
    /// Builds the document. The assessment is cleaned of control
    /// characters and terminal escapes first, so every string in the
    /// document is safe for a terminal; Markdown and HTML escape on top.
    pub fn build(a: &Assessment, options: Options) -> Document {
        let a = &a.cleaned();
        let mut byline = display_date(&a.created);
        if let Some(n) = a.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
            byline = format!("For {n} · {byline}");
        }
        let mut parts = vec![safety(a), standing(a), needs(a), next_step(a), weighing(a)];
        parts.push(part(
            "facts",
            "What could make an option hard, in your answers",
            hard_facts(a).into_iter(),
        ));
        parts.push(part(
            "situation",
            "Your situation",
            a.situation.iter().map(fact_item),
        ));
        let mut programs: Vec<Item> = a
            .programs
            .iter()
            .map(|p| Item::Bullet { text: p.clone() })
            .collect();
        if !programs.is_empty() {
            programs.push(Item::Para {
                text:
                    "Costs and hours are estimates. See them all with `iop-check programs compare`."
                        .into(),
            });
        }
        parts.push(part(
            "programs",
            "Programs you are comparing",
            programs.into_iter(),
        ));
        parts.push(part(
            "notes",
            "In your own words",
            a.notes.iter().map(|n| Item::Quote {
                label: labelled(&n.section),
                text: n.text.clone(),
            }),
        ));
        parts.push(part(
            "top",
            "Talking points to bring",
            a.top_points().map(|p| Item::Numbered {
                text: p.text.clone(),
            }),
        ));
        for (id, title, who) in [
            (
                "therapist",
                "More to ask or tell your therapist",
                Audience::Therapist,
            ),
            ("programs", "To ask programs", Audience::Program),
            (
                "insurer",
                "To check with your insurance plan",
                Audience::Insurer,
            ),
            ("work", "To ask at work or HR", Audience::Work),
        ] {
            parts.push(part(
                id,
                title,
                a.checklist(who).map(|p| Item::Check {
                    text: p.text.clone(),
                }),
            ));
        }
        parts.push(part(
            "later",
            "If you look into a more intensive option later",
            a.later_points().map(|p| Item::Check {
                text: p.text.clone(),
            }),
        ));
        parts.push(overview(a));
        parts.push(part(
            "open",
            "Skipped or not sure",
            a.open_by_section().iter().map(|g| Item::Bullet {
                text: format!("{} {}", crate::text::sentence(g.section), g.line()),
            }),
        ));
        parts.push(changes(a));
        if options.all_answers {
            parts.push(all_answers(a));
        }
        parts.retain(|p| !p.items.is_empty());
        Document {
            lang: a.bank.language.clone(),
            title: format!("{} · summary", a.bank.title),
            byline,
            parts,
            footer: vec![
                a.disclaimer.clone(),
                match a.bank.last_reviewed.as_str() {
                    "" => format!("Question bank: {} {}", a.bank.id, a.bank.version),
                    day => format!(
                        "Question bank: {} {}, last reviewed {}",
                        a.bank.id,
                        a.bank.version,
                        crate::text::display_day(day)
                    ),
                },
            ],
        }
    }

    /// A part by its id.
    pub fn part(&self, id: &str) -> Option<&Part> {
        self.parts.iter().find(|p| p.id == id)
    }
}

/// A label ready to stand before its value: "By when:" but "Do you know…?"
/// as it is, since a question or sentence needs no colon after it.
fn labelled(label: &str) -> String {
    let label = label.trim();
    if label.ends_with(['.', '?', '!', ':']) {
        label.to_string()
    } else {
        format!("{label}:")
    }
}

/// One of the person's own answers, under its label, with what is usual.
fn fact_item(f: &crate::score::Fact) -> Item {
    Item::Field {
        label: labelled(&f.label),
        value: f.answer.clone(),
        usual: f.usual.clone(),
    }
}

/// The facts that weigh against some option, grouped under the options
/// they weigh against (in the order the groups first come up), so each
/// list of options is said once.
fn hard_facts(a: &Assessment) -> Vec<Item> {
    let mut groups: Vec<(&[String], Vec<&crate::score::Fact>)> = Vec::new();
    for f in &a.facts {
        match groups
            .iter_mut()
            .find(|(against, _)| *against == f.against.as_slice())
        {
            Some((_, list)) => list.push(f),
            None => groups.push((&f.against, vec![f])),
        }
    }
    let mut items = Vec::new();
    for (against, list) in groups {
        if !against.is_empty() {
            items.push(Item::Para {
                text: format!("Weighs against {}:", crate::text::and_list(against)),
            });
        }
        items.extend(list.into_iter().map(fact_item));
    }
    items
}

fn part(id: &'static str, title: &str, items: impl Iterator<Item = Item>) -> Part {
    Part {
        id,
        title: title.to_string(),
        alert: false,
        items: items.collect(),
    }
}

/// The safety answers as given, and crisis resources with their notes.
/// After any answer other than "No" (a skip included), its first line is
/// the reminder of where help is ("Help now: call or text 988").
pub(crate) fn safety(a: &Assessment) -> Part {
    let s = &a.safety;
    let mut items = Vec::new();
    if s.status.reminds() {
        if let Some(r) = a.crisis.resources.first() {
            items.push(Item::Para {
                text: crate::crisis::reminder_for(
                    r.call.as_deref(),
                    r.text.as_deref(),
                    r.web.as_deref(),
                ),
            });
        }
    }
    // One line each; when they were answered is in the byline.
    for q in &s.questions {
        let value = match (q.status, &q.answer) {
            (SafetyStatus::Skipped, _) => "Skipped".to_string(),
            (SafetyStatus::NotAsked, _) => "Not reached".to_string(),
            (_, Some(answer)) => answer.clone(),
            (_, None) => "No answer".to_string(),
        };
        items.push(Item::Field {
            label: labelled(&q.question),
            value,
            usual: None,
        });
    }
    if s.flagged {
        // The reminder line above says where help is right now (the bank's
        // intro would only say it again), then what to bring up.
        items.extend(a.safety_points().map(|p| Item::Bullet {
            text: p.text.clone(),
        }));
    }
    items.extend(a.crisis.resources.iter().map(resource));
    Part {
        id: "safety",
        title: if s.flagged {
            "Your safety comes first".into()
        } else {
            "Safety, and help at any time".into()
        },
        alert: s.flagged,
        items,
    }
}

fn resource(r: &ResourceInfo) -> Item {
    let mut links = Vec::new();
    let digits = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect()
    };
    if let Some(n) = r.call.as_deref().map(digits).filter(|d| !d.is_empty()) {
        links.push(Link {
            label: format!("Call {}", r.call.as_deref().unwrap_or_default()),
            href: format!("tel:{n}"),
        });
    }
    if let Some(n) = r.text.as_deref().map(digits).filter(|d| !d.is_empty()) {
        links.push(Link {
            label: format!("Text {}", r.text.as_deref().unwrap_or_default()),
            href: format!("sms:{n}"),
        });
    }
    if let Some(w) = r.web.as_deref().filter(|w| w.starts_with("https://")) {
        links.push(Link {
            label: w.to_string(),
            href: w.to_string(),
        });
    }
    Item::Resource {
        name: r.name.clone(),
        region: r.region.clone(),
        reach: r.reach.clone(),
        note: r.note.clone(),
        links,
    }
}

/// Once a choice is made (an option named, and "I've already decided"),
/// the next step: the weekly check-in during care, whatever care it is.
fn next_step(a: &Assessment) -> Part {
    let decided = a.leaning.is_some()
        && a.standing.iter().any(|f| {
            f.role.as_deref() == Some("decision_stage")
                && a.answers.get(&f.id).and_then(|v| v.as_str()) == Some("decided")
        });
    let items = decided.then(|| Item::Para {
        // Worded for every choice: someone who keeps weekly therapy has no
        // care that "starts".
        text: "In the weeks ahead, whatever you chose, `iop-check progress` is a short weekly check-in: how the week went, your goals, and how your care fits. It makes a one-page summary you can share with your care team.".into(),
    });
    part("next", "Your next step", items.into_iter())
}

/// Where the person stands, in their own answers.
fn standing(a: &Assessment) -> Part {
    part(
        "standing",
        "Where you stand",
        a.standing.iter().map(fact_item),
    )
}

/// What the person still needs before deciding: how many of the readiness
/// questions they answered yes, and one next step for each other one.
fn needs(a: &Assessment) -> Part {
    let mut items = Vec::new();
    if let Some(r) = a.readiness.as_ref().filter(|r| r.asked > 0) {
        items.push(Item::Para {
            text: if r.met == r.asked {
                format!(
                    "You said yes to all {} questions about being ready to decide.",
                    r.asked
                )
            } else {
                format!(
                    "You said yes to {} of {} questions about being ready to decide. For the others, one next step each:",
                    r.met, r.asked
                )
            },
        });
        items.extend(r.needs.iter().map(|n| Item::Check {
            text: match &n.step {
                Some(step) => format!(
                    "{} {} Next step: {}",
                    labelled(&n.label),
                    crate::text::sentence(&n.answer),
                    step
                ),
                None => format!(
                    "{} {}",
                    labelled(&n.label),
                    crate::text::sentence(&n.answer)
                ),
            },
        }));
    }
    part("needs", "What you still need", items.into_iter())
}

/// The leaning option and its main alternative, with what points to each.
/// What points to both is said once, under both names.
fn weighing(a: &Assessment) -> Part {
    let both = |pick: fn(&crate::score::Weighing) -> &Vec<String>| -> Vec<String> {
        match a.weighing.as_slice() {
            [x, y] => pick(x)
                .iter()
                .filter(|r| pick(y).contains(r))
                .cloned()
                .collect(),
            _ => Vec::new(),
        }
    };
    let shared_reasons = both(|w| &w.reasons);
    let shared_answers = both(|w| &w.answers);
    let mut items = Vec::new();
    let mut add = |label: String, reasons: Vec<&String>, answers: Vec<&String>| {
        if !reasons.is_empty() {
            items.push(Item::Field {
                label: format!("What matters to you that points to {label}:"),
                value: reasons
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                usual: None,
            });
        }
        if !answers.is_empty() {
            items.push(Item::Field {
                label: format!("Your answers that point to {label}:"),
                value: answers
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                usual: None,
            });
        }
    };
    for w in &a.weighing {
        let name = if w.leaning {
            format!("{} (the way you lean)", w.option.label)
        } else {
            w.option.label.clone()
        };
        add(
            name,
            w.reasons
                .iter()
                .filter(|r| !shared_reasons.contains(r))
                .collect(),
            w.answers
                .iter()
                .filter(|r| !shared_answers.contains(r))
                .collect(),
        );
    }
    if let [x, y] = a.weighing.as_slice() {
        add(
            format!("both {} and {}", x.option.label, y.option.label),
            shared_reasons.iter().collect(),
            shared_answers.iter().collect(),
        );
    }
    if items.is_empty() && !a.weighing.is_empty() {
        items.push(Item::Para {
            text: "None of the reasons you rated as mattering a lot point to one option more than another yet.".into(),
        });
    }
    part("weighing", "Weighing your options", items.into_iter())
}

/// The considerations at a glance: what the answers show, never a verdict.
fn overview(a: &Assessment) -> Part {
    let mut items = vec![Item::Para {
        text: "These words describe how your answers fit the options you are weighing. They are not a score of you, and not a verdict on any option.".into(),
    }];
    for s in &a.sections {
        let mut counts = vec![format!("{} answered", s.answered)];
        if s.open > 0 {
            counts.push(format!("{} skipped or not sure", s.open));
        }
        if s.to_find_out > 0 {
            counts.push(format!("{} to find out", s.to_find_out));
        }
        let mut detail = counts.join(", ");
        detail.push('.');
        items.push(Item::Row {
            title: s.title.clone(),
            summary: s.summary.clone(),
            detail,
        });
    }
    // Only the intro would be left: no part at all.
    if items.len() == 1 {
        items.clear();
    }
    part(
        "overview",
        "The considerations at a glance",
        items.into_iter(),
    )
}

fn changes(a: &Assessment) -> Part {
    let mut items = Vec::new();
    if !a.changes.is_empty() {
        items.push(Item::Para {
            text: "Answers that changed. Only questions you answered both times are compared."
                .into(),
        });
        items.extend(a.changes.iter().map(|c| Item::Bullet {
            text: format!(
                "{} Was: {}. Now: {}.",
                crate::text::sentence(&c.question),
                c.before,
                c.now
            ),
        }));
    }
    part("changes", "Since your last check-in", items.into_iter())
}

/// Every other answer, in bank order. Answers already shown above (the
/// safety answer, where the person stands, their facts, notes, and the
/// skipped or not-sure list) are not printed twice.
fn all_answers(a: &Assessment) -> Part {
    let above = |l: &&crate::score::AnswerLine| {
        a.safety.questions.iter().any(|q| q.id == l.id)
            || a.standing.iter().chain(&a.facts).any(|f| f.id == l.id)
            || a.open_items.iter().any(|o| o.question == l.question)
            || l.answer
                .as_deref()
                .is_some_and(|t| a.notes.iter().any(|n| n.text == t.trim()))
    };
    let mut items = vec![Item::Para {
        text:
            "Every other answer, in the order you gave them. Answers shown above are not repeated."
                .into(),
    }];
    items.extend(
        a.all_answers
            .iter()
            .filter(|l| !above(l))
            .map(|l| Item::Field {
                label: labelled(&l.question),
                value: l.answer.clone().unwrap_or_else(|| "Skipped".into()),
                usual: None,
            }),
    );
    part("answers", "All your answers", items.into_iter())
}
