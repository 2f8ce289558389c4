//! `iop-check programs add|edit|list|compare|remove|template`: the programs
//! worksheet, asked through the same prompt engine as the main questions,
//! and the side-by-side comparison.

use std::path::Path;

use crate::answers::{self, Answers};
use crate::bank::Bank;
use crate::cli::{DataArgs, ProgramsCommand, WorksheetArgs};
use crate::engine::{Engine, Keep, Route};
use crate::error::{Error, Result, Stop};
use crate::output;
use crate::programs::render::{CompareFormat, render};
use crate::programs::{self, MAX_COMPARED, Preferences, Program};
use crate::session::{Session, shell_word};
use crate::store::draft::{self, Saved};
use crate::store::{DataDir, checkins};

pub fn run(cmd: &ProgramsCommand, lang: crate::i18n::Lang) -> Result<()> {
    let _ = lang;
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
    let data_dir = args.data.data_dir.as_deref();
    // With --no-save, `edit` still reads the programs; nothing is written.
    let session = match &args.answers {
        Some(_) => Session::open(args.no_save, data_dir)?,
        // The worksheet has no safety check, so no crisis state to follow.
        None => Session::interactive(
            args.plain,
            args.no_save,
            data_dir,
            None,
            crate::i18n::Lang::En,
        )?,
    };
    let store = session.store();
    let mut kept = match (store, key) {
        (Some(s), _) => programs::load(s)?,
        (None, Some(_)) => programs::load(&DataDir::locate(data_dir)?)?,
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
        None => {
            let asked = ask(&bank, args, &session, &mut kept, index, key.is_none());
            match session.end(asked)? {
                Some(a) => a,
                None => return Ok(()),
            }
        }
    };
    kept[index].set_answers(&answers, index + 1);
    kept[index].updated = now();
    let name = kept[index].name.clone();
    let Some(store) = store else {
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
/// the person stopped before the first answer of a new program (nothing
/// is added).
fn ask(
    bank: &Bank,
    args: &WorksheetArgs,
    session: &Session,
    kept: &mut Vec<Program>,
    index: usize,
    adding: bool,
) -> Result<Option<Answers>> {
    session.resume_with(resume_command(index + 1, args));
    let saved = &session.shared().saved;
    if !adding && session.store().is_some() {
        // An existing program is already kept: a stop picks it up again.
        saved.mark_saved(true);
    }
    // The worksheet's review ends in a kept program, not a summary.
    let mut prompter = session.prompter(Some(if session.store().is_some() {
        "Finish and keep this program"
    } else {
        "Finish and see this program"
    }));
    let start = kept[index].typed_answers(bank);
    if adding {
        prompter.opening(bank)?;
    }
    let mut keeper = ProgramKeeper {
        store: session.store(),
        saved,
        kept,
        index,
    };
    // The worksheet has no safety check: its cards were shown above.
    let result = Engine::new(
        bank,
        prompter.as_mut(),
        start,
        &mut keeper,
        Route::default(),
    )
    .run();
    let nothing_kept = adding && !saved.on_disk() && session.store().is_some();
    match result {
        Ok(a) => Ok(Some(a)),
        Err(Error::Incomplete {
            stop: Stop::Paused, ..
        }) if nothing_kept => {
            output::stderr(
                "Paused before the first answer, so no program was added. Run `iop-check programs add` when you are ready.",
            );
            Ok(None)
        }
        Err(Error::Incomplete { .. }) if nothing_kept => Err(Error::Usage(
            "the input ended before the first answer, so no program was added. In plain mode, type one answer a line; or answer from a file with --answers FILE (`iop-check programs template` prints one to fill in)".into(),
        )),
        // The session says how to pick it up.
        Err(e) => Err(e),
    }
}

/// The command that picks an unfinished program up again.
fn resume_command(number: usize, args: &WorksheetArgs) -> String {
    let mut cmd = format!("iop-check programs edit {number}");
    if let Some(d) = &args.data.data_dir {
        cmd.push_str(&format!(" --data-dir {}", shell_word(d)));
    }
    if args.plain {
        cmd.push_str(" --plain");
    }
    cmd
}

/// Keeps the program after every answer (unless --no-save), in
/// programs.json; the main questions' draft is left alone.
struct ProgramKeeper<'a> {
    store: Option<&'a DataDir>,
    saved: &'a Saved,
    kept: &'a mut Vec<Program>,
    index: usize,
}

impl Keep for ProgramKeeper<'_> {
    fn keep(&mut self, answers: &Answers, _: bool) -> Result<Option<String>> {
        let Some(store) = self.store else {
            return Ok(None);
        };
        let p = &mut self.kept[self.index];
        p.set_answers(answers, self.index + 1);
        p.updated = now();
        let was_behind = self.saved.is_behind();
        let result = programs::save(store, self.kept);
        // What a stop says: the program is kept, and `programs edit N`
        // picks it up.
        self.saved.mark_saved(result.is_ok());
        match result {
            Err(e) if !was_behind => Ok(Some(format!(
                "{e}\nYou can keep going, but if iop-check is stopped now your answers about this program may be lost."
            ))),
            _ => Ok(None),
        }
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
        let d = draft::load(store, &main, &Saved::default())
            .ok()
            .flatten()?;
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
        && !crate::prompt::confirm_delete(&format!(
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

/// `programs template`: an answers file for `programs add --answers`.
fn template() -> Result<()> {
    let bank = programs::worksheet()?;
    output::stdout(&super::template::render(
        &bank,
        "iop-check programs add",
        &crate::i18n::Messages::new(crate::i18n::Lang::En),
    ))
}
