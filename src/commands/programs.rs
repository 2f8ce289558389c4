//! `iop-check programs add|edit|list|compare|remove|template`: the programs
//! worksheet, asked through the same prompt engine as the main questions,
//! and the side-by-side comparison.

use std::io::IsTerminal;
use std::path::Path;

use crate::answers::{self, Answer, Answers};
use crate::bank::{Bank, Question};
use crate::cli::{DataArgs, ProgramsCommand, WorksheetArgs};
use crate::engine::{Engine, Route};
use crate::error::{Error, Result, Resume};
use crate::output;
use crate::programs::render::{CompareFormat, render};
use crate::programs::{self, MAX_COMPARED, Preferences, Program};
use crate::prompt::plain::PlainPrompter;
use crate::prompt::terminal::TerminalPrompter;
use crate::prompt::{Ask, Prompter, Reply, ReviewChoice};
use crate::store::draft::{self, Draft};
use crate::store::{DataDir, checkins};
use crate::summary::Format;

pub fn run(cmd: &ProgramsCommand) -> Result<()> {
    match cmd {
        ProgramsCommand::Add(args) => worksheet(None, args),
        ProgramsCommand::Edit { program, args } => worksheet(Some(program), args),
        ProgramsCommand::List { data } => list(data),
        ProgramsCommand::Compare {
            programs,
            format,
            output,
            plain,
            data,
        } => compare(
            programs,
            format.unwrap_or(CompareFormat::Text),
            output.as_deref(),
            *plain,
            data,
        ),
        ProgramsCommand::Remove { program, yes, data } => remove(program, *yes, data),
        ProgramsCommand::Template => template(),
    }
}

fn now() -> String {
    jiff::Timestamp::now().to_string()
}

/// `add` (no `key`) and `edit KEY`: ask the worksheet, keep the program.
fn worksheet(key: Option<&str>, args: &WorksheetArgs) -> Result<()> {
    let bank = programs::worksheet()?;
    // With --no-save, `edit` still reads the programs; nothing is written.
    let store = if args.no_save {
        None
    } else {
        Some(DataDir::locate(args.data.data_dir.as_deref())?)
    };
    // Held to the end: no other iop-check changes this folder meanwhile.
    let _lock = match &store {
        Some(dir) => Some(crate::store::lock::take_and_tidy(dir)?),
        None => None,
    };
    let mut kept = match (&store, key) {
        (Some(s), _) => programs::load(s)?,
        (None, Some(_)) => programs::load(&DataDir::locate(args.data.data_dir.as_deref())?)?,
        (None, None) => Vec::new(),
    };
    if key.is_none() && kept.len() >= programs::MAX_PROGRAMS {
        return Err(Error::Usage(format!(
            "you have {} programs kept, and iop-check keeps up to {}, so that your programs file stays small enough to read back. Nothing was changed. Remove one you no longer need with `iop-check programs remove N` (`iop-check programs list` shows the numbers), then add this one",
            kept.len(),
            programs::MAX_PROGRAMS
        )));
    }
    let index = match key {
        Some(k) => programs::find(&kept, k)?,
        None => {
            kept.push(Program::new(&Answers::default(), kept.len() + 1, &now()));
            kept.len() - 1
        }
    };
    let before = kept[index].typed_answers(&bank);
    let answers = match &args.answers {
        Some(file) => {
            let mut merged = before;
            for (id, a) in answers::file::load(file, &bank)?.iter() {
                merged.set(id, a.clone());
            }
            merged.prune(&bank);
            merged
        }
        None => match ask(&bank, args, store.as_ref(), &mut kept, index, key.is_none())? {
            Some(a) => a,
            None => return Ok(()),
        },
    };
    kept[index].set_answers(&answers, index + 1);
    kept[index].updated = now();
    let name = kept[index].name.clone();
    let Some(store) = &store else {
        // Nothing is kept: show the program so the answers are not lost to view.
        let prefs = Preferences::default();
        let c = programs::comparison(&bank, &[(index + 1, &kept[index])], &prefs);
        output::stdout(&render(
            &c,
            CompareFormat::Text,
            output::stdout_width(),
            args.plain,
        )?)?;
        output::stderr("Nothing was kept on this computer (--no-save).");
        return Ok(());
    };
    programs::save(store, &kept)?;
    let open = programs::compact_comparison(&bank, &kept[index..=index], &Preferences::default())
        .programs
        .first()
        .map_or(0, |r| r.open_questions);
    let verb = if key.is_none() { "Added" } else { "Saved" };
    output::stderr(&crate::text::wrap(
        &format!(
            "{verb} \"{name}\" as program {}. {} See it next to your other programs with `iop-check programs compare`.",
            index + 1,
            match open {
                0 => "You have no questions left to ask about it.".to_string(),
                1 => "There is 1 question still to ask about it.".to_string(),
                n => format!("There are {n} questions still to ask about it."),
            }
        ),
        crate::text::width(),
        "",
    ));
    Ok(())
}

