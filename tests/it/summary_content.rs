//! What the summary says, read from the real binary's output for contrasting
//! answer sets: keen on an IOP in person; decided on weekly therapy; close
//! to partial hospitalization with many free hours; worried about cost and
//! time with few free hours and online preferred; ambivalent with many "not
//! sure" answers; feeling pushed. The summary follows each person's own
//! leaning and never pushes toward or away from any option. The therapist
//! reading it has one minute: the person's own words and facts come first,
//! no verdict, no sentence twice.

use crate::common;

use std::collections::{HashMap, HashSet};

use common::Run;
use serde_json::{Value, json};

/// A keen person leaning to an IOP in person: every question answered,
/// mostly the easy way.
fn keen() -> Value {
    json!({
        "safe-now": "no",
        "hurt-self": "no",
        "harm-others": "no",
        "decision-stage": "close",
        "leaning": "iop-in-person",
        "decision-role": "with-therapist",
        "decision-by": "next-session",
        "why-now": "agree",
        "hoped-change": "agree",
        "other-options": "yes",
        "weekly-sessions": "yes",
        "after-iop": "yes",
        "share-doubts": "agree",
        "therapist-notes": "I want to know if group work is the main part.",
        "goals-clear": "strongly-agree",
        "weekly-enough": "disagree",
        "structure-fits": "agree",
        "open-to-groups": "agree",
        "practice-skills": "strongly-agree",
        "make-room": "agree",
        "hours-free": 12,
        "conflicts": ["none"],
        "energy-worry": "disagree",
        "willing-priority": "strongly-agree",
        "know-a-program": "yes",
        "length-schedule": "agree",
        "format": "either",
        "methods": "agree",
        "measure-progress": "agree",
        "licensed": "yes",
        "someone-knows": "yes",
        "practical-help": "agree",
        "someone-harder": "disagree",
        "support-wanted": ["check-ins"],
        "ask-for-support": "agree",
        "has-insurance": "yes",
        "plan-covers": "yes",
        "in-network": "yes",
        "prior-auth": "yes",
        "own-cost": "agree",
        "time-off": "maybe",
        "extra-costs": "disagree",
        "picture-starting": "hopeful",
        "some-hope": "strongly-agree",
        "unspoken-fears": "disagree",
        "next-step-feel": "feels-right",
        "free-to-choose": "strongly-agree",
        "value-structure": "a-lot",
        "value-skills": "a-lot",
        "value-community": "a-lot",
        "value-cost": "some",
        "value-time": "not-much",
        "ready-informed": "yes",
        "ready-values": "yes",
        "ready-help": "yes",
        "ready-sure": "partly"
    })
}

fn with(mut base: Value, changes: Value) -> Value {
    for (k, v) in changes.as_object().expect("an object") {
        base[k] = v.clone();
    }
    base
}

fn without(mut base: Value, ids: &[&str]) -> Value {
    if let Some(m) = base.as_object_mut() {
        for id in ids {
            m.remove(*id);
        }
    }
    base
}

/// The questions asked only to someone who knows of a program.
const ABOUT_A_PROGRAM: [&str; 5] = [
    "length-schedule",
    "methods",
    "measure-progress",
    "licensed",
    "in-network",
];

/// Has decided to keep weekly therapy: very sure, and IOP does not feel right.
fn weekly() -> Value {
    without(
        with(
            keen(),
            json!({
                "decision-stage": "decided",
                "leaning": "weekly",
                "weekly-enough": "strongly-agree",
                "structure-fits": "disagree",
                "next-step-feel": "feels-wrong",
                "some-hope": "disagree",
                "picture-starting": "uneasy",
                "willing-priority": "disagree",
                "know-a-program": "no",
                "plan-covers": "no",
                "prior-auth": "no",
                "own-cost": "disagree",
                "value-structure": "not-much",
                "value-skills": "some",
                "value-community": "not-much",
                "value-cost": "a-lot",
                "value-time": "a-lot",
                "value-continuity": "a-lot",
                "value-my-week": "a-lot",
                "ready-sure": "yes"
            }),
        ),
        &ABOUT_A_PROGRAM,
    )
}

/// Close to partial hospitalization, with many free hours.
fn php() -> Value {
    without(
        with(
            keen(),
            json!({
                "leaning": "php",
                "hours-free": 30,
                "weekly-enough": "strongly-disagree",
                "know-a-program": "no",
                "plan-covers": "no",
                "value-more-help": "a-lot",
                "value-whole-person": "a-lot",
                "value-cost": "not-much"
            }),
        ),
        &ABOUT_A_PROGRAM,
    )
}

