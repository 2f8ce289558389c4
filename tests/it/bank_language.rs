//! The built-in bank's words: plain (about US grade 6-8 or easier, by the
//! Flesch-Kincaid formula), free of assumptions about gender, relationships,
//! family, money or diagnosis, and citing a source for every number about IOP.

use crate::common;

use common::grade;
use iop_check::bank::{Audience, Bank, Kind, Role, Urgency, builtin};

fn bank() -> Bank {
    builtin().expect("the built-in bank is valid")
}

#[test]
fn the_grade_estimate_can_tell_hard_text_from_easy() {
    assert!(grade(&["You can skip any question. It is fine."]) < 3.0);
    assert!(
        grade(&[
            "Comprehensive interdisciplinary psychotherapeutic interventions necessitate considerable organizational accommodation."
        ]) > 12.0
    );
}

#[test]
fn reading_level_is_grade_8_or_easier() {
    let b = bank();
    let prompts: Vec<&str> = b.questions().map(|(_, q)| q.prompt.as_str()).collect();
    let help: Vec<&str> = b
        .questions()
        .filter_map(|(_, q)| q.help.as_deref())
        .collect();
    let labels: Vec<&str> = b
        .questions()
        .flat_map(|(_, q)| q.options.iter().map(|o| o.label.as_str()))
        .collect();
    let points: Vec<&str> = b
        .questions()
        .flat_map(|(_, q)| q.options.iter().filter_map(|o| o.talking_point.as_deref()))
        .collect();
    let opening: Vec<&str> = b.opening.iter().map(|o| o.text.as_str()).collect();
    let why: Vec<&str> = b.sections.iter().map(|s| s.why.as_str()).collect();
    let mut crisis = vec![
        b.crisis.intro.as_str(),
        b.crisis.after_answer.as_str(),
        b.disclaimer.as_str(),
    ];
    crisis.extend(b.crisis.right_now.iter().map(String::as_str));
    crisis.extend(b.scope.as_deref());
    for (what, texts) in [
        ("prompts", prompts),
        ("help", help),
        ("option labels", labels),
        ("talking points", points),
        ("opening", opening),
        ("why this matters", why),
        ("crisis, scope and disclaimer", crisis),
    ] {
        let g = grade(&texts);
        assert!(g <= 8.0, "{what}: grade {g:.1}");
    }
}

#[test]
fn no_assumptions_about_the_person() {
    const ASSUMING: &[&str] = common::ASSUMING_WORDS;
    let b = bank();
    let mut texts: Vec<(String, &str)> = Vec::new();
    for (s, q) in b.questions() {
        texts.push((format!("{}/{}", s.id, q.id), q.prompt.as_str()));
        if let Some(h) = &q.help {
            texts.push((format!("{}/{} help", s.id, q.id), h));
        }
        for o in q.options.iter() {
            texts.push((format!("{}/{}/{}", s.id, q.id, o.id), o.label.as_str()));
            if let Some(t) = &o.talking_point {
                texts.push((format!("{}/{}/{} point", s.id, q.id, o.id), t));
            }
        }
    }
    for o in &b.opening {
        texts.push((format!("opening/{}", o.id), o.text.as_str()));
    }
    for (place, text) in texts {
        for word in text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
        {
            let w = word.to_lowercase();
            assert!(
                !ASSUMING.contains(&w.as_str()),
                "{place}: \"{word}\" in \"{text}\""
            );
        }
    }
}

#[test]
fn numbers_about_iop_cite_a_source() {
    let b = bank();
    let factual = |t: &str| {
        let t = t.to_lowercase();
        t.chars().any(|c| c.is_ascii_digit())
            && ["hour", "day", "week", "%", "since", "cost"]
                .iter()
                .any(|k| t.contains(k))
    };
    for o in &b.opening {
        if factual(&o.text) {
            assert!(
                !o.sources.is_empty(),
                "opening \"{}\" states a fact with no source",
                o.id
            );
        }
    }
    for (_, q) in b.questions() {
        let text = format!("{} {}", q.prompt, q.help.as_deref().unwrap_or(""));
        if factual(&text) {
            assert!(
                !q.sources.is_empty(),
                "question \"{}\" states a fact with no source: {text}",
                q.id
            );
        }
    }
    for s in &b.sources {
        assert!(s.url.starts_with("https://"), "{}", s.url);
    }
}