/// Asks the worksheet in the terminal or in plain mode. Every answer is
/// kept as soon as it is given (unless --no-save), so a pause, Ctrl-C or a
/// closed window loses nothing: `programs edit N` picks it up. None when
/// the person paused before the first answer (nothing is added).
fn ask(
    bank: &Bank,
    args: &WorksheetArgs,
    store: Option<&DataDir>,
    kept: &mut Vec<Program>,
    index: usize,
    adding: bool,
) -> Result<Option<Answers>> {
    if !args.plain && !std::io::stdin().is_terminal() {
        return Err(Error::NotInteractive);
    }
    if !args.plain && !std::io::stderr().is_terminal() {
        return Err(Error::Usage(
            "iop-check draws its questions on the terminal's error stream (stderr), and that is redirected here. Run it without redirecting stderr, or add --plain".into(),
        ));
    }
    let resume = store.map(|_| resume_command(index + 1, args));
    crate::signals::install(resume.clone());
    let mut inner: Box<dyn Prompter> = if args.plain {
        Box::new(PlainPrompter::new(
            std::io::stdin().lock(),
            std::io::stderr(),
        ))
    } else {
        // The worksheet's review ends in a kept program, not a summary.
        Box::new(
            TerminalPrompter::new()
                .saving(store.is_some())
                .finish_label(if store.is_some() {
                    "Finish and keep this program"
                } else {
                    "Finish and see this program"
                }),
        )
    };
    let start = kept[index].typed_answers(bank);
    if adding {
        inner.opening(bank)?;
    }
    let mut saving = Saving {
        inner: inner.as_mut(),
        bank,
        answers: start.clone(),
        store,
        kept,
        index,
        saved: false,
        behind: false,
    };
    // The worksheet has no safety check: its cards were shown above.
    let result = Engine::new(bank, &mut saving, start, None, Route::default()).run();
    let (saved, behind) = (saving.saved, saving.behind);
    if !args.plain {
        let _ = console::Term::stderr().show_cursor();
    }
    match result {
        Ok(a) => Ok(Some(a)),
        Err(Error::Incomplete { paused, .. }) if saved || !adding || store.is_none() => {
            Err(Error::Incomplete {
                paused,
                resume: resume.map(|command| Resume {
                    command,
                    behind,
                    empty: false,
                    kept: false,
                    pending: false,
                }),
            })
        }
        Err(Error::Incomplete { paused: true, .. }) => {
            output::stderr(
                "Paused before the first answer, so no program was added. Run `iop-check programs add` when you are ready.",
            );
            Ok(None)
        }
        Err(Error::Incomplete { .. }) => Err(Error::Usage(
            "the input ended before the first answer, so no program was added. In plain mode, type one answer a line; or answer from a file with --answers FILE (`iop-check programs template` prints one to fill in)".into(),
        )),
        Err(Error::Interrupted { .. }) => {
            crate::signals::restore_terminal();
            // Nothing saved yet: there is no program to pick up.
            Err(Error::Interrupted {
                resume: resume
                    .filter(|_| saved || !adding)
                    .map(|command| Resume {
                        command,
                        behind,
                        empty: false,
                        kept: false,
                        pending: false,
                    }),
            })
        }
        Err(e) => Err(e),
    }
}

/// The command that picks an unfinished program up again.
fn resume_command(number: usize, args: &WorksheetArgs) -> String {
    let mut cmd = format!("iop-check programs edit {number}");
    if let Some(d) = &args.data.data_dir {
        let s = d.display().to_string();
        if s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./~".contains(c))
        {
            cmd.push_str(&format!(" --data-dir {s}"));
        } else {
            cmd.push_str(&format!(" --data-dir '{}'", s.replace('\'', r"'\''")));
        }
    }
    if args.plain {
        cmd.push_str(" --plain");
    }
    cmd
}

/// A prompter that keeps the program after every answer, then passes the
/// reply on to the engine. The engine's own draft is for the main
/// questions, so it is given no data folder here.
struct Saving<'a> {
    inner: &'a mut dyn Prompter,
    bank: &'a Bank,
    answers: Answers,
    store: Option<&'a DataDir>,
    kept: &'a mut Vec<Program>,
    index: usize,
    /// At least one answer was kept.
    saved: bool,
    /// The last save failed.
    behind: bool,
}

