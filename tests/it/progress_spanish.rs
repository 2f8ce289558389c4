//! The weekly check-ins in Spanish (issue 21): `iop-check progress` with
//! `--lang es` or a Spanish locale asks the Spanish weekly bank and says
//! every word of its own in Spanish — the run's summary for the care team,
//! the history (text, Markdown, HTML), `progress summary`, the notices — with
//! the person's own words (goals, signs, notes) kept as written. Weeks kept
//! in English are shown in Spanish (their answers are ids and numbers); the
//! JSON has the same ids in both languages; a week paused in Spanish goes
//! on in Spanish whatever the locale; plural forms follow Spanish rules.

use std::path::Path;

use crate::bank_spanish::english_in;
use crate::common::{self, Pty, PtyOptions, Run};
use common::key::{DOWN, ENTER};
use serde_json::{Value, json};

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

/// The person's own words in a week: goals, a sign, and notes.
struct Words {
    goals: [&'static str; 2],
    sign: &'static str,
    skills: &'static str,
    hardest: &'static str,
    /// What to raise, with the week's number after it.
    raise: &'static str,
}

/// Words typed in English: kept as written on a Spanish page.
const ENGLISH_WORDS: Words = Words {
    goals: ["Sleep by 11", "Call my sister"],
    sign: "I go out with friends",
    skills: "Box breathing",
    hardest: "Mornings at work",
    raise: "Question of week",
};

/// Words typed in Spanish, so that a page in Spanish has no English at all.
const SPANISH_WORDS: Words = Words {
    goals: ["Dormir a las 11", "Llamar a mi hermana"],
    sign: "Salgo con amigos",
    skills: "Respirar despacio",
    hardest: "Las mañanas",
    raise: "Pregunta de la semana",
};

/// One kept week, `n` weeks after Oct 1, 2026, as `progress` keeps it (a
/// week kept before the language was kept has no `language`).
fn week(n: usize, words: &Words, changes: &[(&str, &str)]) -> Value {
    let mut a = json!({
        "safe-now": "no", "hurt-self": "no", "harm-others": "no",
        "care-now": "iop", "missed": "none",
        "mood": "okay", "stress": "some", "sleep": "okay", "energy": "some",
        "goal-1": "a-little", "goal-2": "no-change", "sign-1": "same",
        "skills-tried": "helped", "skills-which": words.skills,
        "hardest": words.hardest, "strain": ["work"], "missed-why": ["work"],
        "care-fit": "about-right", "to-raise": format!("{} {}", words.raise, n + 1),
    });
    for (k, v) in changes {
        a[*k] = json!(v);
    }
    let day = jiff::civil::date(2026, 10, 1)
        .checked_add(jiff::Span::new().days(7 * n as i64))
        .expect("a date");
    json!({
        "format": 1,
        "created": format!("{day}T18:00:00Z"),
        "week": "",
        "bank": { "id": "weekly-progress", "version": "1.0.0" },
        "care": "iop",
        "plan": { "goals": words.goals, "goals_from": "last_week", "signs": [words.sign] },
        "quick": false,
        "answers": a,
    })
}

/// Weeks that move: the care felt like not enough and sessions were
/// missed the last two weeks (two patterns), a goal stuck (a third), and a
/// safety answer other than "No" in the middle.
fn weeks(words: &Words, n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            let mut changes = vec![];
            if i + 2 >= n && n >= 2 {
                changes.extend([("care-fit", "not-enough"), ("missed", "one")]);
            }
            if i == 1 {
                changes.push(("hurt-self", "past-weeks"));
            }
            if i % 2 == 1 {
                changes.push(("mood", "low"));
            }
            week(i, words, &changes)
        })
        .collect()
}

fn keep_weeks(data: &Path, weeks: &[Value]) {
    let dir = data.join("progress");
    std::fs::create_dir_all(&dir).expect("mkdir");
    for (i, w) in weeks.iter().enumerate() {
        std::fs::write(
            dir.join(format!("2026{i:04}-180000.json")),
            serde_json::to_vec_pretty(w).unwrap(),
        )
        .expect("writes");
    }
}

