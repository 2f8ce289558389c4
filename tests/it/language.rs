//! Choosing the language (issue 21, item 3): `--lang`, else `LC_ALL`,
//! `LC_MESSAGES` and `LANG` in that order, else English; the built-in bank
//! in that language; a paused run goes on in the language it began in; a
//! `--bank` of one's own speaks its own language; what commands say on the
//! way out (errors, stops, history, forget, the template) is in the same
//! language.

use crate::bank_spanish::english_in;
use crate::common::{self, Run};

/// The first line of `iop-check template`: which bank, in which language.
fn template_head(env: &[(&str, &str)], args: &[&str]) -> String {
    let mut run = Run::new(["template"]).args(args);
    for (k, v) in env {
        run = run.env(k, v);
    }
    let out = run.run();
    out.assert_code(0);
    out.stdout.lines().next().unwrap_or_default().to_string()
}

const SPANISH: &str = "# Archivo de respuestas para el banco de preguntas \"iop-decision\"";
const ENGLISH: &str = "# Answers file for the question bank \"iop-decision\"";

/// The environment, the arguments, and the template's first line they give.
type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], &'a str);

#[test]
fn the_language_is_lang_then_the_locale_then_english() {
    let cases: &[Case] = &[
        (&[], &[], ENGLISH),
        (&[("LANG", "es_US.UTF-8")], &[], SPANISH),
        (&[("LANG", "es_MX")], &[], SPANISH),
        (&[("LANG", "es_US.UTF-8")], &["--lang", "en"], ENGLISH),
        (&[("LANG", "en_US.UTF-8")], &["--lang", "es"], SPANISH),
        // LC_ALL over LC_MESSAGES over LANG, as POSIX has it.
        (
            &[("LC_ALL", "C.UTF-8"), ("LANG", "es_US.UTF-8")],
            &[],
            ENGLISH,
        ),
        (
            &[("LC_MESSAGES", "es_US.UTF-8"), ("LANG", "en_US.UTF-8")],
            &[],
            SPANISH,
        ),
        (
            &[("LC_ALL", ""), ("LC_MESSAGES", "es_US.UTF-8")],
            &[],
            SPANISH,
        ),
        // A language there is no translation for is English.
        (&[("LANG", "fr_FR.UTF-8")], &[], ENGLISH),
    ];
    for (env, args, want) in cases {
        let head = template_head(env, args);
        assert!(head.starts_with(want), "{env:?} {args:?}: {head}");
    }
    // --lang goes before or after the command.
    let out = Run::new(["--lang", "es", "template"]).run();
    out.assert_code(0);
    assert!(out.stdout.starts_with(SPANISH), "{}", out.stdout);
    // Options that do not go together are said in the language too.
    let out = Run::new(["--plain", "--answers", "x.yaml", "--lang", "es"]).run();
    out.assert_code(2);
    assert_eq!(
        out.stderr.trim(),
        "error: --plain hace las preguntas una por línea, y --answers lee las respuestas de un archivo: use una de las dos"
    );
    // A language iop-check does not have is a usage error that names both.
    let out = Run::new(["template", "--lang", "de"]).run();
    out.assert_code(2);
    assert!(
        out.stderr.contains("en") && out.stderr.contains("es"),
        "{}",
        out.stderr
    );
}

/// The Spanish bank's prompt for the question after the safety check.
fn spanish_stage_prompt() -> String {
    let bank = iop_check::bank::builtin_es().expect("the Spanish bank");
    bank.question("decision-stage")
        .expect("the stage question")
        .prompt
        .clone()
}