/// Worried about cost and time: 4 free hours, online preferred, barriers.
fn worried() -> Value {
    without(
        with(
            keen(),
            json!({
                "leaning": "iop-online",
                "hours-free": 4,
                "format": "virtual",
                "conflicts": ["work", "caregiving", "transport"],
                "time-off": "no",
                "make-room": "disagree",
                "know-a-program": "no",
                "plan-covers": "no",
                "own-cost": "strongly-disagree",
                "extra-costs": "strongly-agree",
                "energy-worry": "agree",
                "support-wanted": ["rides", "care-help"],
                "costs-notes": "My copay was 40 dollars a visit last year.",
                "value-cost": "a-lot",
                "value-keep-work": "a-lot",
                "value-privacy": "a-lot"
            }),
        ),
        &ABOUT_A_PROGRAM,
    )
}

/// Ambivalent: "not sure" wherever the bank offers it, leaning included.
fn ambivalent() -> Value {
    let mut v = with(keen(), json!({ "decision-stage": "considering" }));
    for id in [
        "leaning",
        "why-now",
        "hoped-change",
        "other-options",
        "weekly-sessions",
        "after-iop",
        "share-doubts",
        "goals-clear",
        "weekly-enough",
        "structure-fits",
        "open-to-groups",
        "practice-skills",
        "make-room",
        "energy-worry",
        "willing-priority",
        "know-a-program",
        "length-schedule",
        "format",
        "methods",
        "someone-harder",
        "ask-for-support",
        "own-cost",
        "time-off",
        "some-hope",
        "unspoken-fears",
        "next-step-feel",
        "free-to-choose",
        "ready-sure",
        "ready-informed",
        "value-structure",
        "value-skills",
        "value-community",
    ] {
        v[id] = json!("not-sure");
    }
    v["picture-starting"] = json!("mixed");
    v
}

/// Feels pushed: not sure which way, and their own feelings say no.
fn pushed() -> Value {
    with(
        keen(),
        json!({
            "leaning": "not-sure",
            "decision-stage": "considering",
            "next-step-feel": "feels-wrong",
            "free-to-choose": "strongly-disagree"
        }),
    )
}

/// Every answer set, by name.
fn everyone() -> Vec<(&'static str, Value)> {
    vec![
        ("keen", keen()),
        ("weekly", weekly()),
        ("php", php()),
        ("worried", worried()),
        ("ambivalent", ambivalent()),
        ("pushed", pushed()),
    ]
}

/// Runs the answers through the real binary in one format.
fn summary(answers: &Value, format: &str, extra: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("answers.json");
    std::fs::write(&file, answers.to_string()).expect("writes");
    let out = Run::new(["run", "--no-save", "--format", format, "--answers"])
        .arg(&file)
        .args(extra)
        .env("NO_COLOR", "1")
        .run();
    out.assert_code(0);
    out.stdout
}

fn json_of(answers: &Value) -> Value {
    serde_json::from_str(&summary(answers, "json", &[])).expect("JSON")
}

/// Text with wrapping undone: one line per item.
fn items(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.starts_with(' ') && !out.is_empty() {
            let last = out.last_mut().expect("an item");
            last.push(' ');
            last.push_str(line.trim());
        } else if !line.trim().is_empty() {
            out.push(line.trim().to_string());
        }
    }
    out
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every sentence of five words or more, normalised, with its count.
fn repeated_sentences(lines: &[String]) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for line in lines {
        let line = line.trim_start_matches(['-', '*', '[', ']', ' ']);
        // A numbered item's "3. " is not part of its sentence.
        let digits = line.chars().take_while(char::is_ascii_digit).count();
        let line = match line[digits..].strip_prefix(". ") {
            Some(rest) if digits > 0 => rest,
            _ => line,
        };
        // Only whole sentences: a label or a table cell ("Yes", a band's
        // words) may stand more than once.
        for s in line
            .split_inclusive(['.', '?', '!'])
            .filter(|s| s.trim_end().ends_with(['.', '?', '!']))
        {
            let norm: String = s
                .replace(['\\', '*', '“', '”', '"'], "")
                .trim()
                .to_lowercase();
            if norm.split_whitespace().count() >= 5 {
                *seen.entry(norm).or_default() += 1;
            }
        }
    }
    let mut twice: Vec<String> = seen
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(s, _)| s)
        .collect();
    twice.sort();
    twice
}

fn html_lines(html: &str) -> Vec<String> {
    let body = &html[html.find("<body>").unwrap_or(0)..];
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push('\n');
            }
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&ldquo;", "\"")
        .replace("&rdquo;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
    items(&text)
}

/// The words a reader sees, on one line.
fn readable(out: &str, format: &str) -> String {
    match format {
        "html" => html_lines(out).join(" "),
        "markdown" => flat(&out.replace('\\', "").replace("**", "")),
        _ => flat(out),
    }
}

/// The talking points of a JSON summary: (kind, audience, text, top, later).
fn points(json: &Value) -> Vec<(String, String, String, bool, bool)> {
    json["talking_points"]
        .as_array()
        .expect("points")
        .iter()
        .map(|p| {
            (
                p["kind"].as_str().unwrap_or_default().to_string(),
                p["audience"].as_str().unwrap_or_default().to_string(),
                p["text"].as_str().unwrap_or_default().to_string(),
                p["top"] == true,
                p["later"] == true,
            )
        })
        .collect()
}

