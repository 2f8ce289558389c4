//! `iop-check run` (and `iop-check` alone): ask the questions, then show the
//! summary, keep the check-in and offer a copy to print.

use std::io::IsTerminal;
use std::path::Path;

use crate::answers::{self, Answers};
use crate::bank::{self, Bank};
use crate::cli::RunArgs;
use crate::engine::{Engine, Route};
use crate::error::{Error, Result, Resume};
use crate::output;
use crate::prompt::Prompter;
use crate::prompt::plain::PlainPrompter;
use crate::prompt::terminal::TerminalPrompter;
use crate::score;
use crate::store::{DataDir, checkins, draft};
use crate::summary::{FhirSource, Format, Layout, Options, document};

pub fn run(args: &RunArgs) -> Result<()> {
    if args.output.is_none() {
        // Say so now, not after every question is answered.
        output::check_stdout()?;
    }
    let bank = bank::load(args.bank.as_deref())?;
    if let Some(file) = &args.answers {
        let answers = answers::file::load(file, &bank)?;
        // The most urgent safety answer's response, as a run would show it.
        let urgent = bank
            .safety_questions()
            .filter_map(|q| {
                let a = answers.get(&q.id)?;
                a.option_ids()
                    .filter_map(|o| q.option(o))
                    .find(|c| c.crisis)
            })
            .max_by_key(|c| c.urgency);
        if let Some(c) = urgent {
            let urgency = c.urgency.unwrap_or(crate::bank::Urgency::Now);
            output::stderr(&crate::crisis::response(
                &bank.crisis,
                urgency,
                c.talking_point.as_deref(),
            ));
        }
        return finish(&bank, &answers, args, None, None);
    }
    if !args.plain && !std::io::stdin().is_terminal() {
        return Err(Error::NotInteractive);
    }
    crate::crisis::arm(&bank.crisis);
    if !args.plain && !std::io::stderr().is_terminal() {
        return Err(Error::Usage(
            "iop-check draws its questions on the terminal's error stream (stderr), and that is redirected here. Run it without redirecting stderr (the summary goes to stdout, so `iop-check > summary.txt` works), or add --plain".into(),
        ));
    }
    let store = if args.no_save {
        None
    } else {
        Some(DataDir::locate(args.data_dir.as_deref())?)
    };
    // Held until the run ends: no other iop-check may change this folder meanwhile.
    let _lock = match &store {
        Some(dir) => Some(crate::store::lock::take(dir)?),
        None => None,
    };
    let resume = store.as_ref().map(|_| resume_command(args));
    crate::signals::install(resume.clone());
    let with_resume = |e: Error| match e {
        Error::Incomplete { paused, .. } => Error::Incomplete {
            paused,
            resume: resume.clone().map(Resume::now),
        },
        Error::Interrupted { .. } => {
            crate::signals::restore_terminal();
            Error::Interrupted {
                resume: resume.clone().map(Resume::now),
            }
        }
        e => e,
    };
    // A dumb terminal cannot move the cursor: ask as in plain mode.
    let plain = args.plain || crate::style::dumb_terminal();
    let mut prompter: Box<dyn Prompter> = if plain {
        Box::new(
            PlainPrompter::new(std::io::stdin().lock(), std::io::stderr()).saving(store.is_some()),
        )
    } else {
        Box::new(TerminalPrompter::new().saving(store.is_some()))
    };
    let result = ask(&bank, prompter.as_mut(), store.as_ref(), args).and_then(|answers| {
        finish(
            &bank,
            &answers,
            args,
            store.as_ref(),
            Some(prompter.as_mut()),
        )
    });
    if !plain {
        let _ = console::Term::stderr().show_cursor();
    }
    result.map_err(with_resume)?;
    if let Some(store) = &store {
        draft::remove(store)?;
    }
    Ok(())
}