#[test]
fn a_paused_run_goes_on_in_the_language_it_began_in() {
    let dir = tempfile::tempdir().unwrap();
    // Begun in Spanish: the safety check answered, then the input ends.
    let out = Run::new(["--plain", "--lang", "es"])
        .data_dir(dir.path())
        .lines(&["1", "1", "1"])
        .run();
    out.assert_code(5);
    assert!(
        out.stderr
            .contains("error: la entrada terminó antes de la última pregunta."),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("Sus respuestas hasta ahora están guardadas."),
        "{}",
        out.stderr
    );
    let draft = common::read_draft(dir.path()).expect("a draft");
    assert_eq!(draft["language"], "es-US", "{draft}");
    // Its summary so far, too, is in Spanish.
    let out = Run::new(["summary", "--draft"])
        .data_dir(dir.path())
        .env("LANG", "en_US.UTF-8")
        .env("NO_COLOR", "1")
        .run();
    out.assert_code(0);
    assert!(
        out.stdout.starts_with("Pensar en la sugerencia de un IOP"),
        "{}",
        out.stdout
    );

    // Picked up under an English locale, without --lang: still Spanish.
    let out = Run::new(["--plain", "--resume"])
        .data_dir(dir.path())
        .env("LANG", "en_US.UTF-8")
        .run();
    out.assert_code(5);
    assert!(
        out.stderr.contains(&spanish_stage_prompt()),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("error: la entrada terminó"),
        "{}",
        out.stderr
    );

    // --lang says otherwise: the same answers go on in English, and the
    // next answer keeps the draft in English.
    let out = Run::new(["--plain", "--resume", "--lang", "en"])
        .data_dir(dir.path())
        .env("LANG", "es_US.UTF-8")
        .lines(&["2"])
        .run();
    out.assert_code(5);
    assert!(
        !out.stderr.contains(&spanish_stage_prompt())
            && out
                .stderr
                .contains("error: the input ended before the last question."),
        "{}",
        out.stderr
    );
    let draft = common::read_draft(dir.path()).expect("the draft is kept");
    assert_eq!(draft["language"], "en-US", "{draft}");
    assert_eq!(draft["answers"]["safe-now"], "no", "{draft}");
    assert_eq!(draft["answers"]["decision-stage"], "considering", "{draft}");
}

#[test]
fn a_bank_of_its_own_speaks_its_own_language() {
    let bank = common::fixture("small-bank.yaml");
    // An English bank under a Spanish locale: one language on the way out.
    let out = Run::new(["--plain", "--no-save", "--bank"])
        .arg(&bank)
        .env("LANG", "es_US.UTF-8")
        .run();
    out.assert_code(5);
    assert!(
        out.stderr
            .contains("error: the input ended before the last question."),
        "{}",
        out.stderr
    );
    // Asked for in so many words, Spanish it is.
    let out = Run::new(["--plain", "--no-save", "--lang", "es", "--bank"])
        .arg(&bank)
        .run();
    out.assert_code(5);
    assert!(
        out.stderr.contains("error: la entrada terminó"),
        "{}",
        out.stderr
    );
}

#[test]
fn errors_and_results_are_said_in_the_language_chosen() {
    let dir = tempfile::tempdir().unwrap();
    // No such check-in.
    let out = Run::new(["summary", "no-such-id", "--lang", "es"])
        .data_dir(dir.path())
        .run();
    out.assert_code(2);
    assert_eq!(
        out.stderr.trim(),
        "error: no hay ningún registro \"no-such-id\". `iop-check history` muestra los que tiene"
    );
    // Nothing to forget, then one check-in kept from English answers and
    // shown, then forgotten, all in Spanish.
    let out = Run::new(["forget", "--all", "--yes"])
        .data_dir(dir.path())
        .env("LANG", "es_US.UTF-8")
        .run();
    out.assert_code(0);
    assert!(
        out.stdout.starts_with("No hay nada que borrar"),
        "{}",
        out.stdout
    );
    let out = Run::new(["run", "--keep", "--answers"])
        .arg(common::fixture("answers/builtin-some.yaml"))
        .data_dir(dir.path())
        .env("LANG", "es_US.UTF-8")
        .env("NO_COLOR", "1")
        .run();
    out.assert_code(0);
    assert!(
        out.stderr.contains("Se guardó como el registro "),
        "{}",
        out.stderr
    );
    for format in ["text", "markdown", "html"] {
        let out = Run::new(["history", "--format", format])
            .data_dir(dir.path())
            .env("LANG", "es_US.UTF-8")
            .env("NO_COLOR", "1")
            .env("TZ", "UTC")
            .run();
        out.assert_code(0);
        // The check-in's answers are said in the Spanish bank's words.
        assert!(
            out.stdout.contains("Lo estoy pensando"),
            "{format}: {}",
            out.stdout
        );
        let read = if format == "html" {
            out.stdout
                .split('<')
                .map(|t| t.split_once('>').map_or(t, |(_, text)| text))
                .filter(|t| !t.contains('{'))
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            out.stdout.clone()
        };
        let english = english_in(&read);
        assert!(
            english.is_empty(),
            "{format}: English {english:?} in\n{read}"
        );
    }
    // The same history in English, under the English locale: the check-in
    // kept in Spanish is said in the English bank's words.
    let out = Run::new(["history", "--format", "markdown"])
        .data_dir(dir.path())
        .run();
    out.assert_code(0);
    assert!(
        out.stdout.contains("I'm thinking it over") && out.stdout.contains("Where you were"),
        "{}",
        out.stdout
    );
    let out = Run::new(["forget", "--all", "--yes", "--lang", "es"])
        .data_dir(dir.path())
        .run();
    out.assert_code(0);
    assert_eq!(out.stdout.trim(), "Se borró 1 registro guardado.");
}