impl Saving<'_> {
    fn keep(&mut self, q: &Question, a: Answer) -> Result<()> {
        self.answers.set(&q.id, a);
        self.answers.prune(self.bank);
        let Some(store) = self.store else {
            return Ok(());
        };
        let p = &mut self.kept[self.index];
        p.set_answers(&self.answers, self.index + 1);
        p.updated = now();
        let was_behind = self.behind;
        let result = programs::save(store, self.kept);
        // What a stop by Ctrl-C or a signal says (`Resume::now`): the
        // program is kept, and `programs edit N` picks it up.
        crate::store::draft::mark_saved(result.is_ok());
        match result {
            Ok(()) => {
                self.saved = true;
                self.behind = false;
            }
            Err(e) => {
                self.behind = true;
                if !was_behind {
                    self.inner.notice(&format!(
                        "{e}\nYou can keep going, but if iop-check is stopped now your answers about this program may be lost."
                    ))?;
                }
            }
        }
        Ok(())
    }
}

impl Prompter for Saving<'_> {
    fn welcome(&mut self, bank: &Bank, quick: bool) -> Result<()> {
        self.inner.welcome(bank, quick)
    }
    fn opening(&mut self, bank: &Bank) -> Result<()> {
        self.inner.opening(bank)
    }
    fn ask(&mut self, ask: &Ask) -> Result<Reply> {
        let reply = self.inner.ask(ask)?;
        match &reply {
            Reply::Answer(a) => self.keep(ask.question, a.clone())?,
            Reply::Skip => self.keep(ask.question, Answer::Skipped)?,
            Reply::Back | Reply::Pause => {}
        }
        Ok(reply)
    }
    fn crisis(
        &mut self,
        bank: &Bank,
        urgency: crate::bank::Urgency,
        point: Option<&str>,
    ) -> Result<bool> {
        self.inner.crisis(bank, urgency, point)
    }
    fn review(&mut self, bank: &Bank, answers: &Answers) -> Result<ReviewChoice> {
        self.inner.review(bank, answers)
    }
    fn offer_resume(&mut self, draft: &Draft) -> Result<bool> {
        self.inner.offer_resume(draft)
    }
    fn notice(&mut self, text: &str) -> Result<()> {
        self.inner.notice(text)
    }
    fn ask_name(&mut self) -> Result<Option<String>> {
        self.inner.ask_name()
    }
    fn ask_keep(&mut self) -> Result<bool> {
        self.inner.ask_keep()
    }
    fn ask_save_copy(
        &mut self,
        suggested_stem: &str,
    ) -> Result<Option<(Format, std::path::PathBuf)>> {
        self.inner.ask_save_copy(suggested_stem)
    }
}

/// `programs list`: one line per program, with what is known and still open.
fn list(data: &DataArgs) -> Result<()> {
    let store = DataDir::locate(data.data_dir.as_deref())?;
    let kept = programs::load(&store)?;
    if kept.is_empty() {
        return output::stdout(
            "You have not added any programs yet. Add one with `iop-check programs add`.\n",
        );
    }
    let prefs = preferences(&store);
    let compact = programs::compact_comparison(&programs::worksheet()?, &kept, &prefs);
    let width = output::stdout_width();
    let mut out = String::from("Your programs (costs and hours are estimates):\n");
    for (i, r) in compact.programs.iter().enumerate() {
        let mut facts: Vec<String> = [r.format.clone(), r.schedule.clone()]
            .into_iter()
            .flatten()
            .collect();
        if let Some(h) = r.weekly_hours {
            facts.push(format!(
                "about {} a week with travel",
                programs::compare::hours(h)
            ));
        }
        if let Some(c) = r.total_cost {
            facts.push(format!("about {} in all", programs::compare::money(c)));
        }
        facts.push(match r.open_questions {
            0 => "nothing left to ask".to_string(),
            1 => "1 question still to ask".to_string(),
            n => format!("{n} questions still to ask"),
        });
        out.push_str(&crate::text::wrap(
            &format!("  {}. {}: {}", i + 1, r.name, facts.join(" · ")),
            width,
            "     ",
        ));
        out.push('\n');
    }
    out.push_str("\nCompare them with `iop-check programs compare`; change one with `iop-check programs edit NUMBER`.\n");
    output::stdout(&out)
}