#[test]
fn the_seven_considerations_in_order() {
    let b = bank();
    let considerations: Vec<&iop_check::bank::Section> = b
        .sections
        .iter()
        .filter(|s| s.kind == iop_check::bank::SectionKind::Consideration)
        .collect();
    let ids: Vec<&str> = considerations.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "therapist",
            "goals",
            "commitment",
            "programs",
            "support",
            "costs",
            "gut-feeling"
        ]
    );
    for s in &considerations {
        assert!(
            (4..=8).contains(&s.questions.len()),
            "{}: {}",
            s.id,
            s.questions.len()
        );
    }
    let total: usize = considerations.iter().map(|s| s.questions.len()).sum();
    assert!((35..=55).contains(&total), "{total}");
    // The safety check comes first, and the crisis resources name 988.
    assert!(b.sections[0].questions[0].safety);
    assert!(
        b.crisis
            .resources
            .iter()
            .any(|r| r.call.as_deref() == Some("988"))
    );
}

/// Sentences that say nothing about the question they stand under.
const STOCK_HELP: &[&str] = &[
    "there is no extra help",
    "no extra help",
    "answer as best you can",
    "no help for this question",
];

#[test]
fn every_question_has_help_that_helps() {
    let b = bank();
    let mut seen: Vec<(&str, &str)> = Vec::new();
    for (_, q) in b.questions() {
        let help = q.help.as_deref().unwrap_or("").trim();
        assert!(!help.is_empty(), "question \"{}\" has no help", q.id);
        let lower = help.to_lowercase();
        for stock in STOCK_HELP {
            assert!(
                !lower.contains(stock),
                "question \"{}\": stock help \"{help}\"",
                q.id
            );
        }
        assert!(
            help.split_whitespace().count() >= 8,
            "question \"{}\": help too short to help: \"{help}\"",
            q.id
        );
        assert_ne!(
            help,
            q.prompt.trim(),
            "question \"{}\": help repeats the prompt",
            q.id
        );
        if let Some((other, _)) = seen.iter().find(|(_, h)| *h == help) {
            panic!("questions \"{other}\" and \"{}\" share the same help", q.id);
        }
        seen.push((q.id.as_str(), help));
    }
}

#[test]
fn none_options_on_checklists_are_exclusive() {
    let b = bank();
    let mut found = 0;
    for (_, q) in b.questions().filter(|(_, q)| q.kind == Kind::Checklist) {
        for o in q.options.iter() {
            let none_like = o.label.starts_with("None") || o.label.starts_with("I'd rather");
            if none_like {
                found += 1;
                assert!(
                    o.exclusive,
                    "{}/{}: \"{}\" means none of the others, so it must be `exclusive`",
                    q.id, o.id, o.label
                );
            } else {
                assert!(
                    !o.exclusive,
                    "{}/{}: \"{}\" is exclusive but is not a \"none\" answer",
                    q.id, o.id, o.label
                );
            }
        }
    }
    assert!(
        found >= 2,
        "expected the conflicts and support checklists to have a none option"
    );
}

/// Where the cursor starts, the way the terminal places it: the question's
/// `default`, else the middle of a scale with three or more scored points,
/// else the first option.
fn start(q: &iop_check::bank::Question) -> usize {
    if let Some(i) = q
        .default
        .as_deref()
        .and_then(|d| q.options.iter().position(|o| o.id == d))
    {
        return i;
    }
    let scored: Vec<usize> = (0..q.options.len())
        .filter(|&i| q.options[i].score.is_some())
        .collect();
    if q.kind == Kind::Scale && scored.len() >= 3 {
        return scored[scored.len() / 2];
    }
    0
}