/// The summary of one answers file: in a Spanish run, and in a Spanish run
/// asked for a summary in English.
fn summary_of(file: &str, format: &str, args: &[&str]) -> String {
    let out = Run::new(["run", "--no-save", "--format", format, "--answers"])
        .arg(common::fixture(file))
        .args(args)
        .env("NO_COLOR", "1")
        .env("TZ", "UTC")
        .run();
    out.assert_code(0);
    // The time it was made is the only thing two runs may differ in.
    out.stdout
        .lines()
        .filter(|l| !l.contains("\"created\"") && !l.contains("\"authored\""))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_spanish_run_gives_a_spanish_summary_and_the_english_one_on_request() {
    for file in ["answers/builtin-full.yaml", "answers/builtin-some.yaml"] {
        // In Spanish by the locale, as by the flag.
        let by_locale = Run::new(["run", "--no-save", "--answers"])
            .arg(common::fixture(file))
            .env("LANG", "es_US.UTF-8")
            .env("NO_COLOR", "1")
            .env("TZ", "UTC")
            .run();
        by_locale.assert_code(0);
        assert_eq!(
            by_locale.stdout,
            summary_of(file, "text", &["--lang", "es"]) + "\n",
            "{file}"
        );
        assert!(
            by_locale
                .stdout
                .starts_with("Pensar en la sugerencia de un IOP"),
            "{}",
            by_locale.stdout
        );
        // For an English-reading therapist: the English run's summary,
        // item for item, word for word.
        for format in ["text", "markdown", "html", "json", "fhir"] {
            assert_eq!(
                summary_of(file, format, &["--lang", "es", "--summary-lang", "en"]),
                summary_of(file, format, &[]),
                "{file} as {format}"
            );
        }
    }
}

#[test]
fn a_broken_answers_file_points_to_its_own_template_in_either_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.yaml");
    std::fs::write(&file, "no-such-question: 1\n").unwrap();
    for (args, template) in [
        (&["run", "--no-save"][..], "iop-check template"),
        (
            &["progress", "--no-save"][..],
            "iop-check progress template",
        ),
        (
            &["programs", "add", "--no-save"][..],
            "iop-check programs template",
        ),
    ] {
        for (lang, words) in [
            (
                "en",
                format!("`{template}` prints an answers file to fill in."),
            ),
            (
                "es",
                format!("`{template}` le da un archivo de respuestas para llenar."),
            ),
        ] {
            let out = Run::new(args)
                .args(["--lang", lang, "--answers"])
                .arg(&file)
                .run();
            out.assert_code(4);
            assert!(
                out.stderr.trim_end().ends_with(&words),
                "{args:?} {lang}: {}",
                out.stderr
            );
        }
    }
}
