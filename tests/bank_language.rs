//! The built-in bank's words: plain (about US grade 6-8 or easier, by the
//! Flesch-Kincaid formula), free of assumptions about gender, relationships,
//! family, money or diagnosis, and citing a source for every number about IOP.

use iop_check::bank::{Bank, builtin};

fn bank() -> Bank {
    builtin().expect("the built-in bank is valid")
}

/// Syllables by the usual vowel-group rule (good enough for a grade estimate).
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut groups = 0;
    let mut prev = false;
    for &c in &w {
        let v = vowel(c);
        if v && !prev {
            groups += 1;
        }
        prev = v;
    }
    let s: String = w.iter().collect();
    if s.ends_with('e') && !s.ends_with("le") && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

/// Flesch-Kincaid grade level of a set of texts.
fn grade(texts: &[&str]) -> f64 {
    let (mut words, mut sentences, mut syl) = (0usize, 0usize, 0usize);
    for t in texts {
        sentences += t
            .split(['.', '!', '?'])
            .filter(|s| s.trim().chars().any(char::is_alphabetic))
            .count()
            .max(1);
        for w in t
            .split(|c: char| !(c.is_alphabetic() || c == '\''))
            .filter(|w| !w.is_empty())
        {
            words += 1;
            syl += syllables(w);
        }
    }
    0.39 * words as f64 / sentences as f64 + 11.8 * syl as f64 / words as f64 - 15.59
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
    let crisis = [
        b.crisis.intro.as_str(),
        b.crisis.after_answer.as_str(),
        b.disclaimer.as_str(),
    ];
    for (what, texts) in [
        ("prompts", prompts),
        ("help", help),
        ("option labels", labels),
        ("talking points", points),
        ("opening", opening),
        ("why this matters", why),
        ("crisis and disclaimer", crisis.to_vec()),
    ] {
        let g = grade(&texts);
        assert!(g <= 8.0, "{what}: grade {g:.1}");
    }
}

#[test]
fn no_assumptions_about_the_person() {
    // Words that assume a gender, a partner, children, a job or a diagnosis.
    const ASSUMING: &[&str] = &[
        "he",
        "she",
        "his",
        "her",
        "him",
        "husband",
        "wife",
        "boyfriend",
        "girlfriend",
        "spouse",
        "kids",
        "children",
        "mom",
        "dad",
        "mother",
        "father",
        "boss",
        "paycheck",
        "depression",
        "anxiety",
        "addiction",
        "alcohol",
        "drinking",
        "drugs",
        "relapse",
        "addict",
        "disorder",
    ];
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