/// The text of one part of a text summary: its heading to the next one.
fn part<'a>(text: &'a str, heading: &str) -> Option<&'a str> {
    let start = text.find(&format!("\n{heading}\n"))? + 1;
    let rest = &text[start + heading.len() + 1..];
    // Headings stand alone on a line, after a blank one.
    let end = rest
        .match_indices("\n\n")
        .map(|(i, _)| i)
        .find(|&i| {
            rest[i + 2..]
                .lines()
                .next()
                .is_some_and(|l| !l.starts_with([' ', '-', '[']) && !l.is_empty())
        })
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

/// Content words, lowercased, for an independent word-overlap measure.
fn words(s: &str) -> HashSet<String> {
    const SMALL: &[&str] = &[
        "the",
        "and",
        "you",
        "your",
        "ask",
        "tell",
        "what",
        "how",
        "with",
        "for",
        "are",
        "about",
        "that",
        "this",
        "they",
        "them",
        "their",
        "would",
        "could",
        "therapist",
        "program",
        "programs",
    ];
    s.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.len() > 2 && !SMALL.contains(&w.as_str()))
        .collect()
}

fn jaccard(a: &str, b: &str) -> f64 {
    let (a, b) = (words(a), words(b));
    let union = a.union(&b).count().max(1);
    a.intersection(&b).count() as f64 / union as f64
}

#[test]
fn an_answer_for_the_persons_own_leaning_is_never_a_concern() {
    // Decided on weekly therapy: "weekly therapy is enough, strongly agree"
    // and "IOP does not feel right" support their own choice.
    let json = json_of(&weekly());
    assert_eq!(json["leaning"]["id"], "weekly");
    let all = points(&json);
    assert!(
        all.iter().all(|p| p.0 != "concern"),
        "no concern for a settled choice: {all:#?}"
    );
    let text = summary(&weekly(), "text", &[]);
    let lower = text.to_lowercase();
    for pushy in [
        "what iop would add",
        "worth trying",
        "how more sessions a week would help",
        "hardest",
    ] {
        assert!(!lower.contains(pushy), "{pushy}:\n{text}");
    }
    // The same answer weighs against the leaning of someone keen on an
    // IOP: there it is a concern.
    let keen_but_enough = with(keen(), json!({ "weekly-enough": "strongly-agree" }));
    let p = points(&json_of(&keen_but_enough));
    assert!(
        p.iter().any(|p| p.0 == "concern"
            && p.2 == "Tell your therapist you feel weekly therapy is enough for now, and why."),
        "{p:#?}"
    );
}

#[test]
fn talking_points_follow_the_stage_and_the_leaning() {
    let top = |json: &Value| -> Vec<String> {
        points(json)
            .into_iter()
            .filter(|p| p.3)
            .map(|p| p.2)
            .collect()
    };
    // Weekly therapy: the choice and the reasons, and the signs to watch.
    let t = top(&json_of(&weekly()));
    assert!(t[0].contains("keeping weekly therapy"), "{t:#?}");
    assert!(
        t.iter()
            .any(|p| p.contains("signs that would mean you need more support")),
        "{t:#?}"
    );
    // Partial hospitalization: points about PHP, first.
    let t = top(&json_of(&php()));
    assert!(t[0].contains("partial hospitalization"), "{t:#?}");
    assert!(
        t.iter().filter(|p| p.contains("PHP")).count() >= 2,
        "{t:#?}"
    );
    // An IOP in person: the practical questions for it.
    let t = top(&json_of(&keen()));
    assert!(t[0].contains("an IOP in person"), "{t:#?}");
    assert!(t.iter().any(|p| p.contains("travel time")), "{t:#?}");
    // Not sure yet: what would help decide.
    let t = top(&json_of(&ambivalent()));
    assert_eq!(
        t[0],
        "Tell your therapist you are not sure yet, and ask what would help you decide."
    );
    // Feeling pushed comes first of all.
    let t = top(&json_of(&pushed()));
    assert_eq!(
        t[0],
        "Tell your therapist if you feel pushed, and ask what all your options are."
    );
}

#[test]
fn program_and_insurer_lists_wait_while_no_intensive_option_is_in_play() {
    let text = summary(&weekly(), "text", &[]);
    assert!(part(&text, "To ask programs").is_none(), "{text}");
    assert!(part(&text, "To check with your insurance plan").is_none());
    let later = part(&text, "If you look into a more intensive option later")
        .unwrap_or_else(|| panic!("a later list:\n{text}"));
    let n = later.lines().filter(|l| l.starts_with("[ ]")).count();
    assert!((1..=5).contains(&n), "one short list: {later}");
    // Leaning to an IOP, or not sure yet: the lists are in play.
    for answers in [worried(), ambivalent()] {
        let text = summary(&answers, "text", &[]);
        assert!(part(&text, "If you look into a more intensive option later").is_none());
    }
    assert!(part(&summary(&worried(), "text", &[]), "To ask programs").is_some());
}

