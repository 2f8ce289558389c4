//! Terminal screens that must work without colour and in a small window:
//! the current row of a checklist is marked (❯), not only coloured; the
//! review shows its answers a page at a time, each page on an 80×30 screen
//! under its heading; and the list of answers to change fits there too.

use crate::common;

use common::key::{CTRL_C, DOWN, ENTER, SPACE};
use common::{Exit, Pty, Screen, ScreenKind, fixture, flatten};

fn small_bank() -> String {
    fixture("small-bank.yaml").display().to_string()
}

#[test]
fn the_current_checklist_row_is_marked_without_colour() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    // NO_COLOR=1 is the helper's default.
    let mut pty = Pty::spawn(&["--bank", &small_bank()], &data);
    pty.expect_screen(ScreenKind::Welcome);
    pty.send(ENTER);
    pty.expect_screen(ScreenKind::Choice); // safe-now: No (nothing is chosen until ↓)
    pty.send(&format!("{DOWN}{ENTER}"));
    pty.expect_screen(ScreenKind::Choice); // has-insurance: No
    pty.send(&format!("{DOWN}{ENTER}"));
    pty.expect_screen(ScreenKind::Choice); // cost-worry
    pty.send(ENTER);
    let s = pty.expect_screen(ScreenKind::Checklist);
    assert!(s.text.contains("❯ ⬚ Travel"), "{}", s.text);
    assert!(s.text.contains("  ⬚ Childcare"), "{}", s.text);
    let mark = pty.mark();
    pty.send(DOWN);
    pty.wait_text_since(mark, "❯ ⬚ Childcare");
    let mark = pty.mark();
    pty.send(SPACE);
    pty.wait_text_since(mark, "❯ ✔ Childcare");
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
}

/// Answers every question with the first option, the smallest number or a
/// short note, until the review.
fn answer_to_review(pty: &mut Pty) -> Screen {
    let mut s = pty.next_screen();
    // The welcome screen; the opening cards after the safety question are
    // passed by next_screen.
    while s.kind == ScreenKind::Welcome {
        pty.send(ENTER);
        s = pty.next_screen();
    }
    loop {
        let keys = match s.kind {
            ScreenKind::Review => return s,
            ScreenKind::Choice => format!("{}{ENTER}", s.pick()),
            ScreenKind::Checklist => format!("{SPACE}{ENTER}"),
            ScreenKind::Typed => match s.number_range() {
                Some((min, _)) => format!("{min}{ENTER}"),
                None => format!("a note{ENTER}"),
            },
            _ => panic!("unexpected screen:\n{}", s.text),
        };
        pty.send(&keys);
        s = pty.next_screen();
    }
}

#[test]
fn the_list_of_answers_to_change_fits_an_80_by_30_screen() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    // The built-in bank: some fifty answers, most of them two lines long.
    let mut pty = Pty::spawn(&[], &data);
    answer_to_review(&mut pty);
    pty.send(&format!("{DOWN}{ENTER}"));
    let heading = "Which answer do you want to change?";
    pty.wait_until("the list of answers to change", |p| {
        let t = p.current_text();
        t.contains(heading) && t.lines().count() >= 12
    });
    // The screen as drawn, once the whole list is there.
    let lines = pty.settled_lines();
    let screen = lines.join("\n");
    assert!(
        lines.first().is_some_and(|l| l.contains(heading)),
        "the heading is not at the top:\n{screen}"
    );
    assert!(
        lines.len() < 30,
        "{} lines on a 30-line screen:\n{screen}",
        lines.len()
    );
    assert!(screen.contains("❯ "), "no current row:\n{screen}");
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
}

