//! The engine on in-memory input: the plain prompter reads typed lines from
//! a buffer, and a recording keeper stands in for the draft, so each rule of
//! the walk (what is kept, when, and how a run stops) is checked without a
//! terminal or a data folder.

use super::*;
use crate::answers::Answers;
use crate::prompt::plain::PlainPrompter;

const BANK: &str = include_str!("../../tests/fixtures/small-bank.yaml");

fn bank() -> Bank {
    crate::bank::load_str("small-bank.yaml", BANK).expect("the test bank loads")
}

/// Remembers the ids answered at each call, and can fail like a full disk.
#[derive(Default)]
struct Recorder {
    /// The answered ids, each time `keep` was called.
    kept: Vec<Vec<String>>,
    flushed: usize,
    notice: Option<&'static str>,
}

impl Keep for Recorder {
    fn keep(&mut self, answers: &Answers, _: bool) -> Result<Option<String>> {
        self.kept
            .push(answers.iter().map(|(id, _)| id.to_string()).collect());
        Ok(self.notice.map(str::to_string))
    }
    fn flush(&mut self, _: &Answers) -> Result<Option<String>> {
        self.flushed += 1;
        Ok(None)
    }
}

/// Runs the engine over `input`; returns the result, what the keeper saw
/// and everything shown.
fn walk(input: &str, keeper: &mut Recorder) -> (Result<Answers>, String) {
    let bank = bank();
    let mut out = Vec::new();
    let result = {
        let mut p = PlainPrompter::new(std::io::Cursor::new(input.as_bytes()), &mut out);
        Engine::new(&bank, &mut p, Answers::default(), keeper, Route::default()).run()
    };
    (result, String::from_utf8(out).expect("utf-8"))
}

/// Every question answered or skipped, then Enter on the review.
const ALL: &str = "1\n2\ns\ns\ns\ns\ns\n\n";

#[test]
fn each_answer_is_kept_as_it_is_given_and_the_end_flushes_once() {
    let mut keeper = Recorder::default();
    let (result, shown) = walk(ALL, &mut keeper);
    let answers = result.expect("the run finishes");
    let safe: Vec<&str> = answers
        .get("safe-now")
        .map(|a| a.option_ids().collect())
        .unwrap_or_default();
    assert_eq!(safe, vec!["no"], "{shown}");
    // "No" to insurance hides in-network: six questions asked, six keeps,
    // each with one more answer than the one before.
    let counts: Vec<usize> = keeper.kept.iter().map(Vec::len).collect();
    assert_eq!(counts, vec![1, 2, 3, 4, 5, 6], "{:?}", keeper.kept);
    assert!(!keeper.kept.iter().flatten().any(|id| id == "in-network"));
    assert_eq!(keeper.flushed, 1);
}

#[test]
fn a_failed_save_is_said_without_stopping_the_run() {
    let mut keeper = Recorder {
        notice: Some("could not save: the disk is full"),
        ..Recorder::default()
    };
    let (result, shown) = walk(ALL, &mut keeper);
    assert!(result.is_ok(), "{shown}");
    assert!(
        shown.contains("could not save: the disk is full"),
        "{shown}"
    );
}

#[test]
fn pausing_stops_with_what_was_kept_and_input_ending_says_so_apart() {
    let mut keeper = Recorder::default();
    let (result, _) = walk("1\nq\n", &mut keeper);
    assert!(matches!(
        result,
        Err(Error::Incomplete {
            stop: Stop::Paused,
            ..
        })
    ));
    assert_eq!(keeper.kept, vec![vec!["safe-now".to_string()]]);
    // Whatever was put off is still written as the run stops.
    assert_eq!(keeper.flushed, 1);

    let mut keeper = Recorder::default();
    let (result, _) = walk("1\n", &mut keeper);
    assert!(matches!(
        result,
        Err(Error::Incomplete {
            stop: Stop::InputEnded,
            ..
        })
    ));
    assert_eq!(keeper.flushed, 1);
}