/// `iop-check ARGS` on `data`, in UTC, without colour; fails unless it ends
/// with 0.
fn ok(args: &[&str], data: &Path, env: &[(&str, &str)]) -> common::Output {
    let mut run = Run::new(args).data_dir(data).env("TZ", "UTC");
    for (k, v) in env {
        run = run.env(k, v);
    }
    let out = run.run();
    out.assert_code(0);
    out
}

/// What a person reads: the HTML's tags and style left out, entities read,
/// every run of whitespace one space.
fn read_text(s: &str) -> String {
    let s = match (s.find("<style>"), s.find("</style>")) {
        (Some(a), Some(b)) => format!("{}{}", &s[..a], &s[b..]),
        _ => s.to_string(),
    };
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&ldquo;", "\u{201c}")
        .replace("&rdquo;", "\u{201d}")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    common::flatten(&out)
}

/// The English words in `text` once the person's own words (kept as
/// written, in any language) are taken out; fails if one of them is
/// missing or was changed.
fn english_besides(text: &str, words: &Words, expect_all: bool) -> Vec<String> {
    let mut t = common::flatten(text);
    let mut own: Vec<String> = words.goals.iter().map(|g| g.to_string()).collect();
    own.extend([words.sign, words.skills, words.hardest].map(str::to_string));
    for w in &own {
        if expect_all {
            assert!(t.contains(w.as_str()), "“{w}” is not kept as written:\n{t}");
        }
        t = t.replace(w.as_str(), " ");
    }
    // "Question of week 3": the number is the week's. The bank is named by
    // its id, which is the same in every language.
    t = t
        .replace(words.raise, " ")
        .replace("\"weekly-progress\"", " ");
    english_in(&t)
}

// ---------------------------------------------------------------------------
// A week from an answers file
// ---------------------------------------------------------------------------

/// This week's answers, every one of them given.
const THIS_WEEK: &str = "safe-now: \"no\"\nhurt-self: \"no\"\nharm-others: \"no\"\n\
care-now: weekly\nmissed: one\nmissed-why: [work]\nmood: low\nstress: a-lot\nsleep: poor\n\
energy: low\ngoal-1: no-change\ngoal-2: a-little\nsign-1: same\nskills-tried: helped\n\
skills-which: \"Respirar despacio\"\nhardest: \"Las mañanas\"\nstrain: [work]\n\
care-fit: not-enough\nto-raise: \"Pregunta de la semana 9\"\n";

/// A way to ask for Spanish: its name, the flags, the environment.
type Way<'a> = (&'a str, &'a [&'a str], &'a [(&'a str, &'a str)]);