#[test]
fn wrapped_checklist_items_line_up_under_their_text() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn_with(
        &["--bank", &small_bank()],
        &data,
        common::PtyOptions {
            cols: 30,
            ..common::PtyOptions::default()
        },
    );
    pty.expect_screen(ScreenKind::Welcome);
    pty.send(ENTER);
    pty.expect_screen(ScreenKind::Choice);
    pty.send(&format!("{DOWN}{ENTER}"));
    pty.expect_screen(ScreenKind::Choice);
    pty.send(&format!("{DOWN}{ENTER}"));
    pty.expect_screen(ScreenKind::Choice);
    pty.send(ENTER);
    let s = pty.expect_screen(ScreenKind::Checklist);
    // "  ⬚ Help, and crisis" then the rest under "Help", after the markers.
    let lines: Vec<&str> = s.text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.ends_with("⬚ Help, and crisis"))
        .unwrap_or_else(|| panic!("no wrapped help item:\n{}", s.text));
    let next = lines[at + 1..]
        .iter()
        .find(|l| !l.is_empty())
        .expect("the rest of the item");
    assert_eq!(*next, "    resources", "{}", s.text);
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
}

/// The screen as drawn since its last clear, line by line, once the list
/// at its end has finished drawing.
fn drawn_lines(pty: &mut Pty) -> Vec<String> {
    pty.settled_lines()
}

#[test]
fn the_review_shows_every_answer_a_page_at_a_time_on_an_80_by_30_screen() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    // The built-in bank: some fifty answers, far more than one screen holds.
    let mut pty = Pty::spawn(&[], &data);
    answer_to_review(&mut pty);
    let total = common::draft_answers(&data).len();
    let mut shown = 0;
    let mut page = 1;
    let pages = loop {
        pty.wait_until("the review's item that turns the page", |p| {
            let t = flatten(&p.current_text());
            t.contains("See more answers (page") || t.contains("See the first answers again")
        });
        let lines = drawn_lines(&mut pty);
        let screen = lines.join("\n");
        let heading = format!("Review your answers (page {page} of ");
        assert!(
            lines.first().is_some_and(|l| l.contains(&heading)),
            "the heading is not at the top:\n{screen}"
        );
        assert!(
            lines.len() < 30,
            "{} lines on a 30-line screen:\n{screen}",
            lines.len()
        );
        assert!(
            screen.contains("Finish and see my summary") && screen.contains("Change an answer"),
            "{screen}"
        );
        // Each answer is drawn as "question → answer".
        let here = screen.matches('→').count();
        assert!(here > 0, "no answers on page {page}:\n{screen}");
        shown += here;
        let pages: usize = lines[0]
            .split(" of ")
            .nth(1)
            .and_then(|n| n.trim_end_matches(')').trim().parse().ok())
            .unwrap_or_else(|| panic!("no page count in {:?}", lines[0]));
        if page == pages {
            assert!(
                screen.contains(&format!("See the first answers again (page 1 of {pages})")),
                "{screen}"
            );
            break pages;
        }
        assert!(
            screen.contains(&format!("See more answers (page {} of {pages})", page + 1)),
            "{screen}"
        );
        let mark = pty.mark();
        pty.send(&format!("{DOWN}{DOWN}{DOWN}{ENTER}"));
        page += 1;
        pty.wait_text_since(mark, &format!("Review your answers (page {page} of"));
    };
    assert!(pages > 1, "everything on one page");
    assert_eq!(shown, total, "every answer is on one of the pages");
    // From the last page, the same item goes back to the first.
    let mark = pty.mark();
    pty.send(&format!("{DOWN}{DOWN}{DOWN}{ENTER}"));
    pty.wait_text_since(mark, "Review your answers (page 1 of");
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
}

