//! The programs worksheet and comparison in Spanish (issue 21): `--lang es`
//! or a Spanish locale asks the Spanish worksheet and says everything in
//! Spanish (text, plain text, Markdown, HTML with `lang="es-US"`), the JSON
//! keeps the English one's ids and marks with Spanish labels, programs kept
//! in English read in Spanish, plural forms follow Spanish, and a Spanish
//! run's summary lists the programs in Spanish.

use crate::bank_spanish::english_in;
use crate::common;

use common::Run;
use iop_check::i18n::{Lang, Messages};
use serde_json::Value;
use std::path::{Path, PathBuf};

use crate::programs::{tempdir, write};

/// `iop-check --lang es programs ARGS…`.
fn programs_es(args: &[&str], data: &Path) -> common::Output {
    Run::new(["--lang", "es", "programs"])
        .args(args)
        .data_dir(data)
        .run()
}

/// A program with most things known (`RIVERSIDE`, with a Spanish name,
/// so that only the tool's own words can be English).
fn rio() -> String {
    crate::programs::RIVERSIDE.replace("Riverside evening IOP", "Centro Río")
}

/// An online program in the daytime on weekdays (it clashes with work),
/// paid by the person, with the maximum unknown.
const SOL: &str = r#"
name: Clínica Sol
format: online
days: [tue, thu]
times: mornings
hours-week: 10
weeks: 6
pay-kind: self-pay
price-per-day: 250
work-hours: 4
"#;

/// Adds a program from an answers file, with `lang_args` before `programs`.
fn add(data: &Path, tmp: &Path, file: &str, text: &str, lang_args: &[&str]) -> common::Output {
    let f = write(tmp, file, text);
    let out = Run::new(lang_args)
        .args(["programs", "add", "--answers", f.to_str().unwrap()])
        .data_dir(data)
        .run();
    out.assert_code(0);
    out
}

/// Two programs added in Spanish, an unnamed one added in English, and a
/// kept check-in (made by a Spanish run) that says: in person, 10 hours
/// free, flexibility and structure matter a lot, work may get in the way.
fn setup(tmp: &Path) -> PathBuf {
    let data = tmp.join("data");
    add(&data, tmp, "r.yaml", &rio(), &["--lang", "es"]);
    add(&data, tmp, "s.yaml", SOL, &["--lang", "es"]);
    // Kept by an English run, with no name: "Program 3" on disk.
    add(
        &data,
        tmp,
        "g.yaml",
        "format: both\ndays: [dont-know]\n",
        &[],
    );
    crate::programs::kept_check_in(tmp, &data, &["--lang", "es"]);
    data
}

