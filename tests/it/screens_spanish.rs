//! The question screens in Spanish (issue 21): a whole run with the
//! built-in bank, in a pseudo-terminal at 80×24 with NO_COLOR and in plain
//! mode on piped input, says nothing in English: the welcome, the safety
//! questions, the cards, the questions, their help, the review, the
//! questions at the end and the summary. A crisis answer gets its screens,
//! its reminder line and its parting words in Spanish, with 988 (press 2)
//! and AYUDA, on a 24-row screen.
//!
//! The screens are told apart by their Spanish words (tests/it/common
//! reads only the English ones). Every check waits for the last thing a
//! screen draws; nothing sleeps.

use crate::bank_spanish::english_in;
use crate::common::{Exit, Pty, PtyOptions, Run, flatten, key, wider_than};

/// The screen clear that starts every screen of the terminal prompter.
const CLEAR: &str = "\x1b[2J";

/// What a Spanish screen asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Welcome,
    Card,
    LastCard,
    Unchosen,
    Choice,
    Checklist,
    Typed,
    Review,
    Change,
    Help,
    Crisis,
    MoreHelp,
    Name,
}

/// Which screen `text` is, once it is completely drawn (None before),
/// and the last thing drawn on it.
fn kind_of(text: &str) -> Option<(Kind, &'static str)> {
    let flat = flatten(text);
    let has = |s: &str| flat.contains(s);
    let help_item = "Ayuda, y recursos en caso de crisis";
    // (kind, a marker of the screen, the last thing drawn on it)
    let kinds: [(Kind, &str, &'static str); 13] = [
        (
            Kind::Welcome,
            "Empezar con una breve revisión de seguridad",
            "Empezar con una breve revisión de seguridad",
        ),
        (
            Kind::Review,
            "Revise sus respuestas",
            "Hacer una pausa (no se guarda nada: usted eligió --no-save)",
        ),
        (
            Kind::Change,
            "¿Qué respuesta quiere cambiar?",
            "¿Qué respuesta quiere cambiar?",
        ),
        (
            Kind::Crisis,
            "Seguir con las preguntas",
            "Seguir con las preguntas",
        ),
        (Kind::Help, "Volver a la pregunta", "Volver a la pregunta"),
        (Kind::Checklist, "Espacio marcar o desmarcar", help_item),
        (Kind::Typed, "escriba < para volver", "Su respuesta"),
        (Kind::Unchosen, "Aún no hay nada elegido", help_item),
        (Kind::Choice, "Enter elegir", help_item),
        (Kind::Card, "Siguiente", "Pasar a las preguntas"),
        (
            Kind::LastCard,
            "Empezar las preguntas",
            "Empezar las preguntas",
        ),
        (Kind::Name, "Ya casi termina.", "Nombre o iniciales"),
        // Every resource, the last one's region apart, then "Volver".
        (
            Kind::MoreHelp,
            "Find A Helpline (Fuera de los Estados Unidos)",
            "Volver",
        ),
    ];
    kinds
        .iter()
        .find(|(k, marker, last)| {
            has(marker)
                && has(last)
                && match k {
                    Kind::MoreHelp => flat.ends_with(last),
                    // Not "Volver a la pregunta anterior" on a question.
                    Kind::Help => !has("Enter elegir") && !has("Espacio marcar"),
                    _ => true,
                }
        })
        .map(|(k, _, last)| (*k, *last))
}

fn clears(p: &Pty) -> usize {
    p.raw().matches(CLEAR).count()
}

/// Waits for the next screen (cleared after the `seen`th clear and
/// completely drawn), and returns its kind and its text: for a screen that
/// ends in a list, the whole screen as drawn (`settled_lines`), else what
/// is on it.
fn next(pty: &mut Pty, seen: &mut usize) -> (Kind, String) {
    let mut found = None;
    let after = *seen;
    pty.wait_until("the next Spanish screen", |p| {
        clears(p) > after && {
            found = kind_of(&p.current_text());
            found.is_some()
        }
    });
    *seen = clears(pty);
    let (kind, _) = found.expect("read above");
    let text = match kind {
        // A name is typed: no list to draw again.
        Kind::Typed | Kind::Name => pty.current_text(),
        _ => settle(pty).join("\n"),
    };
    (kind, text)
}

/// The screen as drawn (`settled_lines`), once its list is drawn again in
/// full (its last line once more), so that the next keys are not sent
/// while it is still being drawn: they would reach the terminal between
/// two reads of a key.
fn settle(pty: &mut Pty) -> Vec<String> {
    let lines = pty.settled_lines();
    let last = lines
        .iter()
        .rev()
        .map(|l| l.trim())
        .find(|l| !l.is_empty())
        .unwrap_or_default()
        .to_string();
    let drawn = lines.iter().filter(|l| l.trim() == last).count();
    pty.wait_until("the list drawn again in full", |p| {
        p.current_text()
            .lines()
            .filter(|l| l.trim() == last)
            .count()
            >= 2 * drawn
    });
    lines
}

/// Words of iop-check's own English sentences (its stops, notices and
/// keys) that `english_in` does not look for, none of them Spanish: so
/// that a stop message or a notice left in English is found too.
const MORE_ENGLISH: &[&str] = &[
    "stopped",
    "paused",
    "nothing",
    "was",
    "were",
    "saved",
    "kept",
    "keep",
    "answers",
    "answer",
    "questions",
    "question",
    "summary",
    "skip",
    "back",
    "next",
    "start",
    "finish",
    "change",
    "review",
    "page",
    "see",
    "type",
    "please",
    "almost",
    "done",
    "name",
    "file",
    "copy",
    "save",
    "print",
    "share",
    "thanks",
    "pick",
    "left",
    "over",
    "written",
    "wrote",
    "check",
    "changed",
    "since",
    "set",
    "aside",
    "run",
    "again",
    "lost",
];

/// The English words in `text`: those `english_in` finds, and those of
/// [`MORE_ENGLISH`], leaving out commands and flags as they are typed
/// (`iop-check --resume`, --no-save) and the names that stay in English.
fn english_words(text: &str) -> Vec<String> {
    let mut found = english_in(text);
    let mut t = text.to_string();
    for name in ["Crisis Text Line", "Find A Helpline"] {
        t = t.replace(name, " ");
    }
    let t: String = t
        .split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, s)| s)
        .collect::<Vec<_>>()
        .join(" ");
    for line in t.lines() {
        // A command to copy, on a line of its own.
        if line.trim_start().starts_with("iop-check ") {
            continue;
        }
        for token in line.split_whitespace() {
            // The tool's name, a flag (--no-save), a file name or a web address.
            if token.contains("iop-check")
                || token.contains("--")
                || token.contains('/')
                || token.contains('.') && token.len() > 1 && !token.ends_with('.')
            {
                continue;
            }
            for w in token
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
            {
                if MORE_ENGLISH.contains(&w.as_str()) {
                    found.push(w);
                }
            }
        }
    }
    found
}