#[test]
fn the_empty_checklist_hint_fits_an_80_by_24_screen_without_colour() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    // The small bank, with a long checklist of long items.
    let items: String = (1..=12)
        .map(|i| {
            format!(
                "          - {{ id: cost-{i}, label: \"A longer kind of extra cost, number {i}, that takes most of a line\" }}\n"
            )
        })
        .collect();
    let bank = std::fs::read_to_string(small_bank())
        .expect("bank")
        .replace(
            "          - { id: travel, label: Travel }\n          - { id: childcare, label: Childcare }\n          - { id: meals, label: Meals }\n",
            &items,
        );
    assert!(bank.contains("cost-12"));
    let bank_file = tmp.path().join("bank.yaml");
    std::fs::write(&bank_file, bank).expect("writes");
    let opts = common::PtyOptions {
        rows: 24,
        ..Default::default()
    };
    let mut pty = Pty::spawn_with(&["--bank", bank_file.to_str().expect("utf-8")], &data, opts);
    pty.expect_screen(ScreenKind::Welcome);
    pty.send(ENTER);
    let safety = pty.expect_screen(ScreenKind::Choice); // safe-now: No
    pty.send(&format!("{}{ENTER}", safety.pick()));
    pty.expect_screen(ScreenKind::Choice); // has-insurance: No
    pty.send(&format!("{DOWN}{ENTER}"));
    pty.expect_screen(ScreenKind::Choice); // cost-worry
    pty.send(ENTER);
    pty.expect_screen(ScreenKind::Checklist);
    let mark = pty.mark();
    pty.send(ENTER);
    pty.wait_text_since(mark, "Go back and check answers");
    pty.wait_text_since(mark, "Skip this question");
    // The whole screen, from its heading to the choices, fits in 24 rows.
    let lines = drawn_lines(&mut pty);
    let screen = lines.join("\n");
    assert!(lines.len() <= 24, "{} lines:\n{screen}", lines.len());
    for text in [
        "Which extra costs apply to you?",
        "Nothing is checked yet.",
        "Go back and check answers",
        "Skip this question",
    ] {
        assert!(flatten(&screen).contains(text), "{text}:\n{screen}");
    }
    // NO_COLOR: no colour or bold in what was drawn.
    let raw = pty.raw();
    let drawn = &raw[raw.rfind("\x1b[2J").expect("a cleared screen")..];
    for style in ["\x1b[1m", "\x1b[2m", "\x1b[3"] {
        assert!(!drawn.contains(style), "{style:?} in {drawn:?}");
    }
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
}

#[test]
fn changing_an_answer_returns_to_the_review_page_it_came_from() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    // The built-in bank: its review takes several pages on 80×30.
    let mut pty = Pty::spawn(&[], &data);
    let review = answer_to_review(&mut pty);
    assert!(
        review.flat.contains("Review your answers (page 1 of"),
        "{}",
        review.text
    );
    // To page 2 (the fourth item turns the page).
    let mark = pty.mark();
    pty.send(&format!("{DOWN}{DOWN}{DOWN}{ENTER}"));
    pty.wait_text_since(mark, "Review your answers (page 2 of");
    pty.wait_text("See more answers (page 3 of");
    let page_two = flatten(&pty.current_text());
    // "Change an answer": the list starts on the first answer of page 2.
    let mark = pty.mark();
    pty.send(&format!("{DOWN}{ENTER}"));
    pty.wait_text_since(mark, "Which answer do you want to change?");
    let list = pty.settled_lines();
    let current = list
        .iter()
        .find(|l| l.starts_with("❯ "))
        .unwrap_or_else(|| panic!("no current row:\n{}", list.join("\n")));
    let prompt = current
        .trim_start_matches("❯ ")
        .split(": ")
        .nth(1)
        .and_then(|rest| rest.split(" →").next())
        .unwrap_or_else(|| panic!("not an answer row: {current}"));
    assert!(
        page_two.contains(prompt.trim()),
        "{prompt:?} is not on page 2:\n{page_two}"
    );
    pty.send(ENTER);
    // The question, with its answer as it was: Enter keeps it.
    let s = pty.next_screen();
    assert!(
        matches!(
            s.kind,
            ScreenKind::Choice | ScreenKind::Checklist | ScreenKind::Typed
        ),
        "{}",
        s.text
    );
    pty.send(ENTER);
    let back = pty.expect_screen(ScreenKind::Review);
    assert!(
        back.flat.contains("Review your answers (page 2 of"),
        "back on another page:\n{}",
        back.text
    );
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
}