#[test]
fn a_spanish_week_from_an_answers_file_says_nothing_in_english() {
    let tmp = tempdir();
    let file = tmp.path().join("semana.yaml");
    std::fs::write(&file, THIS_WEEK).unwrap();
    let f = file.to_str().unwrap();
    // By flag, and by the locale alone.
    let ways: [Way; 2] = [
        ("--lang es", &["--lang", "es"], &[]),
        ("LANG=es_US.UTF-8", &[], &[("LANG", "es_US.UTF-8")]),
    ];
    for (how, flag, env) in ways {
        let data = tmp.path().join(how.replace(['=', ' ', '.'], "-"));
        keep_weeks(&data, &weeks(&SPANISH_WORDS, 3));
        let args = |extra: &[&str]| -> Vec<String> {
            let mut a: Vec<String> = flag.iter().map(|s| s.to_string()).collect();
            a.extend(["progress", "--answers", f].map(str::to_string));
            a.extend(extra.iter().map(|s| s.to_string()));
            a
        };
        let run = |extra: &[&str]| {
            let a = args(extra);
            let a: Vec<&str> = a.iter().map(String::as_str).collect();
            ok(&a, &data, env)
        };
        for format in ["text", "markdown", "html"] {
            let out = run(&["--format", format]);
            let all = format!("{}\n{}", read_text(&out.stdout), out.stderr);
            let found = english_besides(&all, &SPANISH_WORDS, true);
            assert!(found.is_empty(), "{how} {format}: {found:?} in\n{all}");
            // It is the summary for the care team, in Spanish.
            assert!(
                all.contains("un resumen para el equipo de salud"),
                "{how} {format}:\n{all}"
            );
            assert!(all.contains("Agregue --keep"), "{how} {format}:\n{all}");
        }
        let out = run(&["--format", "html"]);
        assert!(
            out.stdout.contains("<html lang=\"es-US\""),
            "{}",
            out.stdout
        );
        // Kept: the notice is Spanish too, and the week keeps its language.
        let out = run(&["--keep"]);
        assert!(
            out.stderr.contains("Se guardó como la revisión semanal"),
            "{how}: {}",
            out.stderr
        );
        let found = english_besides(
            &format!("{}\n{}", out.stdout, out.stderr),
            &SPANISH_WORDS,
            true,
        );
        assert!(found.is_empty(), "{how} --keep: {found:?}");
        let kept: Vec<_> = std::fs::read_dir(data.join("progress"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(kept.len(), 4, "{how}: {kept:?}");
        let newest = kept.iter().max().unwrap();
        let w: Value = serde_json::from_slice(&std::fs::read(newest).unwrap()).unwrap();
        assert_eq!(w["bank"]["language"], "es-US", "{how}: {w}");
        assert_eq!(w["answers"]["care-fit"], "not-enough", "ids, not words");
    }
    // A safety answer other than "No": its response comes first, in Spanish.
    let flagged = tmp.path().join("ayuda.yaml");
    std::fs::write(
        &flagged,
        THIS_WEEK.replace("hurt-self: \"no\"", "hurt-self: past-weeks"),
    )
    .unwrap();
    let data = tmp.path().join("flagged");
    keep_weeks(&data, &weeks(&SPANISH_WORDS, 3));
    let out = ok(
        &[
            "--lang",
            "es",
            "progress",
            "--no-save",
            "--answers",
            flagged.to_str().unwrap(),
        ],
        &data,
        &[],
    );
    assert!(
        out.stderr.contains("Para su próxima sesión"),
        "{}",
        out.stderr
    );
    assert!(
        out.stdout.contains("Su seguridad es lo primero"),
        "{}",
        out.stdout
    );
    let all = format!("{}\n{}", out.stdout, out.stderr);
    let found = english_besides(&all, &SPANISH_WORDS, false);
    assert!(found.is_empty(), "{found:?} in\n{all}");
}

#[test]
fn the_weekly_questions_made_per_goal_and_sign_are_spanish_around_the_persons_words() {
    use iop_check::i18n::Lang;
    use iop_check::progress::{GoalsFrom, Plan, bank_for, base_bank_in};
    let plan = Plan {
        goals: vec!["Sleep by 11".into(), "Caminar".into()],
        goals_from: GoalsFrom::Decision,
        signs: vec!["I go out more".into()],
    };
    let es = bank_for(
        &base_bank_in(Lang::Es).expect("the Spanish weekly bank"),
        &plan,
    );
    let en = bank_for(&base_bank_in(Lang::En).expect("the weekly bank"), &plan);
    let ids = |b: &iop_check::bank::Bank| -> Vec<String> {
        b.questions().map(|(_, q)| q.id.clone()).collect()
    };
    assert_eq!(ids(&es), ids(&en), "the same questions, by id");
    let goal = es.question("goal-1").expect("goal-1");
    assert_eq!(goal.fact.as_deref(), Some("Meta: Sleep by 11"));
    assert!(goal.prompt.contains("\"Sleep by 11\""), "{}", goal.prompt);
    let help = goal.help.as_deref().unwrap_or_default();
    assert!(
        help.ends_with("Esta meta viene de su último registro para decidir. Puede cambiarla al final de esta parte."),
        "{help}"
    );
    let sign = es.question("sign-1").expect("sign-1");
    assert_eq!(sign.fact.as_deref(), Some("Señal: I go out more"));
    for q in [goal, es.question("goal-2").unwrap(), sign] {
        let own = q
            .prompt
            .replace("Sleep by 11", "")
            .replace("I go out more", "");
        let text = format!(
            "{own} {} {}",
            q.fact
                .as_deref()
                .unwrap_or_default()
                .replace("Sleep by 11", "")
                .replace("I go out more", ""),
            q.help.as_deref().unwrap_or_default()
        );
        assert!(english_in(&text).is_empty(), "{}: {text}", q.id);
    }
    // English is as it was.
    let goal = en.question("goal-1").unwrap();
    assert_eq!(goal.fact.as_deref(), Some("Goal: Sleep by 11"));
    assert!(
        goal.help
            .as_deref()
            .unwrap_or_default()
            .ends_with(" This goal is from your last decision check-in. You can change it at the end of this part."),
        "{:?}",
        goal.help
    );
}

// ---------------------------------------------------------------------------
// Weeks kept in English, read in Spanish
// ---------------------------------------------------------------------------

#[test]
fn weeks_kept_in_english_are_shown_in_spanish_with_the_persons_words_as_written() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    keep_weeks(&data, &weeks(&ENGLISH_WORDS, 8));
    for (what, args) in [
        ("history", vec!["progress", "history"]),
        ("summary", vec!["progress", "summary"]),
    ] {
        for format in ["text", "markdown", "html"] {
            let mut a = vec!["--lang", "es"];
            a.extend(&args);
            a.extend(["--format", format]);
            let out = ok(&a, &data, &[("NO_COLOR", "1")]);
            let text = read_text(&out.stdout);
            let found = english_besides(&text, &ENGLISH_WORDS, what == "summary");
            assert!(found.is_empty(), "{what} {format}: {found:?} in\n{text}");
            assert!(out.stderr.is_empty(), "{what} {format}: {}", out.stderr);
            // The answers (ids) in the Spanish bank's words, the dates in
            // Spanish, the patterns' questions for the care team.
            for expected in [
                "Ánimo",
                "1 oct. 2026",
                "Hable con su equipo de salud sobre si este nivel de atención todavía le sirve.",
                "Faltó a sesiones dos semanas seguidas.",
                "una respuesta de seguridad no fue \"No\"",
            ] {
                assert!(
                    text.contains(expected),
                    "{what} {format}: no {expected:?} in\n{text}"
                );
            }
            if what == "summary" {
                for expected in ["No es suficiente", "“Call my sister”", "Lo más difícil:"] {
                    assert!(
                        text.contains(expected),
                        "{what} {format}: no {expected:?} in\n{text}"
                    );
                }
            }
            if format == "html" {
                assert!(
                    out.stdout.contains("<html lang=\"es-US\""),
                    "{what}: {}",
                    out.stdout
                );
                assert!(out.stdout.contains("Página"), "{what}: page numbers");
            }
        }
    }
    // The text table at 80 columns: the Spanish heads fit, and so do the lines.
    let out = ok(&["--lang", "es", "progress", "history"], &data, &[]);
    let head = out
        .stdout
        .lines()
        .find(|l| l.starts_with("Semana del"))
        .unwrap_or_else(|| panic!("no table head:\n{}", out.stdout));
    for col in ["Atención", "Ánimo", "Estrés", "Sueño", "Energía", "Faltas"] {
        assert!(head.contains(col), "{col} cut short: {head:?}");
    }
    for l in out.stdout.lines() {
        assert!(l.chars().count() <= 80, "wider than 80: {l:?}");
    }
    assert!(
        out.stdout.contains("  Faltas a sesiones  "),
        "{}",
        out.stdout
    );
}

/// Every string in a JSON value, with where it is.
fn strings(v: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match v {
        Value::String(s) => out.push((at.to_string(), s.clone())),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| strings(x, &format!("{at}[{i}]"), out)),
        Value::Object(o) => o
            .iter()
            .for_each(|(k, x)| strings(x, &format!("{at}.{k}"), out)),
        _ => {}
    }
}

