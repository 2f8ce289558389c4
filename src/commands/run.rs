//! `iop-check run` (and `iop-check` alone): ask the questions, then show the summary.

use std::io::IsTerminal;
use std::path::Path;

use crate::answers::{self, Answers};
use crate::bank::{self, Bank};
use crate::cli::RunArgs;
use crate::engine::Engine;
use crate::error::{Error, Result};
use crate::prompt::Prompter;
use crate::prompt::plain::PlainPrompter;
use crate::prompt::terminal::TerminalPrompter;
use crate::store::{DataDir, draft};

pub fn run(args: &RunArgs) -> Result<()> {
    let bank = bank::load(args.bank.as_deref())?;
    if let Some(file) = &args.answers {
        let answers = answers::file::load(file, &bank)?;
        if answers.safety_flagged(&bank) {
            eprintln!(
                "{}\n\n{}",
                bank.crisis.after_answer,
                crate::crisis::render(&bank.crisis)
            );
        }
        return finish(&bank, &answers);
    }
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if !args.plain && !interactive {
        return Err(Error::NotInteractive);
    }
    let store = if args.no_save {
        None
    } else {
        Some(DataDir::locate(args.data_dir.as_deref())?)
    };
    let resume = store.as_ref().map(|_| resume_command(args));
    crate::signals::install(resume.clone());
    let with_resume = |e: Error| match e {
        Error::Incomplete { paused, .. } => Error::Incomplete {
            paused,
            resume: resume.clone(),
        },
        Error::Interrupted { .. } => {
            crate::signals::restore_terminal();
            Error::Interrupted {
                resume: resume.clone(),
            }
        }
        e => e,
    };
    let answers = if args.plain {
        let stdin = std::io::stdin();
        let mut p = PlainPrompter::new(stdin.lock(), std::io::stderr());
        ask(&bank, &mut p, store.as_ref(), args)
    } else {
        let mut p = TerminalPrompter::new();
        let r = ask(&bank, &mut p, store.as_ref(), args);
        let _ = console::Term::stderr().show_cursor();
        r
    }
    .map_err(with_resume)?;
    finish(&bank, &answers)?;
    if let Some(store) = &store {
        draft::remove(store)?;
    }
    Ok(())
}

/// Picks up or discards a saved draft, then runs the engine.
fn ask<P: Prompter>(
    bank: &Bank,
    p: &mut P,
    store: Option<&DataDir>,
    args: &RunArgs,
) -> Result<Answers> {
    let mut answers = Answers::default();
    let mut resumed = false;
    if let Some(store) = store {
        if args.fresh {
            draft::remove(store)?;
        } else if let Some(d) = draft::load(store, bank)? {
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
            }
        } else if args.resume {
            p.notice(
                "There are no saved answers to pick up, so we will start from the beginning.",
            )?;
        }
    }
    if !resumed {
        p.opening(bank)?;
    }
    Engine::new(bank, p, answers, store).run()
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

/// Shows the answers. (The full summary with scores comes with the
/// summary module; until then this lists the answers by section.)
fn finish(bank: &Bank, answers: &Answers) -> Result<()> {
    let mut out = format!("{}\n\nYour answers\n", bank.title);
    let mut section = "";
    for (s, q, a) in crate::prompt::answered(bank, answers) {
        if s.id != section {
            section = &s.id;
            out.push_str(&format!("\n{}\n", s.title));
        }
        out.push_str(&format!("- {}: {}\n", q.prompt, a.describe(q)));
    }
    out.push_str(&format!("\n{}\n", bank.disclaimer));
    print!("{}", crate::text::clean(&out));
    Ok(())
}