/// English sentences known to be said on these screens by files other
/// than the screens' own, with where they are, for the failure message:
/// they are to be translated there, not let through here.
const SAID_ELSEWHERE: &[(&str, &str)] = &[
    ("Stopped.", "src/error.rs (Error::Interrupted)"),
    ("Paused.", "src/error.rs (Stop::Paused)"),
    (
        "Nothing was saved (--no-save).",
        "src/error.rs (resume_line)",
    ),
    (
        "Your answers so far are saved.",
        "src/error.rs (resume_line)",
    ),
    ("Kept as check-in", "src/commands/run.rs"),
    ("Saved a copy to", "src/commands/run.rs"),
    ("Summary written to", "src/commands/run.rs"),
    (
        "The questions changed since you saved.",
        "src/commands/run.rs",
    ),
    (
        "There are no saved answers to pick up",
        "src/commands/run.rs",
    ),
    (
        "You can keep going, and your summary",
        "src/session/keep.rs",
    ),
];

/// The English found in each of `screens`, for a failure message that
/// names them, and where those said elsewhere are.
fn english_on(screens: &[(String, String)]) -> Vec<String> {
    screens
        .iter()
        .filter_map(|(what, text)| {
            let found = english_words(text);
            let flat = flatten(text);
            let whose: Vec<String> = SAID_ELSEWHERE
                .iter()
                .filter(|(s, _)| flat.contains(s))
                .map(|(s, file)| format!("{s:?} is said by {file}"))
                .collect();
            (!found.is_empty()).then(|| format!("{what}: {found:?} {whose:?} in:\n{text}\n"))
        })
        .collect()
}