#[test]
fn going_back_keeps_nothing_new_and_a_changed_answer_opens_its_branch() {
    let mut keeper = Recorder::default();
    // Safe-now, insurance "No", back, insurance "Yes": in-network is asked.
    let input = "1\n2\nb\n1\n3\ns\ns\ns\ns\n\n";
    let (result, shown) = walk(input, &mut keeper);
    let answers = result.expect("the run finishes");
    assert!(answers.get("in-network").is_some(), "{shown}");
    assert_eq!(keeper.kept.len(), 8, "{:?}", keeper.kept);
}

/// [`walk`] with the lines said in `lang`.
fn walk_in(
    lang: crate::i18n::Lang,
    input: &str,
    keeper: &mut Recorder,
) -> (Result<Answers>, String) {
    let bank = bank();
    let mut out = Vec::new();
    let result = {
        let mut p = PlainPrompter::new(std::io::Cursor::new(input.as_bytes()), &mut out).lang(lang);
        Engine::new(&bank, &mut p, Answers::default(), keeper, Route::default()).run()
    };
    let shown = String::from_utf8(out).expect("utf-8");
    (
        result,
        shown.split_whitespace().collect::<Vec<_>>().join(" "),
    )
}

#[test]
fn a_spanish_walk_is_said_in_spanish_and_read_in_spanish() {
    use crate::i18n::Lang;
    // Safe-now, insurance "No", v (back), insurance "Yes", a number out of
    // range, then skips; 1 on the review changes the first answer, and
    // Enter keeps it; Enter finishes.
    let input = "1\n2\nv\n1\n3\ns\ns\n999999\ns\ns\n1\n\n\n";
    let mut keeper = Recorder::default();
    let (result, shown) = walk_in(Lang::Es, input, &mut keeper);
    let answers = result.unwrap_or_else(|e| panic!("{e}\n{shown}"));
    assert!(answers.get("in-network").is_some(), "{shown}");
    for said in [
        "pregunta 1 de ",
        "pregunta 2 de ",
        "Escriba un número. s = saltar, v = volver, ? = ayuda, p = pausa.",
        "Escriba un número. Una línea vacía salta la pregunta.",
        "Revise sus respuestas:",
        "Escriba un número para cambiar esa respuesta, o pulse Enter para terminar. p = pausa.",
        "(la saltó)",
        "Su respuesta ahora: No. Pulse Enter para dejarla igual.",
        "(un número del 0 al 60, en hours a week)",
        "Escriba un número entero del 0 al 60.",
    ] {
        assert!(shown.contains(said), "{said:?} not said:\n{shown}");
    }
    for english in [
        "question 1 of",
        "Type a number",
        "Review your answers",
        "(skipped)",
        "Please type",
    ] {
        assert!(!shown.contains(english), "{english:?} said:\n{shown}");
    }

    // p pauses, with what was kept.
    let mut keeper = Recorder::default();
    let (result, _) = walk_in(Lang::Es, "1\np\n", &mut keeper);
    assert!(matches!(
        result,
        Err(Error::Incomplete {
            stop: Stop::Paused,
            ..
        })
    ));
    assert_eq!(keeper.kept, vec![vec!["safe-now".to_string()]]);
    // And p on the review.
    let mut keeper = Recorder::default();
    let (result, _) = walk_in(Lang::Es, "1\n2\ns\ns\ns\ns\ns\np\n", &mut keeper);
    assert!(matches!(
        result,
        Err(Error::Incomplete {
            stop: Stop::Paused,
            ..
        })
    ));
}

#[test]
fn a_crisis_answer_in_spanish_is_answered_in_spanish() {
    use crate::i18n::Lang;
    // "Yes" to the safety question: Enter stops there.
    let mut keeper = Recorder::default();
    let (result, shown) = walk_in(Lang::Es, "2\n\n", &mut keeper);
    assert!(matches!(
        result,
        Err(Error::Incomplete {
            stop: Stop::Paused,
            ..
        })
    ));
    assert!(
        shown.contains("Pulse Enter para parar aquí y pedir ayuda ahora (sus respuestas se guardan), o escriba c para seguir con las preguntas."),
        "{shown}"
    );
    assert!(!shown.contains("Press Enter"), "{shown}");
    // c goes on with the questions.
    let mut keeper = Recorder::default();
    let (result, shown) = walk_in(Lang::Es, "2\nc\np\n", &mut keeper);
    assert!(result.is_err());
    assert!(shown.contains("pregunta 2 de "), "{shown}");
}