/// The JSON with every string that is words (not an id, a time, or the
/// person's own) blanked: what must be the same in every language.
fn ids_only(v: &Value) -> Value {
    /// Keys whose strings are ids, or the person's own words.
    const IDS: &[&str] = &[
        "id", "kind", "status", "week", "version", "name", "to_raise", "hardest",
    ];
    /// A time (`created`, `first`, `latest`, a pattern's weeks) is no words.
    fn time(s: &str) -> bool {
        s.len() > 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[10] == b'T'
    }
    fn walk(v: &Value, key: &str) -> Value {
        match v {
            Value::String(s) if !IDS.contains(&key) && !time(s) => Value::String(String::new()),
            Value::Array(a) => Value::Array(a.iter().map(|x| walk(x, key)).collect()),
            Value::Object(o) => Value::Object(
                o.iter()
                    .filter(|(k, _)| k.as_str() != "language")
                    .map(|(k, x)| (k.clone(), walk(x, k)))
                    .collect(),
            ),
            v => v.clone(),
        }
    }
    walk(v, "")
}

#[test]
fn the_json_has_the_same_ids_in_both_languages_and_the_words_of_each() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    keep_weeks(&data, &weeks(&ENGLISH_WORDS, 8));
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(common::ROOT).join("docs/progress.schema.json"))
            .expect("the schema"),
    )
    .expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    for command in ["history", "summary"] {
        let json = |lang: &str| -> Value {
            let out = ok(
                &["--lang", lang, "progress", command, "--format", "json"],
                &data,
                &[],
            );
            serde_json::from_str(&out.stdout).expect("JSON")
        };
        let (en, es) = (json("en"), json("es"));
        assert_eq!(
            ids_only(&en),
            ids_only(&es),
            "{command}: ids and numbers differ"
        );
        assert_eq!(en["bank"]["language"], "en-US", "{command}");
        assert_eq!(es["bank"]["language"], "es-US", "{command}");
        let mut words = Vec::new();
        strings(&es, "", &mut words);
        let mut english = Vec::new();
        strings(&en, "", &mut english);
        // The words differ, and are Spanish; the person's stay as written.
        assert_ne!(words, english, "{command}");
        // Ids are ids: the bank's and the patterns' kinds are the same in
        // every language (checked above).
        let found: Vec<String> = words
            .iter()
            .filter(|(at, _)| !at.ends_with(".id") && !at.ends_with(".kind"))
            .flat_map(|(at, s)| {
                english_besides(s, &ENGLISH_WORDS, false)
                    .into_iter()
                    .map(move |w| format!("{at}: {w}"))
            })
            .collect();
        assert!(found.is_empty(), "{command}: {found:#?}");
        let errors: Vec<String> = validator.iter_errors(&es).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{command} in Spanish: {errors:#?}");
    }
}