/// Fails naming every screen with English on it.
fn assert_spanish(screens: &[(String, String)]) {
    let found = english_on(screens);
    assert!(
        found.is_empty(),
        "English on {} screen(s):\n{}",
        found.len(),
        found.join("\n")
    );
}

fn options_80x24(env: Vec<(String, String)>) -> PtyOptions {
    PtyOptions {
        cols: 80,
        rows: 24,
        no_color: true,
        env,
        ..PtyOptions::default()
    }
}

/// A whole run in Spanish at 80×24: every screen collected, every
/// question answered (the safe answer to the safety questions), one help
/// screen read, the list of answers to change seen, every review page
/// read, then the summary and the question of a copy.
fn whole_run(args: &[&str], env: Vec<(String, String)>) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn_with(args, &data, options_80x24(env));
    let mut seen = 0;
    let mut screens: Vec<(String, String)> = Vec::new();
    let mut kinds = Vec::new();
    let mut helped = false;
    let mut changed = false;
    loop {
        let (kind, text) = next(&mut pty, &mut seen);
        kinds.push(kind);
        assert!(
            wider_than(&text, 80).is_empty(),
            "wider than 80 columns:\n{text}"
        );
        screens.push((
            format!("{kind:?} screen {}", screens.len() + 1),
            text.clone(),
        ));
        // The welcome fits 24 rows whole, with a row for the cursor under
        // its choice: its title never scrolls off the top.
        if matches!(kind, Kind::Welcome) {
            let lines: Vec<&str> = text.lines().collect();
            let rows = lines
                .iter()
                .rposition(|l| !l.trim().is_empty())
                .map_or(0, |i| i + 1);
            assert!(
                rows <= 23,
                "the welcome takes {rows} rows of 24, and its title scrolls off:\n{text}"
            );
        }
        let keys = match kind {
            Kind::Welcome | Kind::Card | Kind::LastCard => key::ENTER.to_string(),
            // "No", the first answer.
            Kind::Unchosen => format!("{}{}", key::DOWN, key::ENTER),
            // The help of the first question after the safety step: the
            // last item, one up from the first.
            Kind::Choice if !helped => {
                helped = true;
                format!("{}{}", key::UP, key::ENTER)
            }
            Kind::Choice => key::ENTER.to_string(),
            Kind::Help if text.contains("Seguir leyendo") => {
                format!("{}{}", key::DOWN, key::ENTER)
            }
            Kind::Help => key::ENTER.to_string(),
            Kind::Checklist => format!("{}{}", key::SPACE, key::ENTER),
            Kind::Typed => match number_range(&text) {
                Some(min) => format!("{min}{}", key::ENTER),
                None => format!("una nota{}", key::ENTER),
            },
            Kind::Review if !changed => {
                changed = true;
                format!("{}{}", key::DOWN, key::ENTER)
            }
            Kind::Change => key::ESC.to_string(),
            Kind::Review => match review_page(&text) {
                Some((page, pages)) if page < pages => {
                    format!("{}{}{}{}", key::DOWN, key::DOWN, key::DOWN, key::ENTER)
                }
                _ => key::ENTER.to_string(),
            },
            Kind::Name => break,
            other => panic!("unexpected screen {other:?}:\n{text}"),
        };
        pty.send(&keys);
    }
    // Left blank; then the summary, and the question of a copy.
    let mark = pty.mark();
    pty.send(key::ENTER);
    pty.wait_text_since(mark, "Sí, como documento de texto (Markdown)");
    // "No, gracias".
    pty.send(key::ENTER);
    assert_eq!(pty.wait_exit(), Exit::Code(0));
    let end = pty.text_since(mark);
    screens.push(("the summary and the end".into(), end.clone()));

    for k in [
        Kind::Welcome,
        Kind::Unchosen,
        Kind::Card,
        Kind::LastCard,
        Kind::Choice,
        Kind::Checklist,
        Kind::Typed,
        Kind::Help,
        Kind::Review,
        Kind::Change,
        Kind::Name,
    ] {
        assert!(kinds.contains(&k), "no {k:?} screen in {kinds:?}");
    }
    let all = flatten(
        &screens
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
    );
    for said in [
        "pregunta 1 de",
        "Por qué importa:",
        "Revise sus respuestas (página 1 de",
        "Ya casi termina.",
        "¿Guardar una copia del resumen para imprimir o compartir?",
    ] {
        assert!(all.contains(said), "{said:?} was not said");
    }
    assert_spanish(&screens);
}

