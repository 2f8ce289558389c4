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

use crate::bank::Audience;
use crate::i18n::{Lang, Messages};
use crate::score::{Assessment, ResourceInfo, SafetyStatus};

/// What a summary may add beyond its usual parts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Add every answer, in the order the bank asks.
    pub all_answers: bool,
    /// The language of the summary's own words (the assessment is scored
    /// against the bank in the same language).
    pub lang: Lang,
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
        let m = &Messages::new(options.lang);
        let a = &a.cleaned();
        let mut byline = m.display_date(&a.created);
        if let Some(n) = a.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
            byline = m.with("byline-for", &[("name", n.into()), ("date", byline.into())]);
        }
        let mut parts = vec![
            safety_in(a, m),
            standing(a, m),
            needs(a, m),
            next_step(a, m),
            weighing(a, m),
        ];
        parts.push(part(
            "facts",
            &m.get("part-facts"),
            hard_facts(a, m).into_iter(),
        ));
        parts.push(part(
            "situation",
            &m.get("part-situation"),
            a.situation.iter().map(fact_item),
        ));
        let mut programs: Vec<Item> = a
            .programs
            .iter()
            .map(|p| Item::Bullet { text: p.clone() })
            .collect();
        if !programs.is_empty() {
            programs.push(Item::Para {
                text: m.get("programs-estimates"),
            });
        }
        parts.push(part(
            "programs",
            &m.get("part-programs"),
            programs.into_iter(),
        ));
        parts.push(part(
            "notes",
            &m.get("part-notes"),
            a.notes.iter().map(|n| Item::Quote {
                label: own_words(&n.section, m),
                text: n.text.clone(),
            }),
        ));
        parts.push(part(
            "top",
            &m.get("part-top"),
            a.top_points().map(|p| Item::Numbered {
                text: p.text.clone(),
            }),
        ));
        for (id, title, who) in [
            ("therapist", "part-therapist", Audience::Therapist),
            ("programs", "part-ask-programs", Audience::Program),
            ("insurer", "part-insurer", Audience::Insurer),
            ("work", "part-work", Audience::Work),
        ] {
            parts.push(part(
                id,
                &m.get(title),
                a.checklist(who).map(|p| Item::Check {
                    text: p.text.clone(),
                }),
            ));
        }
        parts.push(part(
            "later",
            &m.get("part-later"),
            a.later_points().map(|p| Item::Check {
                text: p.text.clone(),
            }),
        ));
        parts.push(overview(a, m));
        parts.push(part(
            "open",
            &m.get("part-open"),
            a.open_by_section().iter().map(|g| Item::Bullet {
                text: format!("{} {}", crate::text::sentence(g.section), open_line(g, m)),
            }),
        ));
        parts.push(changes(a, m));
        if options.all_answers {
            parts.push(all_answers(a, m));
        }
        parts.retain(|p| !p.items.is_empty());
        let bank = |id: &str, more: &[(&str, fluent_bundle::FluentValue)]| {
            let mut args = vec![
                ("id", a.bank.id.as_str().into()),
                ("version", a.bank.version.as_str().into()),
            ];
            args.extend(more.iter().cloned());
            m.with(id, &args)
        };
        Document {
            lang: a.bank.language.clone(),
            title: m.with("summary-title", &[("bank", a.bank.title.as_str().into())]),
            byline,
            parts,
            footer: vec![
                a.disclaimer.clone(),
                match a.bank.last_reviewed.as_str() {
                    "" => bank("footer-bank", &[]),
                    day => bank(
                        "footer-bank-reviewed",
                        &[("date", m.display_day(day).into())],
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

/// The label of the person's own note. In English the part's heading ("In
/// your own words") says whose words they are; in another language the
/// note may be in a language other than the summary's, so its label says
/// it too: "Nota (escrito por usted):".
fn own_words(section: &str, m: &Messages) -> String {
    if m.lang() == Lang::En {
        return labelled(section);
    }
    let section = section.trim().trim_end_matches(':');
    format!("{section} {}:", m.get("own-words-mark"))
}

/// "Skipped: A. B? Not sure: C.", in the summary's language.
fn open_line(g: &crate::score::OpenGroup, m: &Messages) -> String {
    let list = |items: &[&str]| {
        items
            .iter()
            .map(|s| crate::text::sentence(s))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut parts = Vec::new();
    if !g.skipped.is_empty() {
        parts.push(m.with("open-skipped", &[("list", list(&g.skipped).into())]));
    }
    if !g.not_sure.is_empty() {
        parts.push(m.with("open-not-sure", &[("list", list(&g.not_sure).into())]));
    }
    parts.join(" ")
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
fn hard_facts(a: &Assessment, m: &Messages) -> Vec<Item> {
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
                text: m.with("weighs-against", &[("options", m.and_list(against).into())]),
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
/// the reminder of where help is ("Help now: call or text 988"). In the
/// language of the bank it was scored against.
pub(crate) fn safety(a: &Assessment) -> Part {
    safety_in(a, &Messages::new(Lang::of(&a.bank.language)))
}

/// The safety part in the summary's language.
fn safety_in(a: &Assessment, m: &Messages) -> Part {
    let s = &a.safety;
    let mut items = Vec::new();
    if s.status.reminds() {
        if let Some(r) = a.crisis.resources.first() {
            items.push(Item::Para {
                text: m.help_now(r.call.as_deref(), r.text.as_deref(), r.web.as_deref()),
            });
        }
    }
    // One line each; when they were answered is in the byline.
    for q in &s.questions {
        let value = match (q.status, &q.answer) {
            (SafetyStatus::Skipped, _) => m.get("safety-skipped"),
            (SafetyStatus::NotAsked, _) => m.get("safety-not-reached"),
            (_, Some(answer)) => answer.clone(),
            (_, None) => m.get("safety-no-answer"),
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
    items.extend(a.crisis.resources.iter().map(|r| resource(r, m)));
    Part {
        id: "safety",
        title: if s.flagged {
            m.get("part-safety-flagged")
        } else {
            m.get("part-safety")
        },
        alert: s.flagged,
        items,
    }
}

fn resource(r: &ResourceInfo, m: &Messages) -> Item {
    let mut links = Vec::new();
    let digits = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect()
    };
    if let Some(n) = r.call.as_deref().map(digits).filter(|d| !d.is_empty()) {
        links.push(Link {
            label: m.with(
                "link-call",
                &[("number", r.call.as_deref().unwrap_or_default().into())],
            ),
            href: format!("tel:{n}"),
        });
    }
    if let Some(n) = r.text.as_deref().map(digits).filter(|d| !d.is_empty()) {
        links.push(Link {
            label: m.with(
                "link-text",
                &[("number", r.text.as_deref().unwrap_or_default().into())],
            ),
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
        // "Call 988 · Text 988 · https://…", in the summary's language.
        reach: m.reach(r.call.as_deref(), r.text.as_deref(), r.web.as_deref()),
        note: r.note.clone(),
        links,
    }
}

/// Once a choice is made (an option named, and "I've already decided"),
/// the next step: the weekly check-in during care, whatever care it is.
fn next_step(a: &Assessment, m: &Messages) -> Part {
    let decided = a.leaning.is_some()
        && a.standing.iter().any(|f| {
            f.role.as_deref() == Some("decision_stage")
                && a.answers.get(&f.id).and_then(|v| v.as_str()) == Some("decided")
        });
    let items = decided.then(|| Item::Para {
        // Worded for every choice: someone who keeps weekly therapy has no
        // care that "starts".
        text: m.get("next-step"),
    });
    part("next", &m.get("part-next"), items.into_iter())
}

/// Where the person stands, in their own answers.
fn standing(a: &Assessment, m: &Messages) -> Part {
    part(
        "standing",
        &m.get("part-standing"),
        a.standing.iter().map(fact_item),
    )
}

/// What the person still needs before deciding: how many of the readiness
/// questions they answered yes, and one next step for each other one.
fn needs(a: &Assessment, m: &Messages) -> Part {
    let mut items = Vec::new();
    if let Some(r) = a.readiness.as_ref().filter(|r| r.asked > 0) {
        items.push(Item::Para {
            text: if r.met == r.asked {
                m.with("needs-all", &[("asked", r.asked.into())])
            } else {
                m.with(
                    "needs-some",
                    &[("met", r.met.into()), ("asked", r.asked.into())],
                )
            },
        });
        items.extend(r.needs.iter().map(|n| {
            let label = labelled(&n.label);
            let answer = crate::text::sentence(&n.answer);
            Item::Check {
                text: match &n.step {
                    Some(step) => m.with(
                        "needs-step",
                        &[
                            ("label", label.into()),
                            ("answer", answer.into()),
                            ("step", step.as_str().into()),
                        ],
                    ),
                    None => m.with(
                        "needs-no-step",
                        &[("label", label.into()), ("answer", answer.into())],
                    ),
                },
            }
        }));
    }
    part("needs", &m.get("part-needs"), items.into_iter())
}

/// The leaning option and its main alternative, with what points to each.
/// What points to both is said once, under both names.
fn weighing(a: &Assessment, m: &Messages) -> Part {
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
                label: m.with("weighing-reasons", &[("option", label.as_str().into())]),
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
                label: m.with("weighing-answers", &[("option", label.as_str().into())]),
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
            m.with(
                "weighing-leaning",
                &[("option", w.option.label.as_str().into())],
            )
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
            m.with(
                "weighing-both",
                &[
                    ("first", x.option.label.as_str().into()),
                    ("second", y.option.label.as_str().into()),
                ],
            ),
            shared_reasons.iter().collect(),
            shared_answers.iter().collect(),
        );
    }
    if items.is_empty() && !a.weighing.is_empty() {
        items.push(Item::Para {
            text: m.get("weighing-none"),
        });
    }
    part("weighing", &m.get("part-weighing"), items.into_iter())
}

/// The considerations at a glance: what the answers show, never a verdict.
fn overview(a: &Assessment, m: &Messages) -> Part {
    let mut items = vec![Item::Para {
        text: m.get("overview-intro"),
    }];
    for s in &a.sections {
        let mut counts = vec![m.with("overview-answered", &[("count", s.answered.into())])];
        if s.open > 0 {
            counts.push(m.with("overview-open", &[("count", s.open.into())]));
        }
        if s.to_find_out > 0 {
            counts.push(m.with("overview-to-find-out", &[("count", s.to_find_out.into())]));
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
    part("overview", &m.get("part-overview"), items.into_iter())
}

fn changes(a: &Assessment, m: &Messages) -> Part {
    let mut items = Vec::new();
    if !a.changes.is_empty() {
        items.push(Item::Para {
            text: m.get("changes-intro"),
        });
        items.extend(a.changes.iter().map(|c| Item::Bullet {
            text: m.with(
                "changes-item",
                &[
                    ("question", crate::text::sentence(&c.question).into()),
                    ("before", c.before.as_str().into()),
                    ("now", c.now.as_str().into()),
                ],
            ),
        }));
    }
    part("changes", &m.get("part-changes"), items.into_iter())
}

/// Every other answer, in bank order. Answers already shown above (the
/// safety answer, where the person stands, their facts, notes, and the
/// skipped or not-sure list) are not printed twice.
fn all_answers(a: &Assessment, m: &Messages) -> Part {
    let above = |l: &&crate::score::AnswerLine| {
        a.safety.questions.iter().any(|q| q.id == l.id)
            || a.standing.iter().chain(&a.facts).any(|f| f.id == l.id)
            || a.open_items.iter().any(|o| o.question == l.question)
            || l.answer
                .as_deref()
                .is_some_and(|t| a.notes.iter().any(|n| n.text == t.trim()))
    };
    let mut items = vec![Item::Para {
        text: m.get("answers-intro"),
    }];
    items.extend(
        a.all_answers
            .iter()
            .filter(|l| !above(l))
            .map(|l| Item::Field {
                label: labelled(&l.question),
                value: l.answer.clone().unwrap_or_else(|| m.get("answer-skipped")),
                usual: None,
            }),
    );
    part("answers", &m.get("part-answers"), items.into_iter())
}