#[test]
fn every_option_the_bank_names_can_receive_points() {
    for (name, lean, words) in [
        ("weekly", "weekly", "weekly therapy"),
        ("in person", "iop-in-person", "IOP in person"),
        ("online", "iop-online", "IOP online"),
        ("php", "php", "partial hospitalization"),
        ("else", "something-else", "what else you have in mind"),
    ] {
        let json = json_of(&with(keen(), json!({ "leaning": lean })));
        let p = points(&json);
        assert!(
            p.iter().any(|p| p.0 == "leaning" && p.2.contains(words)),
            "{name}: {p:#?}"
        );
    }
}

#[test]
fn the_weigh_step_shows_reasons_for_the_leaning_and_its_alternative() {
    let json = json_of(&worried());
    let w = json["weighing"].as_array().expect("weighing");
    assert_eq!(w[0]["option"]["id"], "iop-online");
    assert_eq!(w[0]["leaning"], true);
    let reasons: Vec<&str> = w[0]["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(reasons.contains(&"Keeping your work, study and income as they are"));
    assert!(reasons.contains(&"Privacy, so few people need to know"));
    assert!(
        !reasons.contains(&"Keeping costs low"),
        "cost points elsewhere"
    );
    assert_eq!(w.len(), 2, "the main alternative too");
    let text = flat(&summary(&worried(), "text", &[]));
    assert!(
        text.contains("What matters to you that points to IOP online (the way you lean):"),
        "{text}"
    );
    // Decided on weekly therapy: their reasons point to it.
    let text = flat(&summary(&weekly(), "text", &[]));
    assert!(
        text.contains("What matters to you that points to Weekly therapy as it is (the way you lean): Keeping your week as it is; Staying with your own therapist"),
        "{text}"
    );
    // What points to both options weighed is said once, under both names.
    assert!(
        text.contains("What matters to you that points to both Weekly therapy as it is and Something else: Keeping costs low; Keeping the time care takes small"),
        "{text}"
    );
}

#[test]
fn the_values_step_can_point_any_way() {
    // The reasons a person rates cover every direction, the six program
    // benefits among them.
    let dir = tempfile::tempdir().expect("tempdir");
    let _ = dir;
    let text = std::fs::read_to_string(format!(
        "{}/questions/iop-decision.yaml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("the built-in bank");
    let bank: Value = serde_yaml::from_str(&text).expect("YAML");
    let values: Vec<&Value> = bank["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .flat_map(|s| s["questions"].as_array().expect("questions").iter())
        .filter(|q| q["role"] == "value")
        .collect();
    let ids: Vec<&str> = values.iter().filter_map(|q| q["id"].as_str()).collect();
    for id in [
        "value-cost",
        "value-time",
        "value-privacy",
        "value-keep-work",
        "value-continuity",
        "value-my-week",
        "value-structure",
        "value-community",
        "value-skills",
        "value-more-help",
        "value-flexibility",
        "value-whole-person",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    let toward: HashSet<String> = values
        .iter()
        .flat_map(|q| q["fit"]["high"]["toward"].as_array().into_iter().flatten())
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect();
    for option in ["weekly", "intensive", "iop-online", "something-else"] {
        assert!(toward.contains(option), "{option}: {toward:?}");
    }
}

#[test]
fn what_the_person_still_needs_is_counted_with_one_next_step_each() {
    let text = flat(&summary(&ambivalent(), "text", &[]));
    assert!(
        text.contains("You said yes to 2 of 4 questions about being ready to decide."),
        "{text}"
    );
    assert!(
        text.contains("Knowing the facts: I'm not sure. Next step:"),
        "{text}"
    );
    assert!(text.contains("Feeling sure about the best choice for you: I'm not sure. Next step:"));
    let json = json_of(&ambivalent());
    assert_eq!(json["readiness"]["met"], 2);
    assert_eq!(json["readiness"]["asked"], 4);
    let needs: Vec<&str> = json["readiness"]["needs"]
        .as_array()
        .expect("needs")
        .iter()
        .filter_map(|n| n["need"].as_str())
        .collect();
    assert_eq!(needs, ["informed", "sure"]);
    let text = flat(&summary(&weekly(), "text", &[]));
    assert!(text.contains("You said yes to all 4 questions about being ready to decide."));
    assert!(!text.contains("Next step:"), "{text}");
}

#[test]
fn summaries_stay_short_and_never_say_the_same_thing_twice() {
    for (name, answers) in everyone() {
        let json = json_of(&answers);
        let p: Vec<_> = points(&json)
            .into_iter()
            .filter(|p| p.0 != "safety")
            .collect();
        assert!(p.len() <= 15, "{name}: {} points", p.len());
        assert!(p.iter().filter(|p| p.3).count() <= 7, "{name}");
        for (i, a) in p.iter().enumerate() {
            for b in &p[i + 1..] {
                assert!(
                    jaccard(&a.2, &b.2) < 0.5,
                    "{name}: two points say the same thing:\n  {}\n  {}",
                    a.2,
                    b.2
                );
            }
        }
        for extra in [&[][..], &["--all-answers"][..]] {
            let text = summary(&answers, "text", extra);
            let twice = repeated_sentences(&items(&text));
            assert!(twice.is_empty(), "{name} text {extra:?}: {twice:#?}");
            let md = summary(&answers, "markdown", extra);
            let lines: Vec<String> = md.lines().map(str::to_string).collect();
            let twice = repeated_sentences(&lines);
            assert!(twice.is_empty(), "{name} markdown {extra:?}: {twice:#?}");
            let html = summary(&answers, "html", extra);
            let twice = repeated_sentences(&html_lines(&html));
            assert!(twice.is_empty(), "{name} html {extra:?}: {twice:#?}");
        }
        // "evening or online" once at most.
        let text = flat(&summary(&answers, "text", &[])).to_lowercase();
        assert!(text.matches("evening").count() <= 1, "{name}: {text}");
    }
}

#[test]
fn the_strongest_answers_are_in_the_default_summary() {
    let text = flat(&summary(&worried(), "text", &[]));
    let hard = text
        .find("What could make an option hard, in your answers")
        .expect("the part");
    let situation = text.find("Your situation").expect("situation");
    let group = text
        .find("Weighs against IOP in person and Partial hospitalization (PHP):")
        .expect("the options it weighs against");
    let strong = "Extra costs, like travel or paying for care for someone, would be hard for me. Strongly agree";
    let at = text
        .find(strong)
        .unwrap_or_else(|| panic!("{strong}\n{text}"));
    assert!(hard < group && group < at && at < situation, "{text}");
    // Neutral facts are the person's situation, not something hard.
    let neutral = text.find("Health insurance: Yes").expect("insurance");
    assert!(neutral > situation, "{text}");
    // A question that never counts for or against (weight 0) is no concern.
    let json = json_of(&with(worried(), json!({ "someone-knows": "no" })));
    let p = points(&json);
    let told = p
        .iter()
        .find(|p| {
            p.2.starts_with("If you want to, talk with your therapist about who you might tell")
        })
        .expect("the point");
    assert_ne!(told.0, "concern");
    assert!(!told.3, "not among the top points: {p:#?}");
}

#[test]
fn work_and_hr_have_their_own_checklist() {
    // Leave and schedule changes are for an employer or HR; the therapist
    // only fills in a form. With the top points full, the point goes to
    // its own list.
    let busy = with(
        worried(),
        json!({ "time-off": "not-sure", "free-to-choose": "disagree" }),
    );
    let text = summary(&busy, "text", &[]);
    let work = part(&text, "To ask at work or HR").unwrap_or_else(|| panic!("{text}"));
    assert!(work.contains("FMLA"), "{work}");
    for other in ["More to ask or tell your therapist", "To ask programs"] {
        assert!(
            !part(&text, other).unwrap_or_default().contains("FMLA"),
            "{other}"
        );
    }
    let json = json_of(&keen());
    assert!(
        points(&json)
            .iter()
            .any(|p| p.1 == "work" && p.2.contains("HR"))
    );
}

#[test]
fn checklist_points_are_addressed_to_their_audience() {
    for (name, answers) in everyone() {
        for p in points(&json_of(&answers)) {
            let t = &p.2;
            match p.1.as_str() {
                "program" | "insurer" => {
                    assert!(!t.contains("your therapist"), "{name} {}: {t}", p.1)
                }
                "therapist" => assert!(
                    !t.starts_with("Ask the program") && !t.starts_with("Call your plan"),
                    "{name} therapist: {t}"
                ),
                "work" => assert!(t.contains("HR") || t.contains("employer"), "{name}: {t}"),
                other => panic!("audience {other:?}"),
            }
        }
    }
}

#[test]
fn every_talking_point_has_one_home() {
    for (name, answers) in everyone() {
        let json = json_of(&answers);
        let text = flat(&summary(&answers, "text", &[]));
        for p in points(&json) {
            assert_eq!(text.matches(p.2.as_str()).count(), 1, "{name}: {}", p.2);
        }
    }
}

#[test]
fn the_order_is_safety_standing_needs_weighing_facts_words_points_checklists_overview() {
    let text = summary(&worried(), "text", &[]);
    let at = |h: &str| text.find(h).unwrap_or_else(|| panic!("{h} in:\n{text}"));
    let order = [
        "Safety, and help at any time",
        "Where you stand",
        "What you still need",
        "Weighing your options",
        "What could make an option hard, in your answers",
        "Your situation",
        "In your own words",
        "Talking points to bring",
        "To ask programs",
        "The considerations at a glance",
    ];
    for w in order.windows(2) {
        assert!(at(w[0]) < at(w[1]), "{} before {}", w[0], w[1]);
    }
}

#[test]
fn the_persons_own_facts_are_shown() {
    let text = flat(&summary(&worried(), "text", &[]));
    for fact in [
        "Weighs against IOP in person, IOP online and Partial hospitalization (PHP): - Hours a week you could free up: 4 hours a week (adult IOP is usually at least 9 hours a week) - What might get in the way: Work hours, if you work; Caring for someone who depends on you; Getting there and back",
        "Weighs against IOP in person: - Format you would prefer: Online (by video)",
        "Weighs against IOP in person and Partial hospitalization (PHP): - Time off work for a program: No",
        "Support you would want: Rides to and from care; Help caring for someone who depends on me",
        "Health insurance: Yes",
        "Costs and coverage: \u{201c}My copay was 40 dollars a visit last year.\u{201d}",
    ] {
        assert!(text.contains(fact), "{fact}\n in: {text}");
    }
    let md = summary(&worried(), "markdown", &[]);
    assert!(
        md.contains("- **Hours a week you could free up:** 4 hours a week"),
        "{md}"
    );
    let html = summary(&worried(), "html", &[]);
    assert!(html.contains("<strong>Format you would prefer:</strong> Online (by video)"));
    // A "no" to "do you know if your plan covers…" is a to-do, not a score.
    let to_do = points(&json_of(&worried()))
        .into_iter()
        .find(|p| p.2 == "Call your plan and ask: Is an IOP or a PHP covered, and what will I pay?")
        .expect("the plan question");
    assert_eq!(to_do.0, "to_do");
    assert_eq!(to_do.1, "insurer");
}

#[test]
fn numbers_and_verdicts_stay_out_of_the_human_formats() {
    for (name, answers) in everyone() {
        for format in ["text", "markdown", "html"] {
            let out = readable(&summary(&answers, format, &[]), format);
            for verdict in [
                "Looks ready",
                "Real concerns",
                "(score ",
                "Score",
                "hard parts in your answers",
                "right for you",
            ] {
                assert!(!out.contains(verdict), "{name} {format}: {verdict}");
            }
            assert!(out.contains("They are not a score of you, and not a verdict on any option."));
        }
    }
}

#[test]
fn the_overview_says_how_each_part_fits_the_options_being_weighed() {
    let json = json_of(&keen());
    let goals = json["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .find(|s| s["id"] == "goals")
        .expect("goals");
    let fit = goals["fit"].as_array().expect("fit");
    assert_eq!(fit[0]["option"]["id"], "iop-in-person");
    assert_eq!(fit[0]["band"], "fits");
    let text = flat(&summary(&keen(), "text", &[]));
    assert!(
        text.contains("Your treatment goals: IOP in person and IOP online: most answers here fit"),
        "{text}"
    );
    // The same answers read for someone leaning to weekly therapy: the
    // goals weigh against it, and one answer is too few to say so.
    let leaning_weekly = with(
        keen(),
        json!({ "leaning": "weekly", "structure-fits": "strongly-agree" }),
    );
    let json = json_of(&leaning_weekly);
    let goals = json["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .find(|s| s["id"] == "goals")
        .expect("goals");
    assert_eq!(goals["fit"][0]["option"]["id"], "weekly");
    assert_eq!(goals["fit"][0]["against"], 1);
    assert!(goals["fit"][0]["band"].is_null(), "{goals:#}");
    let text = flat(&summary(&leaning_weekly, "text", &[]));
    assert!(
        text.contains("Your treatment goals: IOP in person: most answers here fit; Weekly therapy as it is: too few answers to say"),
        "{text}"
    );
    // Many "not sure" answers: too few to say anything.
    let json = json_of(&ambivalent());
    let unsummed = json["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .filter(|s| {
            s["fit"]
                .as_array()
                .is_none_or(|f| f.iter().all(|f| f["band"].is_null()))
        })
        .count();
    assert!(unsummed >= 4, "{json:#}");
    let text = flat(&summary(&ambivalent(), "text", &[]));
    assert!(text.contains("Too few answers to sum up"), "{text}");
    assert!(text.contains("Skipped or not sure"));
}

/// The built-in bank's safety questions, with the start of each prompt.
const SAFETY: &[(&str, &str)] = &[
    ("safe-now", "or wished you were dead?"),
    ("hurt-self", "or felt the urge to?"),
    ("harm-others", "thoughts of hurting someone else?"),
];

#[test]
fn safety_statuses_now_past_unsure_no_and_skipped_are_told_apart_everywhere() {
    // (answer, status, the words shown, flagged)
    let cases = [
        ("yes", "now", None, true),
        (
            "past-weeks",
            "past",
            Some("Yes, in the past few weeks, but not right now"),
            true,
        ),
        ("unsure-safe", "unsure", Some("I'm not sure"), true),
        ("no", "no", Some("No"), false),
        ("skip", "skipped", Some("Skipped"), false),
    ];
    for (i, (id, prompt_end)) in SAFETY.iter().enumerate() {
        for (answer, status, words, flagged) in cases {
            let answers = with(keen(), json!({ *id: answer }));
            let json = json_of(&answers);
            let entry = &json["safety"]["questions"][i];
            assert_eq!(entry["id"], *id);
            assert_eq!(entry["status"], status, "{id} {answer}");
            assert_eq!(json["safety"]["status"], status, "{id} {answer}: overall");
            assert_eq!(json["safety"]["flagged"], flagged, "{id} {answer}");
            // The other safety questions keep their own "no".
            for (j, _) in SAFETY.iter().enumerate().filter(|(j, _)| *j != i) {
                assert_eq!(json["safety"]["questions"][j]["status"], "no");
            }
            if let Some(w) = words {
                assert_eq!(
                    entry["answer"],
                    if answer == "skip" {
                        Value::Null
                    } else {
                        json!(w)
                    }
                );
            }
            // FHIR carries the same status for each safety question.
            let fhir: Value =
                serde_json::from_str(&summary(&answers, "fhir", &[])).expect("FHIR JSON");
            let ext: Vec<&Value> = fhir["extension"]
                .as_array()
                .expect("extensions")
                .iter()
                .filter(|e| {
                    e["url"] == "https://iop-check.example/fhir/StructureDefinition/safety-status"
                })
                .collect();
            assert_eq!(ext.len(), SAFETY.len(), "{fhir}");
            assert_eq!(ext[i]["extension"][0]["valueString"], *id);
            assert_eq!(ext[i]["extension"][1]["valueCode"], status, "{id} {answer}");
            for format in ["text", "markdown", "html"] {
                let out = readable(&summary(&answers, format, &[]), format);
                let standing = out.find("Where you stand").expect("standing");
                if let Some(w) = words {
                    let said = format!("{prompt_end} {w}");
                    let at = out
                        .find(&said)
                        .unwrap_or_else(|| panic!("{format}: {said}\n{out}"));
                    assert!(at < standing, "{format}: the safety answers come first");
                }
                assert_eq!(out.contains("Your safety comes first"), flagged, "{format}");
                assert!(out.find("988").expect("988") < standing);
                // After any answer but "No", the reminder is in the first lines.
                let reminder = out.find("Help now: call or text 988");
                if status == "no" {
                    assert_eq!(reminder, None, "{format}: {id} {answer}");
                } else {
                    let at = reminder.unwrap_or_else(|| panic!("{format}: {id} {answer}\n{out}"));
                    assert!(at < out.find(prompt_end).expect("the question"), "{format}");
                }
            }
            let text = summary(&answers, "text", &[]);
            let first: Vec<&str> = text.lines().take(5).collect();
            assert_eq!(
                first
                    .iter()
                    .any(|l| l.contains("Help now: call or text 988")),
                status != "no",
                "{id} {answer}: {first:#?}"
            );
        }
    }
}

#[test]
fn the_quick_path_says_what_it_does_not_know() {
    let core: Value = json!({
        "safe-now": "no",
        "hurt-self": "no",
        "harm-others": "no",
        "decision-stage": "considering",
        "leaning": "iop-online",
        "why-now": "agree",
        "goals-clear": "agree",
        "weekly-enough": "disagree",
        "hours-free": 10,
        "conflicts": ["work"],
        "format": "virtual",
        "has-insurance": "yes",
        "time-off": "yes",
        "next-step-feel": "leaning-yes",
        "free-to-choose": "agree",
        "ready-informed": "partly",
        "ready-values": "yes",
        "ready-help": "yes",
        "ready-sure": "partly"
    });
    let json = json_of(&core);
    for s in json["sections"].as_array().expect("sections") {
        for f in s["fit"].as_array().expect("fit") {
            let bearing = f["toward"].as_u64().unwrap_or(0) + f["against"].as_u64().unwrap_or(0);
            assert!(
                bearing >= 2 || f["band"].is_null(),
                "summed up from one answer: {s:#}"
            );
        }
        assert_ne!(
            s["summary"], "Nothing left to find out in your answers",
            "{s:#}"
        );
    }
    let text = flat(&summary(&core, "text", &[]));
    assert!(text.contains("You said yes to 2 of 4"), "{text}");
}

#[test]
fn since_the_last_check_in_compares_only_questions_answered_both_times() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    // A full check-in, kept as iop-check keeps it.
    let before = summary(&keen(), "json", &[]);
    std::fs::create_dir_all(data.join("checkins")).expect("folder");
    std::fs::write(data.join("checkins/20261201-120000.json"), before).expect("writes");
    // A quick one later: four answers, two of them changed.
    let file = dir.path().join("answers.json");
    let later = json!({
        "safe-now": "no",
        "hurt-self": "no",
        "harm-others": "no",
        "leaning": "weekly",
        "weekly-enough": "agree",
        "ready-sure": "partly"
    });
    std::fs::write(&file, later.to_string()).expect("writes");
    let out = Run::new(["run", "--format", "json", "--answers"])
        .arg(&file)
        .env("IOP_CHECK_DATA_DIR", &data)
        .run();
    out.assert_code(0);
    let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
    let ids: Vec<&str> = v["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect();
    assert_eq!(ids, ["leaning", "weekly-enough"], "{:#}", v["changes"]);
    let text = flat(&summary_in(&later, &data));
    assert!(
        text.contains("Right now, which option are you leaning toward? Was: An IOP in person. Now: Keep weekly therapy as it is."),
        "{text}"
    );
    assert!(!text.contains("not scored this time"), "{text}");
}

/// A text summary made with a data folder, so it compares with the last
/// kept check-in there.
fn summary_in(answers: &Value, data: &std::path::Path) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("answers.json");
    std::fs::write(&file, answers.to_string()).expect("writes");
    let out = Run::new(["run", "--answers"])
        .arg(&file)
        .env("IOP_CHECK_DATA_DIR", data)
        .env("NO_COLOR", "1")
        .run();
    out.assert_code(0);
    out.stdout
}

#[test]
fn html_links_crisis_lines_and_takes_the_banks_language() {
    let html = summary(&keen(), "html", &[]);
    assert!(html.contains(r#"<a href="tel:988">Call 988</a>"#), "{html}");
    assert!(html.contains(r#"<a href="sms:741741">Text 741741</a>"#));
    assert!(html.contains("Free, at any hour. Press 1 for veterans. Press 2 for Spanish."));
    assert!(html.contains(r#"<html lang="en-US">"#));
    let dir = tempfile::tempdir().expect("tempdir");
    let bank = std::fs::read_to_string(common::fixture("small-bank.yaml"))
        .expect("bank")
        .replace("language: en-US", "language: es-MX");
    let bank_file = dir.path().join("bank.yaml");
    std::fs::write(&bank_file, bank).expect("writes");
    let answers = dir.path().join("answers.json");
    std::fs::write(&answers, r#"{"safe-now": "no"}"#).expect("writes");
    let out = Run::new(["run", "--no-save", "--format", "html", "--bank"])
        .arg(&bank_file)
        .arg("--answers")
        .arg(&answers)
        .run();
    out.assert_code(0);
    assert!(
        out.stdout.contains(r#"<html lang="es-MX">"#),
        "{}",
        out.stdout
    );
}

#[test]
fn notes_come_in_question_order() {
    let answers = with(
        keen(),
        json!({
            "therapist-notes": "First note.",
            "gut-notes": "Last note.",
            "costs-notes": "Middle note.",
        }),
    );
    let text = summary(&answers, "text", &[]);
    let first = text.find("First note.").expect("first");
    let middle = text.find("Middle note.").expect("middle");
    let last = text.find("Last note.").expect("last");
    assert!(first < middle && middle < last, "{text}");
}

#[test]
fn all_answers_lists_every_other_answer_in_bank_order() {
    let text = flat(&summary(&worried(), "text", &["--all-answers"]));
    let start = text.find("All your answers").expect("the part");
    let rest = &text[start..];
    let a = rest
        .find("I understand why my therapist suggests IOP now. Agree")
        .expect("why-now");
    let b = rest
        .find("I'm willing to try new skills between sessions. Strongly agree")
        .expect("practice-skills");
    let c = rest
        .find("I have fears about my care that I haven't said out loud yet. Disagree")
        .expect("unspoken-fears");
    assert!(a < b && b < c, "{rest}");
    // What is shown above is not printed twice.
    assert!(!rest.contains("About how many hours a week"), "{rest}");
    assert!(!rest.contains("My copay was"), "{rest}");
    assert!(!rest.contains("Extra costs, like travel"), "{rest}");
    assert!(!summary(&worried(), "text", &[]).contains("All your answers"));
}

#[test]
fn a_section_of_do_you_know_questions_says_what_is_left_to_find_out() {
    let keen = flat(&summary(&keen(), "text", &[]));
    assert!(
        keen.contains("Researching programs: Nothing left to find out in your answers"),
        "{keen}"
    );
    let unsure = with(
        without(self::keen(), &ABOUT_A_PROGRAM),
        json!({ "know-a-program": "no" }),
    );
    let text = flat(&summary(&unsure, "text", &[]));
    assert!(
        text.contains("Researching programs: 1 thing to find out"),
        "{text}"
    );
}

#[test]
fn a_checkin_of_schema_version_2_still_shows() {
    let out = Run::new(["summary"])
        .arg(common::fixture("checkin-v2.json"))
        .args(["--format", "json"])
        .run();
    out.assert_code(0);
    let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(v["schema_version"], 3);
    assert!(v["changes"].as_array().is_some_and(Vec::is_empty));
    let text = Run::new(["summary"])
        .arg(common::fixture("checkin-v2.json"))
        .run();
    text.assert_code(0);
    assert!(text.stdout.contains("Where you stand"), "{}", text.stdout);
}