#[test]
fn pressing_enter_at_once_never_records_an_extreme() {
    let b = bank();
    for (_, q) in b
        .questions()
        .filter(|(_, q)| matches!(q.kind, Kind::Choice | Kind::Scale | Kind::YesNo) && !q.safety)
    {
        if let Some(d) = &q.default {
            assert!(
                q.options.iter().any(|o| &o.id == d),
                "{}: default \"{d}\" is not an option",
                q.id
            );
        }
        let scores: Vec<u8> = q.options.iter().filter_map(|o| o.score).collect();
        if scores.len() < 2 {
            continue;
        }
        let (lo, hi) = (*scores.iter().min().unwrap(), *scores.iter().max().unwrap());
        let o = &q.options[start(q)];
        if let Some(s) = o.score {
            assert!(
                s != lo && s != hi,
                "{}: the cursor starts on \"{}\" (score {s}), an extreme; set `default`",
                q.id,
                o.label
            );
        }
    }
}

#[test]
fn option_cards_weigh_every_option_alike_and_cite_sources() {
    let b = bank();
    let cards: Vec<&iop_check::bank::TextItem> = b
        .opening
        .iter()
        .filter(|o| o.id.starts_with("option-"))
        .collect();
    assert!(cards.len() >= 5, "{} option cards", cards.len());
    let words = |t: &str| t.split_whitespace().count();
    for c in &cards {
        assert!(c.text.contains("Good:"), "{}: no \"Good:\"", c.id);
        assert!(c.text.contains("Harder:"), "{}: no \"Harder:\"", c.id);
        assert!(
            c.text.find("Good:") < c.text.find("Harder:"),
            "{}: \"Good:\" should come before \"Harder:\"",
            c.id
        );
        assert!(!c.sources.is_empty(), "{}: no source", c.id);
        // As many points on each side: the parts after "Good:" and after
        // "Harder:" list the same number of items.
        let good = &c.text[c.text.find("Good:").unwrap()..c.text.find("Harder:").unwrap()];
        let harder = &c.text[c.text.find("Harder:").unwrap()..];
        let items = |t: &str| t.matches(',').count() + 1;
        assert_eq!(
            items(good),
            items(harder),
            "{}: {} good points but {} harder ones",
            c.id,
            items(good),
            items(harder)
        );
    }
    let lens: Vec<usize> = cards.iter().map(|c| words(&c.text)).collect();
    let (min, max) = (*lens.iter().min().unwrap(), *lens.iter().max().unwrap());
    assert!(
        max * 10 <= min * 13,
        "option cards differ too much in length: {lens:?} words"
    );
    // The whole opening stays short for a tired reader.
    assert!(b.opening.len() <= 8, "{} opening cards", b.opening.len());
    for o in &b.opening {
        assert!(words(&o.text) <= 90, "{}: {} words", o.id, words(&o.text));
        assert!(
            !o.text.contains("type ?"),
            "{}: `?` does nothing on choice lists",
            o.id
        );
    }
    // IOP's own cards name its costs, not only its time.
    let iop = cards
        .iter()
        .find(|c| c.id == "option-iop-in-person")
        .expect("an in-person IOP card");
    let harder = iop.text[iop.text.find("Harder:").unwrap()..].to_lowercase();
    for cost in [
        "time",
        "travel",
        "work or study",
        "group",
        "cost",
        "waitlist",
    ] {
        assert!(harder.contains(cost), "IOP's harder side leaves out {cost}");
    }
    // What is known about effectiveness, with its source.
    let known = b
        .opening
        .iter()
        .find(|o| o.sources.iter().any(|s| s == "mccarty-2014"))
        .expect("a card on what research says, citing the 2014 review");
    assert!(known.text.contains("less research"), "{}", known.text);
}