// ---------------------------------------------------------------------------
// Plural forms
// ---------------------------------------------------------------------------

#[test]
fn one_week_and_two_weeks_take_their_own_forms() {
    let tmp = tempdir();
    // 1 week kept, then 2.
    let one = tmp.path().join("one");
    keep_weeks(&one, &weeks(&SPANISH_WORDS, 1));
    let two = tmp.path().join("two");
    keep_weeks(
        &two,
        &[
            week(0, &SPANISH_WORDS, &[("missed", "one")]),
            week(
                1,
                &SPANISH_WORDS,
                &[("missed", "one"), ("care-fit", "too-much")],
            ),
        ],
    );
    let page = |data: &Path, lang: &str, what: &[&str]| -> String {
        let mut a = vec!["--lang", lang, "progress"];
        a.extend(what);
        common::flatten(&read_text(&ok(&a, data, &[("NO_COLOR", "1")]).stdout))
    };
    let s = page(&one, "es", &["summary"]);
    assert!(s.contains("1 revisión semanal, 1 oct. 2026"), "{s}");
    assert!(s.contains("Ninguna (1 semana)"), "{s}");
    let s = page(&two, "es", &["summary"]);
    assert!(
        s.contains("2 revisiones semanales, del 1 oct. 2026 al 8 oct. 2026"),
        "{s}"
    );
    assert!(s.contains("Una (2 semanas)"), "{s}");
    assert!(
        s.contains("Más o menos justa (1 semana); Demasiada (1 semana)"),
        "{s}"
    );
    assert!(!s.contains("1 semanas") && !s.contains("2 semana)"), "{s}");
    let h = page(&one, "es", &["history", "--format", "html"]);
    assert!(
        h.contains("1 revisión semanal, del 1 oct. 2026 al 1 oct. 2026"),
        "{h}"
    );
    assert!(h.contains("para 1 semana, de izquierda"), "{h}");
    let h = page(&two, "es", &["history", "--format", "html"]);
    assert!(h.contains("2 revisiones semanales, del"), "{h}");
    assert!(h.contains("para 2 semanas, de izquierda"), "{h}");
    // English, as it was.
    let s = page(&two, "en", &["summary"]);
    assert!(
        s.contains("2 weekly check-ins, Oct 1, 2026 to Oct 8, 2026"),
        "{s}"
    );
    assert!(s.contains("One (2 weeks)"), "{s}");
    assert!(s.contains("About right (1 week); Too much (1 week)"), "{s}");
}