/// The smallest number a number question takes ("Un número del 0 al 80").
fn number_range(text: &str) -> Option<String> {
    let flat = flatten(text);
    let at = flat.find("Un número del ")?;
    let min = flat[at + "Un número del ".len()..].split(' ').next()?;
    Some(min.to_string())
}

/// `(page, pages)` from "Revise sus respuestas (página 2 de 9)".
fn review_page(text: &str) -> Option<(usize, usize)> {
    let flat = flatten(text);
    let at = flat.find("Revise sus respuestas (página ")?;
    let mut words = flat[at + "Revise sus respuestas (página ".len()..].split(' ');
    let page = words.next()?.parse().ok()?;
    words.next().filter(|w| *w == "de")?;
    let pages = words.next()?.trim_end_matches(')').parse().ok()?;
    Some((page, pages))
}

#[test]
fn a_whole_run_with_lang_es_says_nothing_in_english_at_80_by_24() {
    whole_run(&["--lang", "es", "--no-save"], Vec::new());
}

#[test]
fn a_whole_run_in_a_spanish_locale_says_nothing_in_english() {
    whole_run(&["--no-save"], vec![("LANG".into(), "es_US.UTF-8".into())]);
}

#[test]
fn a_plain_run_in_spanish_says_nothing_in_english() {
    // The safe answer to the three safety questions; a line that is no
    // answer; help; back (v) and the question again; then every other
    // question skipped, more skips than there are questions (the review
    // says that a skip is no number there), and Enter to finish.
    let mut lines = vec!["1", "1", "1", "x", "?", "v", "1"];
    lines.extend(std::iter::repeat_n("s", 120));
    lines.push("");
    let out = Run::new(["--plain", "--lang", "es", "--no-save"])
        .lines(&lines)
        .run();
    out.assert_code(0);
    let err = &out.stderr;
    for said in [
        "En cada pregunta: s = saltar, v = volver, ? = ayuda y recursos en caso de crisis, p = pausa (no se guarda nada: usted eligió --no-save).",
        "s = saltar, v = volver, ? = ayuda, p = pausa.",
        "pregunta 4 de",
        "Escriba un único número del 1 al",
        "Ayuda:",
        "Ahora, de vuelta a la pregunta:",
        "Revise sus respuestas:",
        "¿Guardar una copia para imprimir o compartir?",
    ] {
        assert!(flatten(err).contains(said), "{said:?} not said:\n{err}");
    }
    assert_spanish(&[
        ("stderr".to_string(), err.clone()),
        ("the summary".to_string(), out.stdout.clone()),
    ]);
}