#[test]
fn after_a_crisis_answer_988_comes_before_the_therapist() {
    let b = bank();
    let text = b.crisis.after_answer.to_lowercase();
    let n988 = text.find("988").expect("after_answer names 988");
    let therapist = text
        .find("therapist")
        .expect("after_answer names the therapist");
    assert!(n988 < therapist, "988 must come first: {text}");
    assert!(text.contains("911"), "{text}");
    assert!(
        b.crisis.right_now.len() >= 3,
        "a few short steps for right now"
    );
    assert!(
        b.crisis
            .right_now
            .iter()
            .any(|s| s.to_lowercase().contains("safety plan"))
    );
}

#[test]
fn the_safety_questions_ask_one_thing_each_and_tell_apart_past_weeks_right_now_and_not_sure() {
    let b = bank();
    let safety: Vec<_> = b.questions().filter(|(_, q)| q.safety).collect();
    assert!(
        safety.iter().all(|(s, _)| s.id == b.sections[0].id),
        "the safety step comes first"
    );
    // One thing each: suicide or wishing to be dead; hurting yourself on
    // purpose; hurting someone else. Each asks about the past few weeks.
    let prompts: Vec<String> = safety
        .iter()
        .map(|(_, q)| q.prompt.to_lowercase())
        .collect();
    assert_eq!(prompts.len(), 3, "{prompts:#?}");
    let asks = |words: &[&str]| {
        prompts
            .iter()
            .filter(|p| words.iter().all(|w| p.contains(w)))
            .count()
    };
    assert_eq!(
        asks(&["killing yourself", "wished you were dead"]),
        1,
        "{prompts:#?}"
    );
    assert_eq!(asks(&["hurt yourself on purpose"]), 1, "{prompts:#?}");
    assert_eq!(asks(&["hurting someone else"]), 1, "{prompts:#?}");
    assert_eq!(
        asks(&["someone else", "yourself"]),
        0,
        "no question mixes two things"
    );
    assert_eq!(asks(&["past few weeks"]), 3);
    for (_, q) in &safety {
        let safe: Vec<&str> = q
            .options
            .iter()
            .filter(|o| !o.crisis)
            .map(|o| o.label.as_str())
            .collect();
        assert_eq!(safe, ["No"], "only \"No\" is a safe answer");
        // Past weeks, right now and not sure: one option each.
        for u in [Urgency::Past, Urgency::Now, Urgency::Unsure] {
            let n = q.options.iter().filter(|o| o.urgency == Some(u)).count();
            assert_eq!(n, 1, "{}: {u:?}", q.id);
        }
        assert!(
            q.options
                .iter()
                .any(|o| o.not_sure && o.urgency == Some(Urgency::Unsure))
        );
        assert!(q.default.is_none(), "{}: no pre-chosen answer", q.id);
        let help = q.help.as_deref().unwrap_or("");
        assert!(help.contains("988"), "{}: {help}", q.id);
        assert!(
            help.contains("stay on this computer"),
            "nothing implies someone reads the answers: {help}"
        );
        // A talking point for the therapist on "past few weeks".
        let past = q
            .options
            .iter()
            .find(|o| o.urgency == Some(Urgency::Past))
            .and_then(|o| o.talking_point.as_deref())
            .unwrap_or("");
        assert!(past.contains("therapist"), "{}: {past}", q.id);
    }
}

#[test]
fn the_safety_sources_are_honest_about_what_this_is_not() {
    let b = bank();
    let cited: Vec<&str> = b
        .questions()
        .filter(|(_, q)| q.safety)
        .flat_map(|(_, q)| q.sources.iter().map(String::as_str))
        .collect();
    assert!(cited.contains(&"nimh-asq"), "{cited:?}");
    for id in ["nimh-asq", "columbia-protocol"] {
        let s = b.sources.iter().find(|s| s.id == id).expect(id);
        assert!(
            s.title.contains("not a validated screening tool"),
            "{id}: {}",
            s.title
        );
        assert!(s.label.contains("this is not"), "{id}: {}", s.label);
    }
    // No source claims this check is a screening tool.
    for s in &b.sources {
        assert!(
            !s.label.to_lowercase().contains("screening toolkit"),
            "{}",
            s.label
        );
    }
}