// ---------------------------------------------------------------------------
// Paused in Spanish, picked up in Spanish
// ---------------------------------------------------------------------------

/// The exit code of a pause (docs: "paused, answers kept").
const PAUSED: i32 = 5;

#[test]
fn a_week_paused_in_spanish_goes_on_in_spanish_under_an_english_locale() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    // Three safety answers ("No"), then pause.
    let out = Run::new(["--lang", "es", "progress", "--plain"])
        .data_dir(&data)
        .lines(&["1", "1", "1", "q"])
        .run();
    out.assert_code(PAUSED);
    assert!(
        out.stderr.contains("¿ha pensado en quitarse la vida"),
        "{}",
        out.stderr
    );
    let draft: Value =
        serde_json::from_slice(&std::fs::read(data.join("progress-draft.json")).expect("a draft"))
            .unwrap();
    assert_eq!(draft["bank"]["language"], "es-US", "{draft}");
    assert_eq!(draft["answers"]["safe-now"], "no", "{draft}");

    // Again, in an English locale and without --lang: picked up in Spanish.
    let out = Run::new(["progress", "--plain"])
        .data_dir(&data)
        .env("LANG", "en_US.UTF-8")
        .lines(&["r", "q"])
        .run();
    out.assert_code(PAUSED);
    assert!(
        out.stderr.contains("¿Qué tipo de atención recibe ahora?"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("What care are you in right now?"),
        "{}",
        out.stderr
    );
    // With no draft, the same locale asks in English: the draft chose.
    let out = Run::new(["progress", "--plain", "--fresh"])
        .data_dir(&data)
        .env("LANG", "en_US.UTF-8")
        .lines(&["1", "1", "1", "q"])
        .run();
    out.assert_code(PAUSED);
    assert!(
        out.stderr.contains("What care are you in right now?"),
        "{}",
        out.stderr
    );
    let draft: Value =
        serde_json::from_slice(&std::fs::read(data.join("progress-draft.json")).unwrap()).unwrap();
    assert_eq!(draft["bank"]["language"], "en-US", "{draft}");
    // --lang says otherwise: it wins over the draft.
    let out = Run::new(["--lang", "es", "progress", "--plain"])
        .data_dir(&data)
        .lines(&["r", "q"])
        .run();
    out.assert_code(PAUSED);
    assert!(
        out.stderr.contains("¿Qué tipo de atención recibe ahora?"),
        "{}",
        out.stderr
    );
}

// ---------------------------------------------------------------------------
// In a terminal, 80 × 24
// ---------------------------------------------------------------------------

/// The screen drawn last, escapes removed, a CR LF one line break.
fn last_screen(pty: &Pty) -> String {
    let raw = pty.raw();
    let start = raw.rfind("\x1b[2J").map_or(0, |i| i + "\x1b[2J".len());
    common::strip_ansi(&raw[start..].replace("\r\n", "\n"))
}

/// How many screens have been drawn so far.
fn drawn(pty: &Pty) -> usize {
    pty.raw().matches("\x1b[2J").count()
}

/// Waits for a screen drawn after the first `seen` whose text has one of
/// `any` (the last thing drawn on such a screen) and `also`; returns it as
/// first drawn.
fn screen_after(pty: &mut Pty, seen: usize, any: &[&str], also: &str) -> String {
    pty.wait_until(&format!("a new screen with {any:?} and {also:?}"), |p| {
        let t = common::flatten(&p.current_text());
        drawn(p) > seen && t.contains(also) && any.iter().any(|a| t.contains(a))
    });
    last_screen(pty)
}