/// A run of the small bank in a terminal `cols` wide and 24 rows, through
/// every kind of screen and message: the welcome, a safety question's hint
/// (Enter before anything is chosen), help with the crisis resources, a
/// number out of range, the review, and the message on pausing. Returns
/// everything drawn.
fn run_at_width(cols: u16) -> String {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let opts = common::PtyOptions {
        cols,
        rows: 24,
        ..Default::default()
    };
    let mut pty = Pty::spawn_with(&["--bank", &small_bank()], &data, opts);
    pty.expect_screen(ScreenKind::Welcome);
    pty.send(ENTER);
    pty.expect_screen(ScreenKind::Choice); // safe-now
    let mark = pty.mark();
    pty.send(ENTER);
    pty.wait_text_since(mark, "Nothing is chosen yet. Press");
    pty.send(&format!("{DOWN}{ENTER}"));
    let s = pty.expect_screen(ScreenKind::Choice); // has-insurance
    // Help: the last item.
    let items = s.text.matches("Help, and crisis resources").count();
    assert_eq!(items, 1, "{}", s.text);
    pty.send(&format!("{}{ENTER}", common::key::UP));
    pty.expect_screen(ScreenKind::Help);
    pty.send(ENTER);
    pty.expect_screen(ScreenKind::Choice);
    pty.send(&format!("{DOWN}{ENTER}")); // No
    pty.expect_screen(ScreenKind::Choice); // cost-worry
    pty.send(ENTER);
    pty.expect_screen(ScreenKind::Checklist);
    pty.send(&format!("{SPACE}{ENTER}"));
    pty.expect_screen(ScreenKind::Typed); // hours-free, 0 to 60
    let mark = pty.mark();
    pty.send(&format!("600{ENTER}"));
    pty.wait_text_since(mark, "Please type a whole number from 0 to 60");
    for _ in 0..3 {
        pty.send(common::key::BACKSPACE);
    }
    pty.send(&format!("6{ENTER}"));
    pty.expect_screen(ScreenKind::Typed); // costs-notes
    pty.send(&format!("a note{ENTER}"));
    pty.expect_screen(ScreenKind::Review);
    // "Pause for now": the third item.
    pty.send(&format!("{DOWN}{DOWN}{ENTER}"));
    assert_eq!(pty.wait_exit(), Exit::Code(5));
    let text = pty.text();
    assert!(
        flatten(&text).contains("To pick up where you left off, run:"),
        "{text}"
    );
    text
}

#[test]
fn no_word_is_split_at_the_edge_at_80_by_24_or_in_40_columns() {
    for cols in [80, 40] {
        let text = run_at_width(cols);
        // A terminal folds a line wider than itself wherever the edge falls,
        // mid-word ("To pick up wh" / "ere you left off"): every line drawn
        // is wrapped at a space to fit instead.
        let wide = common::wider_than(&text, usize::from(cols));
        assert!(
            wide.is_empty(),
            "{cols} columns: lines wider than the screen:\n{}",
            wide.join("\n")
        );
    }
}

/// The built-in question whose help is the longest as the help screen
/// shows it (with the cards about the options, for a question that has
/// them), and that help.
fn longest_help() -> (String, String) {
    use iop_check::prompt::{Ask, Progress, help_text};
    let bank = iop_check::bank::builtin().expect("the built-in bank");
    bank.sections
        .iter()
        .flat_map(|s| s.questions.iter().map(move |q| (s, q)))
        .map(|(section, question)| {
            let ask = Ask {
                bank: &bank,
                section,
                question,
                progress: Progress {
                    in_section: 1,
                    section_total: 1,
                    number: 1,
                    total: 1,
                },
                current: None,
                section_start: false,
                can_go_back: true,
            };
            (question.prompt.clone(), help_text(&ask))
        })
        .max_by_key(|(_, help)| help.len())
        .expect("questions")
}