#[test]
fn a_crisis_answer_in_spanish_gets_spanish_screens_that_fit_80_by_24() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn_with(
        &["--lang", "es", "--no-save"],
        &data,
        options_80x24(Vec::new()),
    );
    let mut seen = 0;
    let mut screens = Vec::new();
    let (kind, _) = next(&mut pty, &mut seen);
    assert_eq!(kind, Kind::Welcome);
    pty.send(key::ENTER);
    let (kind, _) = next(&mut pty, &mut seen);
    assert_eq!(kind, Kind::Unchosen);
    // "Sí, tengo estas ideas ahora mismo", the third answer.
    pty.send(&format!("{}{}", key::DOWN.repeat(3), key::ENTER));
    let (kind, crisis) = next(&mut pty, &mut seen);
    assert_eq!(kind, Kind::Crisis, "{crisis}");
    let rows = crisis.lines().count();
    assert!(
        rows < 24,
        "{rows} rows: the crisis screen scrolls:\n{crisis}"
    );
    assert!(wider_than(&crisis, 80).is_empty(), "{crisis}");
    let flat = flatten(&crisis);
    for said in [
        "Ayuda ahora: llame o envíe un texto al 988",
        "marque 2 para español",
        "AYUDA al 988",
        "911",
        "Parar aquí y pedir ayuda ahora (no se guarda nada: usted eligió --no-save)",
        "Ver más formas de pedir ayuda",
    ] {
        assert!(flat.contains(said), "{said:?} not on the screen:\n{crisis}");
    }
    screens.push(("the crisis screen".to_string(), crisis));

    // More ways to get help, on a screen of its own, then back.
    pty.send(&format!("{}{}", key::DOWN, key::ENTER));
    let (kind, more) = next(&mut pty, &mut seen);
    assert_eq!(kind, Kind::MoreHelp, "{more}");
    assert!(more.lines().count() < 24, "{more}");
    assert!(wider_than(&more, 80).is_empty(), "{more}");
    assert!(flatten(&more).contains("Llamar al 988"), "{more}");
    screens.push(("more ways to get help".to_string(), more));
    pty.send(key::ENTER);
    let (kind, _) = next(&mut pty, &mut seen);
    assert_eq!(kind, Kind::Crisis);

    // On with the questions: the next one starts with the reminder.
    pty.send(&format!("{}{}{}", key::DOWN, key::DOWN, key::ENTER));
    let (kind, question) = next(&mut pty, &mut seen);
    assert_eq!(kind, Kind::Unchosen, "{question}");
    assert_eq!(
        question.lines().next().map(str::trim_end),
        Some("Ayuda ahora: llame o envíe un texto al 988"),
        "{question}"
    );
    screens.push(("the next question".to_string(), question));

    // Ctrl-C: the run stops with the parting words, in Spanish.
    let mark = pty.mark();
    pty.send(key::CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
    let end = pty.text_since(mark);
    let flat = flatten(&end);
    assert!(
        flat.contains("Antes de irse: hay ayuda ahora mismo."),
        "{end}"
    );
    assert!(
        flat.contains("Primero cuide de usted. Las preguntas pueden esperar."),
        "{end}"
    );
    assert!(flat.contains("Marque 2 para español"), "{end}");
    screens.push(("the way out".to_string(), end));
    assert_spanish(&screens);
}

#[test]
fn iop_check_crisis_says_its_ways_in_spanish() {
    let out = Run::new(["crisis", "--lang", "es"]).run();
    out.assert_code(0);
    let flat = flatten(&out.stdout);
    assert!(
        flat.contains("Llamar al 988 · Enviar un texto al 988"),
        "{}",
        out.stdout
    );
    assert!(english_in(&out.stdout).is_empty(), "{}", out.stdout);
    // English as before.
    let en = Run::new(["crisis"]).run();
    assert!(
        flatten(&en.stdout).contains("Call 988 · Text 988"),
        "{}",
        en.stdout
    );
}