#[test]
fn every_bank_lists_the_crisis_resources_with_988_first() {
    for path in [
        "questions/iop-decision.yaml",
        "questions/programs.yaml",
        "questions/progress.yaml",
    ] {
        let b = iop_check::bank::load_file(std::path::Path::new(&format!(
            "{}/{path}",
            env!("CARGO_MANIFEST_DIR")
        )))
        .unwrap_or_else(|e| panic!("{path}: {e:?}"));
        let r = &b.crisis.resources;
        let first = &r[0];
        assert_eq!(
            (first.call.as_deref(), first.text.as_deref()),
            (Some("988"), Some("988")),
            "{path}: 988 first"
        );
        assert!(
            first
                .web
                .as_deref()
                .unwrap_or("")
                .contains("988lifeline.org"),
            "{path}: chat"
        );
        let note = first.note.as_deref().unwrap_or("");
        assert!(note.contains("Press 1 for veterans"), "{path}: {note}");
        assert!(note.contains("Press 2 for Spanish"), "{path}: {note}");
        let find = |what: &str| {
            r.iter()
                .find(|x| x.name.contains(what))
                .unwrap_or_else(|| panic!("{path}: {what}"))
        };
        assert_eq!(find("Crisis Text Line").text.as_deref(), Some("741741"));
        assert_eq!(find("Emergency").call.as_deref(), Some("911"));
        let samhsa = find("SAMHSA National Helpline");
        assert_eq!(samhsa.call.as_deref(), Some("1-800-662-4357"));
        assert!(
            samhsa
                .name
                .contains("treatment referral, not for emergencies"),
            "{path}: {}",
            samhsa.name
        );
        assert!(
            r.iter()
                .any(|x| x.web.as_deref() == Some("https://findahelpline.com/")),
            "{path}: outside the US"
        );
        // 988 comes before the therapist in the words after an answer.
        for words in [
            Some(b.crisis.after_answer.as_str()),
            b.crisis.after_past.as_deref(),
            b.crisis.after_unsure.as_deref(),
        ]
        .into_iter()
        .flatten()
        {
            let lower = words.to_lowercase();
            if let Some(t) = lower.find("therapist") {
                assert!(lower.find("988").is_some_and(|n| n < t), "{path}: {words}");
            }
            assert!(
                !lower.contains("thank you for telling us"),
                "{path}: {words}"
            );
        }
    }
}

#[test]
fn the_crisis_text_is_at_or_below_grade_6() {
    for path in [
        "questions/iop-decision.yaml",
        "questions/programs.yaml",
        "questions/progress.yaml",
    ] {
        let b = iop_check::bank::load_file(std::path::Path::new(&format!(
            "{}/{path}",
            env!("CARGO_MANIFEST_DIR")
        )))
        .unwrap_or_else(|e| panic!("{path}: {e:?}"));
        let c = &b.crisis;
        let mut texts: Vec<&str> = vec![c.intro.as_str(), c.after_answer.as_str()];
        texts.extend(c.after_past.as_deref());
        texts.extend(c.after_unsure.as_deref());
        texts.extend(c.right_now.iter().map(String::as_str));
        texts.extend(c.resources.iter().filter_map(|r| r.note.as_deref()));
        // The program's own words around them.
        let reminder = iop_check::crisis::reminder(c);
        texts.push(&reminder);
        texts.push(iop_check::crisis::CALM_END);
        let g = grade(&texts);
        assert!(g <= 6.0, "{path}: crisis text at grade {g:.1}");
        // The safety questions themselves: prompts, help, answers, points.
        let mut safety: Vec<&str> = Vec::new();
        for (_, q) in b.questions().filter(|(_, q)| q.safety) {
            safety.push(&q.prompt);
            safety.extend(q.help.as_deref());
            for o in q.options.iter() {
                safety.push(&o.label);
                safety.extend(o.talking_point.as_deref());
            }
        }
        if !safety.is_empty() {
            let g = grade(&safety);
            assert!(g <= 6.0, "{path}: the safety questions at grade {g:.1}");
        }
        // Each response alone too.
        for (what, one) in [
            ("right now", vec![c.after_answer.as_str()]),
            ("past weeks", c.after_past.as_deref().into_iter().collect()),
            ("not sure", c.after_unsure.as_deref().into_iter().collect()),
        ] {
            let g = grade(&one);
            assert!(g <= 6.0, "{path}: {what} at grade {g:.1}: {one:?}");
        }
    }
}