/// The words of an HTML page a person reads: no style, no tags.
fn html_text(html: &str) -> String {
    let body = match html.split_once("</style>") {
        Some((_, rest)) => rest,
        None => html,
    };
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn assert_no_english(what: &str, text: &str) {
    let found = english_in(text);
    assert!(found.is_empty(), "{what}: English {found:?} in:\n{text}");
}

#[test]
fn the_spanish_worksheet_is_asked_with_the_english_ones_ids() {
    let en = iop_check::programs::worksheet(Lang::En).expect("the English worksheet");
    let es = iop_check::programs::worksheet(Lang::Es).expect("the Spanish worksheet");
    assert_eq!(es.language, "es-US");
    assert_eq!(es.title, "Hoja de programas");
    let ids = |b: &iop_check::bank::Bank| {
        b.questions()
            .map(|(_, q)| {
                let options: Vec<String> = q.options.iter().map(|o| o.id.clone()).collect();
                (q.id.clone(), options)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&en), ids(&es));
    // The template asks the Spanish worksheet's questions.
    let out = Run::new(["--lang", "es", "programs", "template"]).run();
    out.assert_code(0);
    assert!(
        out.stdout.contains("¿Cómo se llama el programa?"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("What is the program called"));
}

#[test]
fn compare_in_spanish_says_no_english_in_any_format() {
    let tmp = tempdir();
    let data = setup(tmp.path());

    // Side by side, at 80 columns.
    let out = programs_es(&["compare"], &data);
    out.assert_code(0);
    let text = &out.stdout;
    assert!(common::wider_than(text, 80).is_empty(), "{text}");
    assert_no_english("text", text);
    let flat = common::flatten(text);
    for want in [
        "Se comparan 3 programas lado a lado.",
        "Marcado según lo que usted dijo en su registro 20261201-120000",
        "formato: en persona; horas que podría dejar libres: 10 horas; razones que le importan mucho: 2",
        "Marcas: ✓ coincide con lo que usted dijo",
        // The program kept in English, without a name, reads in Spanish.
        "3. Programa 3",
        "Su horario de trabajo: se reúne de día, entre semana.",
        "Qué preguntar a su seguro (un guion que puede leer):",
        "No califican ni recomiendan ningún programa",
    ] {
        assert!(flat.contains(want), "{want:?} not in:\n{text}");
    }
    assert!(text.contains("★ En persona o"), "{text}");
    assert!(text.contains("En persona ✓"), "{text}");
    assert!(text.contains("En línea !"), "{text}");
    assert!(text.contains("│ todavía no se"), "{text}");

    // One program after another.
    let out = programs_es(&["compare", "--plain"], &data);
    out.assert_code(0);
    assert_no_english("plain text", &out.stdout);
    let flat = common::flatten(&out.stdout);
    assert!(
        flat.contains("Programa 2 de 3: Clínica Sol"),
        "{}",
        out.stdout
    );
    for want in [
        "Costo del programa para usted (aproximado): $900 (llega a su máximo del año)",
        "Costo del programa para usted (aproximado): $3,000",
        "Horas por semana, con el viaje (aproximado) (le importa: ",
        "Semanas (le importa: ",
        "Semanas (le importa: La estructura, con varias sesiones fijas por semana): 8 semanas",
        "Días y horario (le importa: ",
    ] {
        assert!(flat.contains(want), "{want:?} not in:\n{}", out.stdout);
    }
    assert!(
        flat.contains("En línea (no coincide con lo que usted dijo)"),
        "{}",
        out.stdout
    );

    // Markdown: the one stressed word is Spanish too.
    let out = programs_es(&["compare", "--format", "markdown"], &data);
    out.assert_code(0);
    assert_no_english("Markdown", &out.stdout);
    assert!(out.stdout.starts_with("# Comparación de programas\n"));
    assert!(out.stdout.contains("**aproximado**"), "{}", out.stdout);

    // HTML: lang="es-US", and no English in what is read.
    let out = programs_es(&["compare", "--format", "html"], &data);
    out.assert_code(0);
    assert!(
        out.stdout.contains(r#"<html lang="es-US""#),
        "{}",
        out.stdout
    );
    assert_no_english("HTML", &html_text(&out.stdout));
    assert!(
        out.stdout
            .contains("<title>Comparación de programas</title>")
    );
    // A printed page is numbered in Spanish too.
    assert!(
        out.stdout
            .contains(r#"content: "Página " counter(page) " de " counter(pages)"#),
        "{}",
        out.stdout
    );
}

#[test]
fn the_json_has_the_english_ids_and_marks_with_spanish_labels() {
    let tmp = tempdir();
    let data = setup(tmp.path());
    let json = |lang: &str| -> Value {
        let out = Run::new(["--lang", lang, "programs", "compare", "--format", "json"])
            .data_dir(&data)
            .run();
        out.assert_code(0);
        serde_json::from_str(&out.stdout).expect("JSON")
    };
    let (en, es) = (json("en"), json("es"));
    // The same structure and data: every id, mark, figure and count.
    let ids = |v: &Value| -> Vec<String> {
        v["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&en), ids(&es));
    assert!(ids(&es).len() > 20);
    for (r_en, r_es) in en["rows"]
        .as_array()
        .unwrap()
        .iter()
        .zip(es["rows"].as_array().unwrap())
    {
        assert_ne!(r_en["label"], r_es["label"], "{r_es}");
        assert_eq!(r_en["priority"].is_null(), r_es["priority"].is_null());
        for (c_en, c_es) in r_en["cells"]
            .as_array()
            .unwrap()
            .iter()
            .zip(r_es["cells"].as_array().unwrap())
        {
            assert_eq!(c_en["known"], c_es["known"]);
            assert_eq!(c_en["mark"], c_es["mark"]);
        }
    }
    for key in ["schema_version", "kind"] {
        assert_eq!(en[key], es[key]);
    }
    for key in ["hours_free", "format", "benefits", "conflicts"] {
        assert_eq!(en["preferences"][key], es["preferences"][key], "{key}");
    }
    let programs = |v: &Value| v["programs"].as_array().unwrap().clone();
    for (p_en, p_es) in programs(&en).iter().zip(&programs(&es)) {
        assert_eq!(p_en["number"], p_es["number"]);
        assert_eq!(p_en["estimate"], p_es["estimate"]);
        for list in ["ask_program", "ask_insurer", "clashes"] {
            assert_eq!(
                p_en[list].as_array().unwrap().len(),
                p_es[list].as_array().unwrap().len(),
                "{list}"
            );
        }
    }
    assert_eq!(programs(&en)[2]["name"], "Program 3");
    assert_eq!(programs(&es)[2]["name"], "Programa 3");
    // The labels are Spanish.
    let labels: Vec<String> = [
        es["note"].as_str().unwrap().to_string(),
        es["preferences"]["source"].as_str().unwrap().to_string(),
    ]
    .into_iter()
    .chain(
        es["preferences"]["benefit_labels"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string()),
    )
    .chain(
        es["insurer_script"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string()),
    )
    .chain(es["rows"].as_array().unwrap().iter().flat_map(|r| {
        std::iter::once(r["label"].as_str().unwrap().to_string()).chain(
            r["cells"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["text"].as_str().unwrap().to_string()),
        )
    }))
    .chain(programs(&es).iter().flat_map(|p| {
        ["ask_program", "ask_insurer", "clashes"]
            .into_iter()
            .flat_map(|l| p[l].as_array().unwrap().clone())
            .map(|s| s.as_str().unwrap().to_string())
    }))
    .collect();
    assert!(labels.len() > 100);
    assert_no_english("JSON labels", &labels.join("\n"));
}

#[test]
fn a_spanish_locale_gives_the_same_comparison_as_lang_es() {
    let tmp = tempdir();
    let data = setup(tmp.path());
    let flag = programs_es(&["compare", "--format", "markdown"], &data);
    let locale = Run::new(["programs", "compare", "--format", "markdown"])
        .env("LANG", "es_US.UTF-8")
        .data_dir(&data)
        .run();
    locale.assert_code(0);
    assert_eq!(flag.stdout, locale.stdout);
    assert!(locale.stdout.contains("Comparación de programas"));
    // And the list, and an error.
    let list = Run::new(["programs", "list"])
        .env("LANG", "es_US.UTF-8")
        .data_dir(&data)
        .run();
    list.assert_code(0);
    assert_no_english("list", &list.stdout);
    assert!(
        list.stdout
            .starts_with("Sus programas (los costos y las horas son aproximados):"),
        "{}",
        list.stdout
    );
    let missing = Run::new(["programs", "compare", "Nadie"])
        .env("LANG", "es_US.UTF-8")
        .data_dir(&data)
        .run();
    missing.assert_code(2);
    assert!(
        missing
            .stderr
            .contains("no hay ningún programa llamado \"Nadie\""),
        "{}",
        missing.stderr
    );
    assert_no_english("error", &missing.stderr);
}

#[test]
fn programs_kept_in_english_are_found_and_shown_by_their_spanish_name() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    add(&data, tmp.path(), "a.yaml", "format: online\n", &[]);
    // English: "Program 1", as before.
    let en = Run::new(["programs", "list"]).data_dir(&data).run();
    assert!(en.stdout.contains("1. Program 1: Online"), "{}", en.stdout);
    // Spanish: "Programa 1", found by either name.
    let es = programs_es(&["list"], &data);
    assert!(
        es.stdout.contains("1. Programa 1: En línea"),
        "{}",
        es.stdout
    );
    programs_es(&["compare", "Programa 1"], &data).assert_code(0);
    programs_es(&["compare", "program 1"], &data).assert_code(0);
    let out = programs_es(&["remove", "Programa 1", "--yes"], &data);
    out.assert_code(0);
    assert_eq!(out.stdout, "Se borró \"Programa 1\".\n");
    // A name the person gave is kept as written in every language.
    add(&data, tmp.path(), "b.yaml", "name: Program 7\n", &[]);
    let es = programs_es(&["list"], &data);
    assert!(es.stdout.contains("1. Program 7:"), "{}", es.stdout);
}

#[test]
fn spanish_plural_forms_come_from_the_catalogue() {
    let m = Messages::new(Lang::Es);
    use iop_check::programs::compare::{hours, questions_left};
    assert_eq!(hours(&m, 1.0), "1 hora");
    assert_eq!(hours(&m, 2.5), "2.5 horas");
    assert_eq!(hours(&m, 0.0), "0 horas");
    assert_eq!(questions_left(&m, 1), "queda 1 pregunta por hacer");
    assert_eq!(questions_left(&m, 2), "quedan 2 preguntas por hacer");
    let en = Messages::new(Lang::En);
    assert_eq!(hours(&en, 1.0), "1 hour");
    assert_eq!(hours(&en, 1.5), "1.5 hours");
    assert_eq!(questions_left(&en, 1), "1 question still to ask");

    // Through the binary: one program, then two; one week; one question left.
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let one_left = r#"
name: Centro Uno
contact: 555-0101
format: online
days: [mon]
times: evenings
hours-week: 1
weeks: 1
methods: [cbt]
group-size: 1
one-on-one: weekly
psychiatry: weekly
with-therapist: in-touch
crisis-help: "yes"
measures-progress: "yes"
shares-outcomes: "yes"
licensed: "yes"
accredited: joint-commission
aftercare: "yes"
price-per-day: 100
in-network: "yes"
prior-auth: "no"
pay-kind: copay
copay: 10
deductible-left: 0
oop-max-left: 5000
travel-minutes: 0
travel-cost: 0
work-hours: 0
"#;
    let out = add(&data, tmp.path(), "u.yaml", one_left, &["--lang", "es"]);
    let said = common::flatten(&out.stderr);
    assert!(
        said.contains(
            "Se agregó \"Centro Uno\" como el programa 1. Queda 1 pregunta por hacer sobre este programa."
        ),
        "{}",
        out.stderr
    );
    let out = programs_es(&["compare", "--plain"], &data);
    let flat = common::flatten(&out.stdout);
    assert!(flat.contains("Se compara 1 programa."), "{flat}");
    assert!(flat.contains("Semanas: 1 semana"), "{flat}");
    assert!(flat.contains(": 1 hora"), "{flat}");
    let list = common::flatten(&programs_es(&["list"], &data).stdout);
    assert!(list.contains("queda 1 pregunta por hacer"), "{list}");

    let out = add(&data, tmp.path(), "s.yaml", SOL, &["--lang", "es"]);
    assert!(
        common::flatten(&out.stderr).contains("Quedan "),
        "{}",
        out.stderr
    );
    let flat = common::flatten(&programs_es(&["compare"], &data).stdout);
    assert!(
        flat.contains("Se comparan 2 programas lado a lado."),
        "{flat}"
    );
    assert!(flat.contains("6 semanas"), "{flat}");
}

#[test]
fn a_spanish_runs_summary_lists_the_programs_in_spanish() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    add(&data, tmp.path(), "r.yaml", &rio(), &[]);
    let main: String = common::example_answers(None)
        .lines()
        .map(|l| match l.split(':').next().unwrap_or("") {
            "hours-free" => "hours-free: 20".to_string(),
            "safe-now" | "hurt-self" | "harm-others" if l.ends_with(':') => format!("{l} \"no\""),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let f = write(tmp.path(), "main.yaml", &main);
    let out = Run::new(["--lang", "es", "run", "--answers", f.to_str().unwrap()])
        .data_dir(&data)
        .run();
    out.assert_code(0);
    let text = common::flatten(&out.stdout);
    assert!(text.contains("Los programas que está comparando"), "{text}");
    assert!(
        text.contains(
            "Centro Río: En persona; lunes, miércoles, viernes; por la noche · 8 semanas; cerca de 12 horas por semana con el viaje, dentro de las horas que podría dejar libres; cerca de $1,092 para usted en total (un cálculo aproximado); quedan 9 preguntas por hacer."
        ),
        "{text}"
    );
    // The English run of the same answers says it in English, as before.
    let out = Run::new(["run", "--answers", f.to_str().unwrap()])
        .data_dir(&data)
        .run();
    out.assert_code(0);
    let text = common::flatten(&out.stdout);
    assert!(
        text.contains("Centro Río: In person; Mon, Wed, Fri; evenings · 8 weeks; about 12 hours a week with travel, within the hours you could free; about $1,092 to you in all (an estimate); 9 questions still to ask."),
        "{text}"
    );
}

/// Stderr, flattened, without the command to type to pick up again (a
/// command, typed as it is).
fn own_words(stderr: &str) -> String {
    let t = stderr
        .lines()
        .filter(|l| !l.trim_start().starts_with("iop-check "))
        .collect::<Vec<_>>()
        .join("\n");
    common::flatten(&t)
}

#[test]
fn adding_in_plain_mode_in_spanish_asks_and_answers_in_spanish() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    // A name, contact skipped, format 2 (online), then q: a pause after
    // three answers.
    let out = Run::new(["--lang", "es", "programs", "add", "--plain"])
        .data_dir(&data)
        .lines(&["Centro Sol", "", "2", "q"])
        .run();
    let said = common::flatten(&out.stderr);
    for want in [
        "Agregar un programa",
        "¿Cómo se llama el programa?",
        "¿El programa se reúne en persona, en línea, o las dos cosas?",
        "iop-check programs edit 1",
    ] {
        assert!(said.contains(want), "{want:?} not in:\n{}", out.stderr);
    }
    assert_no_english("stderr", &own_words(&out.stderr));
    assert!(said.contains("En pausa."), "{}", out.stderr);
    let kept: Value =
        serde_json::from_slice(&std::fs::read(data.join("programs.json")).unwrap()).unwrap();
    assert_eq!(kept["programs"][0]["name"], "Centro Sol");
    assert_eq!(kept["programs"][0]["answers"]["format"], "online");

    // Input that ends before the first answer adds nothing, and says so in
    // Spanish.
    let data = tmp.path().join("empty");
    let out = Run::new(["--lang", "es", "programs", "add", "--plain"])
        .data_dir(&data)
        .stdin("")
        .run();
    out.assert_code(2);
    assert!(
        common::flatten(&out.stderr).contains(
            "la entrada terminó antes de la primera respuesta, así que no se agregó ningún programa"
        ),
        "{}",
        out.stderr
    );
    assert_no_english("stderr", &own_words(&out.stderr));
    assert!(!data.join("programs.json").exists());
}

#[test]
fn every_programs_command_answers_in_spanish() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut said = Vec::new();
    let mut check = |what: &str, out: &common::Output, code: i32, want: &str| {
        out.assert_code(code);
        let text = format!("{}\n{}", out.stdout, out.stderr);
        assert!(
            common::flatten(&text).contains(want),
            "{what}: {want:?} not in:\n{text}"
        );
        said.push((what.to_string(), text));
    };
    // Nothing kept yet.
    check(
        "list",
        &programs_es(&["list"], &data),
        0,
        "Todavía no ha agregado ningún programa.",
    );
    check(
        "compare",
        &programs_es(&["compare"], &data),
        2,
        "error: todavía no ha agregado ningún programa, así que no hay nada que comparar.",
    );
    check(
        "remove",
        &programs_es(&["remove", "1", "--yes"], &data),
        2,
        "error: todavía no ha agregado ningún programa.",
    );
    // Adding without keeping shows the program, then says nothing was kept.
    let f = write(tmp.path(), "r.yaml", &rio());
    let f = f.to_str().unwrap();
    check(
        "add --no-save",
        &programs_es(&["add", "--answers", f, "--no-save"], &data),
        0,
        "No se guardó nada en esta computadora (--no-save).",
    );
    assert!(!data.join("programs.json").exists());
    check(
        "add",
        &programs_es(&["add", "--answers", f], &data),
        0,
        "Se agregó \"Centro Río\" como el programa 1. Quedan 9 preguntas por hacer sobre este programa. Véalo junto a sus otros programas con `iop-check programs compare`.",
    );
    check(
        "edit",
        &programs_es(&["edit", "1", "--answers", f], &data),
        0,
        "Se guardó \"Centro Río\" como el programa 1.",
    );
    let page = tmp.path().join("comparacion.html");
    check(
        "compare -o",
        &programs_es(&["compare", "-o", page.to_str().unwrap()], &data),
        0,
        "La comparación se guardó en",
    );
    // Five programs: choose up to four, by number or name.
    for n in 2..=5 {
        let f = write(
            tmp.path(),
            &format!("{n}.yaml"),
            &format!("name: Centro {n}\n"),
        );
        programs_es(&["add", "--answers", f.to_str().unwrap()], &data).assert_code(0);
    }
    check(
        "compare five",
        &programs_es(&["compare"], &data),
        2,
        "usted tiene 5 programas, y caben hasta 4 lado a lado.",
    );
    check(
        "compare named five",
        &programs_es(&["compare", "1", "2", "3", "4", "5"], &data),
        2,
        "caben hasta 4 programas lado a lado, y usted nombró 5. Elija 4 o menos",
    );
    check(
        "remove",
        &programs_es(&["remove", "Centro 5", "--yes"], &data),
        0,
        "Se borró \"Centro 5\".",
    );
    for (what, text) in &said {
        assert_no_english(what, text);
    }
}

/// Every worksheet question answered: `programs edit` goes straight to the
/// review.
const COMPLETE: &str = r#"
name: Centro Uno
contact: 555-0101
format: online
days: [mon]
times: evenings
hours-week: 3
weeks: 4
methods: [cbt]
group-size: 6
one-on-one: weekly
psychiatry: weekly
with-therapist: in-touch
crisis-help: "yes"
measures-progress: "yes"
shares-outcomes: "yes"
licensed: "yes"
accredited: joint-commission
waitlist: 2
aftercare: "yes"
price-per-day: 100
in-network: "yes"
prior-auth: "no"
pay-kind: copay
copay: 10
deductible-left: 0
oop-max-left: 5000
travel-minutes: 0
travel-cost: 0
work-hours: 0
hourly-pay: 0
notes: Queda cerca del trabajo.
"#;

#[test]
fn the_review_in_a_terminal_offers_to_keep_the_program_in_spanish() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    add(&data, tmp.path(), "u.yaml", COMPLETE, &["--lang", "es"]);
    let mut pty = common::Pty::spawn(&["--lang", "es", "programs", "edit", "1"], &data);
    pty.wait_text("Terminar y guardar este programa");
    let review = pty.current_text();
    assert!(!review.contains("Finish and keep"), "{review}");
    pty.send(common::key::ENTER);
    assert_eq!(pty.wait_exit(), common::Exit::Code(0));
    let said = common::flatten(&pty.text());
    assert!(
        said.contains("Se guardó \"Centro Uno\" como el programa 1. No le quedan preguntas por hacer sobre este programa."),
        "{said}"
    );
}