/// The last thing drawn on a question screen with options.
const CHOICE_END: &[&str] = &["Ayuda, y recursos en caso de crisis"];

#[test]
fn an_interactive_spanish_week_at_80_by_24_shows_no_english() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    keep_weeks(&data, &weeks(&SPANISH_WORDS, 2));
    let mut pty = Pty::spawn_with(
        &["--lang", "es", "progress", "--quick"],
        &data,
        PtyOptions {
            cols: 80,
            rows: 24,
            env: vec![("TZ".into(), "UTC".into())],
            ..PtyOptions::default()
        },
    );
    let mut screens = Vec::new();
    let mut seen = 0;
    let welcome = ["Empezar con una breve revisión de seguridad"];
    screens.push(screen_after(
        &mut pty,
        seen,
        &welcome,
        "Su revisión de cada semana",
    ));
    seen = drawn(&pty);
    pty.send(ENTER);
    // The safety questions first, in the Spanish bank's words.
    for prompt in [
        "¿ha pensado en quitarse la vida",
        "¿se ha hecho daño a propósito",
        "¿ha pensado en hacerle daño a otra persona?",
    ] {
        screens.push(screen_after(&mut pty, seen, CHOICE_END, prompt));
        seen = drawn(&pty);
        // ↓ puts the cursor on "No".
        pty.send(&format!("{DOWN}{ENTER}"));
    }
    // The bank's opening page ("what this check-in is for"), then the
    // core: the care, sessions missed, mood, how the care felt, what to
    // raise; the choices answered with ↓ Enter (the first answer where
    // nothing is chosen, else the next one), the text typed.
    let start = ["Empezar las preguntas"];
    screens.push(screen_after(
        &mut pty,
        seen,
        &start,
        "Para qué sirve esta revisión",
    ));
    seen = drawn(&pty);
    pty.send(ENTER);
    let typed = ["Su respuesta"];
    let review = ["Hacer una pausa"];
    let any: Vec<&str> = [CHOICE_END, &typed, &review].concat();
    let mut prompts = Vec::new();
    loop {
        let s = screen_after(&mut pty, seen, &any, "");
        seen = drawn(&pty);
        let flat = common::flatten(&s);
        screens.push(s);
        if review.iter().any(|a| flat.contains(a)) {
            break;
        }
        prompts.push(flat.clone());
        if typed.iter().any(|a| flat.contains(a)) && !CHOICE_END.iter().any(|a| flat.contains(a)) {
            pty.send("Preguntar por el grupo de la tarde\r");
        } else {
            pty.send(&format!("{DOWN}{ENTER}"));
        }
    }
    for prompt in [
        "¿Qué tipo de atención recibe ahora?",
        "¿A cuántas de sus sesiones planeadas faltó esta semana?",
        "¿cómo estuvo su ánimo",
        "¿cómo sintió la cantidad de atención que recibe?",
    ] {
        assert!(
            prompts.iter().any(|p| p.contains(prompt)),
            "{prompt:?} not asked: {prompts:#?}"
        );
    }
    assert_eq!(prompts.len(), 5, "the core questions: {prompts:#?}");
    // Finish, keep it, no copy.
    let mark = pty.mark();
    pty.send(ENTER);
    pty.wait_until("the question of keeping the week", |p| {
        let t = common::flatten(&p.text_since(mark));
        t.contains("No, no guardarlo")
    });
    // (Asked below the review, on the same screen: read with the rest.)
    pty.send(ENTER);
    pty.wait_until("the offer of a copy", |p| {
        common::flatten(&p.text_since(mark)).contains("Sí, como documento de texto (Markdown)")
    });
    let after = common::flatten(&pty.text_since(mark));
    pty.send(ENTER);
    assert_eq!(pty.wait_exit(), common::Exit::Code(0));
    for s in &screens {
        let lines: Vec<&str> = s.trim_matches('\n').lines().collect();
        assert!(lines.len() <= 24, "{} lines:\n{s}", lines.len());
        assert!(
            lines.iter().all(|l| l.chars().count() <= 80),
            "wider than 80:\n{s}"
        );
    }
    // After the questions: the notice, then the summary for the care team,
    // with this week in it, then the offer of a copy.
    let kept_at = after
        .find("Se guardó como la revisión semanal")
        .unwrap_or_else(|| panic!("no notice in Spanish:\n{after}"));
    let ours = &after[kept_at..];
    assert!(
        ours.contains("Revisiones semanales: un resumen para el equipo de salud"),
        "{ours}"
    );
    assert!(
        ours.contains("Preguntar por el grupo de la tarde"),
        "{ours}"
    );
    assert!(ours.contains("3 revisiones semanales"), "{ours}");
    assert!(
        ours.contains("¿Guardar una copia del resumen para imprimir o compartir?"),
        "{ours}"
    );
    for s in screens.iter().chain([&after]) {
        let found = english_besides(s, &SPANISH_WORDS, false);
        assert!(found.is_empty(), "{found:?} on\n{s}");
    }
}