/// `programs compare [PROGRAM…]`.
fn compare(
    keys: &[String],
    format: CompareFormat,
    out: Option<&Path>,
    plain: bool,
    data: &DataArgs,
) -> Result<()> {
    let store = DataDir::locate(data.data_dir.as_deref())?;
    let kept = programs::load(&store)?;
    if kept.is_empty() {
        return Err(Error::Usage(
            "you have not added any programs yet, so there is nothing to compare. Add one with `iop-check programs add`".into(),
        ));
    }
    let mut chosen: Vec<usize> = Vec::new();
    if keys.is_empty() {
        if kept.len() > MAX_COMPARED {
            return Err(Error::Usage(format!(
                "you have {} programs, and up to {MAX_COMPARED} fit side by side. Choose which to compare by number or name, like `iop-check programs compare 1 3` (`iop-check programs list` shows the numbers)",
                kept.len()
            )));
        }
        chosen.extend(0..kept.len());
    } else {
        for k in keys {
            let i = programs::find(&kept, k)?;
            if !chosen.contains(&i) {
                chosen.push(i);
            }
        }
        if chosen.len() > MAX_COMPARED {
            return Err(Error::Usage(format!(
                "up to {MAX_COMPARED} programs fit side by side, and you named {}. Choose {MAX_COMPARED} or fewer",
                chosen.len()
            )));
        }
    }
    let bank = programs::worksheet()?;
    let prefs = preferences(&store);
    let selected: Vec<(usize, &Program)> = chosen.iter().map(|&i| (i + 1, &kept[i])).collect();
    let c = programs::comparison(&bank, &selected, &prefs);
    let width = if out.is_some() {
        80
    } else {
        output::stdout_width()
    };
    let text = render(&c, format, width, plain)?;
    output::emit(&text, out)?;
    if let Some(path) = out {
        output::stderr(&format!("Comparison written to {}.", path.display()));
    }
    Ok(())
}

/// What the person said in the main questions, for marking programs: the
/// latest kept check-in's answers, or else the saved draft's, read against
/// the built-in bank. Empty when there is neither (or they cannot be read:
/// the comparison then marks nothing, and says how to give some).
fn preferences(store: &DataDir) -> Preferences {
    let Ok(main) = crate::bank::builtin() else {
        return Preferences::default();
    };
    let from_checkin = checkins::list(store)
        .ok()
        .and_then(|(kept, _)| kept.last().cloned())
        .and_then(|c| match &c.assessment.answers {
            serde_json::Value::Object(m) => {
                Some((format!("your check-in {}", c.id), programs::typed(&main, m)))
            }
            _ => None,
        });
    let from_draft = || {
        let d = draft::load(store, &main).ok().flatten()?;
        Some(("your saved draft".to_string(), d.answers))
    };
    match from_checkin.or_else(from_draft) {
        Some((source, answers)) => Preferences::read(&main, &answers, source),
        None => Preferences::default(),
    }
}

/// `programs remove PROGRAM`, after a confirmation.
fn remove(key: &str, yes: bool, data: &DataArgs) -> Result<()> {
    let store = DataDir::locate(data.data_dir.as_deref())?;
    let _lock = crate::store::lock::take(&store)?;
    let mut kept = programs::load(&store)?;
    let i = programs::find(&kept, key)?;
    let name = kept[i].name.clone();
    if !yes
        && !confirm(&format!(
            "Delete \"{name}\" and everything you wrote about it? This cannot be undone."
        ))?
    {
        return output::stdout("Nothing was deleted.\n");
    }
    kept.remove(i);
    if kept.is_empty() {
        programs::remove_all(&store)?;
    } else {
        programs::save(&store, &kept)?;
    }
    output::stdout(&format!("Deleted \"{name}\".\n"))
}

fn confirm(question: &str) -> Result<bool> {
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Err(Error::Usage(
            "deleting needs a confirmation, but the input is not a terminal. Add --yes to delete without being asked".into(),
        ));
    }
    dialoguer::Confirm::new()
        .with_prompt(crate::text::clean(question))
        .default(false)
        .interact_on(&console::Term::stderr())
        .map_err(|e| {
            let dialoguer::Error::IO(e) = e;
            Error::io("ask in", "the terminal", e)
        })
}

/// `programs template`: an answers file for `programs add --answers`.
fn template() -> Result<()> {
    let bank = programs::worksheet()?;
    let text = super::template::render(&bank).replace(
        "iop-check run --answers THIS-FILE",
        "iop-check programs add --answers THIS-FILE",
    );
    output::stdout(&text)
}