/// The check used above finds English, so that a screen left in English
/// fails the tests above.
#[test]
fn the_check_names_a_screen_left_in_english() {
    let screens = vec![
        ("a".to_string(), "Revise sus respuestas".to_string()),
        ("b".to_string(), "Skip this question".to_string()),
        ("c".to_string(), "Revise sus respuestas".to_string()),
        (
            "d".to_string(),
            "Pause for now (your answers are kept)".to_string(),
        ),
    ];
    let found = english_on(&screens);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("b:"), "{found:?}");
    assert!(found[1].starts_with("d:"), "{found:?}");
    // A stop said in English is found, its flag and command aside.
    assert_eq!(
        english_words(
            "Stopped. Nothing was saved (--no-save).\n\n    iop-check --resume --plain\n"
        ),
        ["stopped", "nothing", "was", "saved"]
    );
    assert!(
        english_words(
            "Hacer una pausa (no se guarda nada: usted eligió --no-save). Fuente: FindSupport.gov"
        )
        .is_empty()
    );
}

#[test]
fn a_saved_draft_is_offered_again_in_spanish() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn_with(&["--lang", "es"], &data, options_80x24(Vec::new()));
    let mut seen = 0;
    assert_eq!(next(&mut pty, &mut seen).0, Kind::Welcome);
    pty.send(key::ENTER);
    assert_eq!(next(&mut pty, &mut seen).0, Kind::Unchosen);
    pty.send(&format!("{}{}", key::DOWN, key::ENTER));
    assert_eq!(next(&mut pty, &mut seen).0, Kind::Unchosen);
    pty.send(key::CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));

    // Picked up again without --lang: the draft keeps its language.
    let mut pty = Pty::spawn_with(&[], &data, options_80x24(Vec::new()));
    pty.wait_text("Empezar de nuevo (se borran las respuestas guardadas)");
    let screen = settle(&mut pty).join("\n");
    let flat = flatten(&screen);
    assert!(
        flat.contains("Hola de nuevo. Tiene 1 respuesta guardada el "),
        "{screen}"
    );
    assert!(flat.contains("Seguir donde lo dejé"), "{screen}");
    assert!(wider_than(&screen, 80).is_empty(), "{screen}");
    assert_spanish(&[("the offer to pick up the draft".to_string(), screen)]);
    // Picked up: the second safety question, in Spanish.
    let mut seen = clears(&pty);
    pty.send(key::ENTER);
    let (kind, question) = next(&mut pty, &mut seen);
    assert_eq!(kind, Kind::Unchosen, "{question}");
    assert!(flatten(&question).contains("pregunta 2 de"), "{question}");
    pty.send(key::CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
}

#[test]
fn a_past_weeks_answer_in_spanish_gets_the_calmer_screen_on_80_by_24() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn_with(
        &["--lang", "es", "--no-save"],
        &data,
        options_80x24(Vec::new()),
    );
    let mut seen = 0;
    assert_eq!(next(&mut pty, &mut seen).0, Kind::Welcome);
    pty.send(key::ENTER);
    assert_eq!(next(&mut pty, &mut seen).0, Kind::Unchosen);
    // "Sí, en las últimas semanas, pero no ahora", the second answer.
    pty.send(&format!("{}{}", key::DOWN.repeat(2), key::ENTER));
    let (kind, screen) = next(&mut pty, &mut seen);
    assert_eq!(kind, Kind::Crisis, "{screen}");
    assert!(screen.lines().count() < 24, "the screen scrolls:\n{screen}");
    assert!(wider_than(&screen, 80).is_empty(), "{screen}");
    let flat = flatten(&screen);
    for said in [
        "Para su próxima sesión: Dígale a su terapeuta",
        "Llamar al 988 · Enviar un texto al 988",
        "Parar aquí por ahora (no se guarda nada: usted eligió --no-save)",
    ] {
        assert!(flat.contains(said), "{said:?} not on the screen:\n{screen}");
    }
    assert_spanish(&[("the calmer crisis screen".to_string(), screen)]);
    // The cursor starts on "Seguir con las preguntas": on with the second
    // safety question.
    pty.send(key::ENTER);
    let (kind, question) = next(&mut pty, &mut seen);
    assert_eq!(kind, Kind::Unchosen, "{question}");
    pty.send(key::CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
}