// ---------------------------------------------------------------------------
// The template, and what goes wrong
// ---------------------------------------------------------------------------

/// The answers a template asks for, in order: its `id:` lines.
fn answer_ids(template: &str) -> Vec<&str> {
    template
        .lines()
        .filter(|l| !l.starts_with('#') && l.ends_with(':'))
        .collect()
}

#[test]
fn the_weekly_template_and_errors_are_in_spanish_with_the_same_ids() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    keep_weeks(&data, &weeks(&ENGLISH_WORDS, 2));
    let es = ok(&["--lang", "es", "progress", "template"], &data, &[]).stdout;
    let en = ok(&["--lang", "en", "progress", "template"], &data, &[]).stdout;
    assert_eq!(answer_ids(&es), answer_ids(&en));
    assert!(answer_ids(&es).contains(&"goal-2:"), "{es}");
    // The questions made for the goals, in Spanish around the person's words.
    assert!(
        es.contains("# Su meta: \"Call my sister\". ¿Cómo avanzó esta semana?"),
        "{es}"
    );
    // The comments are Spanish, the choices' ids aside.
    let comments: String = es
        .lines()
        .filter(|l| l.starts_with('#'))
        .map(|l| match l.split_once(" = ") {
            Some((_, label)) => label.to_string(),
            None => l.replace("THIS-FILE", " "),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let found = english_besides(&comments, &ENGLISH_WORDS, false);
    assert!(found.is_empty(), "{found:?} in\n{comments}");

    // Errors, in the language asked for.
    let empty = tmp.path().join("empty");
    for (args, spanish) in [
        (
            vec!["--lang", "es", "progress", "summary"],
            "aún no hay revisiones semanales guardadas",
        ),
        (
            vec!["--lang", "es", "progress", "summary", "--format", "fhir"],
            "el resumen para el equipo de salud no tiene forma FHIR",
        ),
    ] {
        let dir = if args.len() == 4 { &empty } else { &data };
        let out = Run::new(&args).data_dir(dir).run();
        out.assert_code(2);
        assert!(out.stderr.contains(spanish), "{args:?}: {}", out.stderr);
        let found = english_in(&out.stderr.replace("QuestionnaireResponse", " "));
        assert!(found.is_empty(), "{args:?}: {found:?} in {}", out.stderr);
    }
}

#[test]
fn a_week_that_cannot_be_saved_says_so_in_spanish() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    // A disk full from the start: no draft can be written.
    let out = Run::new(["--lang", "es", "progress", "--plain"])
        .data_dir(&data)
        .file_size_limit(0)
        .lines(&["1", "1", "1", "q"])
        .run();
    out.assert_code(PAUSED);
    let said = common::flatten(&out.stderr);
    assert!(
        said.contains("Puede seguir, pero si iop-check se detiene ahora, podría perder sus respuestas de esta semana."),
        "{said}"
    );
    // The error above it is in Spanish too (the system's own words aside).
    let at = said.find("Puede seguir").expect("found above");
    let error = said[..at]
        .rfind("error: ")
        .map(|e| &said[e..at])
        .expect("an error");
    assert!(error.starts_with("error: no se pudo"), "{error}");
    assert!(!said.contains("You can keep going"), "{said}");
}