#[test]
fn the_longest_help_is_shown_a_page_at_a_time_under_its_title_at_80_by_24() {
    let (prompt, help) = longest_help();
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let opts = common::PtyOptions {
        rows: 24,
        ..Default::default()
    };
    let mut pty = Pty::spawn_with(&[], &data, opts);
    pty.expect_screen(ScreenKind::Welcome);
    pty.send(ENTER);
    // Answer until the question, then open its help.
    let question = loop {
        let s = pty.next_screen();
        if s.flat.contains(&prompt) {
            break s;
        }
        let keys = match s.kind {
            ScreenKind::Choice => format!("{}{ENTER}", s.pick()),
            ScreenKind::Checklist => format!("{SPACE}{ENTER}"),
            ScreenKind::Typed => match s.number_range() {
                Some((min, _)) => format!("{min}{ENTER}"),
                None => format!("a note{ENTER}"),
            },
            _ => panic!("unexpected screen:\n{}", s.text),
        };
        pty.send(&keys);
    };
    match question.kind {
        ScreenKind::Typed => pty.send(&format!("?{ENTER}")),
        _ => {
            // Down from the current row to "Help, and crisis resources",
            // the last item (each item starts two spaces in).
            let lines: Vec<&str> = question.text.lines().collect();
            let at = lines
                .iter()
                .position(|l| l.starts_with("❯ "))
                .unwrap_or_else(|| panic!("no current row:\n{}", question.text));
            let help_at = lines
                .iter()
                .position(|l| l.contains("Help, and crisis resources"))
                .expect("the help item");
            let downs = lines[at + 1..=help_at]
                .iter()
                .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
                .count();
            pty.send(&format!("{}{ENTER}", DOWN.repeat(downs)));
        }
    }
    let mut bodies = Vec::new();
    let mut pages = None;
    for page in 1.. {
        pty.expect_screen(ScreenKind::Help);
        let lines = pty.settled_lines();
        let screen = lines.join("\n");
        assert!(lines.len() <= 24, "{} rows:\n{screen}", lines.len());
        // The question's title at the top of every page.
        let title = flatten(&prompt);
        let top = flatten(&lines[..3].join(" "));
        assert!(top.starts_with(&title), "no title at the top:\n{screen}");
        // Where help is, on every page.
        assert!(screen.contains("988"), "{screen}");
        let n = *pages.get_or_insert_with(|| {
            screen
                .split("(page 2 of ")
                .nth(1)
                .and_then(|r| r.split(')').next())
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or_else(|| panic!("not paged:\n{screen}"))
        });
        let body_end = lines
            .iter()
            .rposition(|l| l.starts_with("Help now:"))
            .unwrap_or(lines.len());
        bodies.push(lines[..body_end].join("\n").replace(&prompt, ""));
        // "Back to the question" first, so Enter goes back; then the page.
        assert!(screen.contains("❯ Back to the question"), "{screen}");
        if page == n {
            assert!(
                screen.contains(&format!("Back to the start of the help (page 1 of {n})")),
                "{screen}"
            );
            break;
        }
        assert!(
            screen.contains(&format!("Read on (page {} of {n})", page + 1)),
            "{screen}"
        );
        pty.send(&format!("{DOWN}{ENTER}"));
    }
    // Every paragraph of the help is on one of the pages, whole.
    let shown = flatten(&bodies.join(" "));
    for para in help.split("\n\n") {
        assert!(shown.contains(&flatten(para)), "{para:?} not shown");
    }
    // Enter goes back to the question.
    pty.send(ENTER);
    let again = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(again.progress, question.progress, "{}", again.text);
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
}