#[test]
fn the_leaning_question_lists_every_option() {
    let b = bank();
    let leaning: Vec<_> = b
        .questions()
        .filter(|(_, q)| q.role == Some(Role::Leaning))
        .collect();
    assert_eq!(leaning.len(), 1, "exactly one leaning question");
    let (s, q) = leaning[0];
    assert_eq!(s.id, "deciding");
    assert_eq!(q.kind, Kind::Choice);
    assert!(q.cards, "its help shows the option cards again");
    assert!(q.options.len() >= 6, "{} options", q.options.len());
    let labels: Vec<String> = q.options.iter().map(|o| o.label.to_lowercase()).collect();
    for want in [
        "weekly therapy",
        "iop in person",
        "iop online",
        "partial hospitalization",
        "something else",
        "not sure",
    ] {
        assert!(
            labels.iter().any(|l| l.contains(want)),
            "the leaning question leaves out \"{want}\": {labels:?}"
        );
    }
    assert!(q.options.iter().any(|o| o.not_sure));
}

#[test]
fn the_bank_says_where_it_applies() {
    let b = bank();
    let scope = b.scope.as_deref().expect("the bank has a `scope`");
    assert!(scope.contains("United States"), "{scope}");
}

#[test]
fn talking_points_differ_per_answer_and_fit_their_audience() {
    let b = bank();
    for (s, q) in b.questions() {
        let points: Vec<(&str, &str)> = q
            .options
            .iter()
            .filter_map(|o| o.talking_point.as_deref().map(|t| (o.id.as_str(), t)))
            .collect();
        for (i, (a, ta)) in points.iter().enumerate() {
            for (bid, tb) in &points[i + 1..] {
                assert_ne!(
                    ta, tb,
                    "{}: \"{a}\" and \"{bid}\" share a talking point",
                    q.id
                );
            }
        }
        let audience = q.ask.unwrap_or(s.ask);
        for (oid, t) in points {
            let t = t.to_lowercase();
            match audience {
                Audience::Program => assert!(
                    !t.contains("your therapist") && !t.contains("fmla"),
                    "{}/{oid}: a point for the program names the therapist: {t}",
                    q.id
                ),
                Audience::Therapist => assert!(
                    !t.starts_with("ask the program") && !t.starts_with("ask your plan"),
                    "{}/{oid}: a point for the therapist starts like one for someone else: {t}",
                    q.id
                ),
                Audience::Insurer => assert!(
                    !t.contains("your therapist") && !t.starts_with("ask the program"),
                    "{}/{oid}: a point for the insurer: {t}",
                    q.id
                ),
                // Leave, schedules and changes at work are for an employer
                // or HR; the therapist only fills in a form.
                Audience::Work => assert!(
                    t.contains("hr") || t.contains("employer"),
                    "{}/{oid}: a point for work names neither HR nor the employer: {t}",
                    q.id
                ),
            }
        }
    }
}

#[test]
fn the_quick_path_has_about_fifteen_core_questions() {
    let b = bank();
    let core: Vec<&str> = b
        .questions()
        .filter(|(_, q)| q.core)
        .map(|(_, q)| q.id.as_str())
        .collect();
    assert!(
        (12..=18).contains(&core.len()),
        "{} core questions: {core:?}",
        core.len()
    );
    // Where the person stands, and all four readiness needs: the quick
    // path can still say what the person still needs.
    for id in [
        "decision-stage",
        "leaning",
        "free-to-choose",
        "ready-informed",
        "ready-values",
        "ready-help",
        "ready-sure",
    ] {
        assert!(
            core.contains(&id),
            "{id} should be on the quick path: {core:?}"
        );
    }
}