/// Picks up or discards a saved draft, then runs the engine.
fn ask(
    bank: &Bank,
    p: &mut dyn Prompter,
    store: Option<&DataDir>,
    args: &RunArgs,
) -> Result<Answers> {
    let mut answers = Answers::default();
    let mut resumed = false;
    if let Some(store) = store {
        if args.fresh {
            draft::remove(store)?;
        } else if let Some(d) = draft::load(store, bank)? {
            // A resumed run keeps the reminder of where help is, from its
            // first screen on.
            crate::crisis::remind(d.answers.safety_reminder(bank));
            crate::crisis::remember(d.answers.safety_flagged(bank));
            if d.bank_id != bank.id {
                return Err(Error::Usage(format!(
                    "your saved draft is for a different question bank (\"{}\"). Run with the --bank you used then, or start over with --fresh (this deletes the draft)",
                    d.bank_id
                )));
            }
            if args.resume || p.offer_resume(&d)? {
                if d.dropped > 0 {
                    p.notice(&format!(
                        "The questions changed since you saved. {} of your earlier answers no longer fit and were set aside.",
                        d.dropped
                    ))?;
                }
                answers = d.answers;
                resumed = true;
            } else {
                draft::remove(store)?;
                crate::crisis::remind(false);
                crate::crisis::remember(false);
            }
        } else if args.resume {
            p.notice(
                "There are no saved answers to pick up, so we will start from the beginning.",
            )?;
        }
    }
    if !resumed {
        p.welcome(bank, args.quick)?;
        if bank.safety_question().is_none() {
            p.opening(bank)?;
        }
    }
    let route = Route {
        quick: args.quick,
        opening: !resumed && bank.safety_question().is_some(),
    };
    Engine::new(bank, p, answers, store, route).run()
}

/// A question at the very end whose input ran out takes its default, since
/// every answer is already in.
fn or_default<T>(r: Result<T>, default: T) -> Result<T> {
    match r {
        Err(Error::Incomplete { .. }) => Ok(default),
        r => r,
    }
}

/// Scores the answers and shows the summary; in an interactive run, also
/// asks for a name, whether to keep the check-in, and whether to save a copy.
fn finish(
    bank: &Bank,
    answers: &Answers,
    args: &RunArgs,
    store: Option<&DataDir>,
    mut prompter: Option<&mut dyn Prompter>,
) -> Result<()> {
    let mut a = score::score(bank, answers);
    a.created = jiff::Timestamp::now().to_string();
    if let Some(p) = prompter.as_deref_mut() {
        a.name = or_default(p.ask_name(), None)?;
    }
    if let Some(store) = store {
        if let Some(c) = crate::programs::summary_comparison(store) {
            a.programs = c.programs.iter().map(|r| r.line()).collect();
        }
        if let Ok((kept, _)) = checkins::list(store) {
            if let Some(prev) = kept.last() {
                a.changes = score::changes(&prev.assessment, &a);
            }
        }
    }
    let options = Options {
        all_answers: args.all_answers,
    };
    let layout = Layout {
        format: args.format.unwrap_or(Format::Text),
        width: output::stdout_width(),
        color: args.output.is_none() && console::colors_enabled(),
        options,
    };
    let fhir = FhirSource {
        bank,
        answers,
        status: "completed",
    };
    let text = document(layout, &a, Some(fhir))?;
    output::emit(&text, args.output.as_deref())?;
    if let Some(path) = &args.output {
        output::stderr(&format!("Summary written to {}.", path.display()));
    }
    let Some(p) = prompter else { return Ok(()) };
    if let Some(store) = store {
        if or_default(p.ask_keep(), true)? {
            let id = checkins::save(store, &a)?;
            output::stderr(&crate::text::wrap(
                &format!("Kept as check-in {id}. See them all with `iop-check history`."),
                crate::text::width(),
                "",
            ));
        }
    }
    if args.output.is_none() {
        // A suggested name that replaces no earlier copy.
        let base = format!(
            "iop-check-summary-{}",
            a.created.get(..10).unwrap_or("today")
        );
        let taken = |stem: &str| {
            ["html", "md"]
                .iter()
                .any(|x| Path::new(&format!("{stem}.{x}")).exists())
        };
        let stem = (1..100)
            .map(|n| {
                if n == 1 {
                    base.clone()
                } else {
                    format!("{base}-{n}")
                }
            })
            .find(|s| !taken(s))
            .unwrap_or(base);
        if let Some((format, path)) = or_default(p.ask_save_copy(&stem), None)? {
            let layout = Layout {
                format,
                width: 80,
                color: false,
                options,
            };
            let doc = document(layout, &a, Some(fhir))?;
            output::to_file(&path, &doc)?;
            let shown = std::fs::canonicalize(&path).unwrap_or(path);
            output::stderr(&format!("Saved a copy to {}.", shown.display()));
        }
    }
    Ok(())
}

/// The command that picks this run up again.
fn resume_command(args: &RunArgs) -> String {
    let mut cmd = String::from("iop-check --resume");
    let quote = |p: &Path| {
        let s = p.display().to_string();
        if s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./~".contains(c))
        {
            s
        } else {
            format!("'{}'", s.replace('\'', r"'\''"))
        }
    };
    if let Some(b) = &args.bank {
        cmd.push_str(&format!(" --bank {}", quote(b)));
    }
    if let Some(d) = &args.data_dir {
        cmd.push_str(&format!(" --data-dir {}", quote(d)));
    }
    if args.plain {
        cmd.push_str(" --plain");
    }
    cmd
}
