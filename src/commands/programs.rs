//! `iop-check programs add|edit|list|compare|remove|template`: the programs
//! worksheet, asked through the same prompt engine as the main questions,
//! and the side-by-side comparison.

use std::path::Path;

use crate::answers::{self, Answers};
use crate::bank::Bank;
use crate::cli::{DataArgs, ProgramsCommand, WorksheetArgs};
use crate::engine::{Engine, Keep, Route};
use crate::error::{Error, Result, Stop};
use crate::i18n::{Lang, Messages, Said};
use crate::output;
use crate::programs::render::{CompareFormat, render};
use crate::programs::{self, MAX_COMPARED, Preferences, Program};
use crate::session::{Session, shell_word};
use crate::store::draft::{self, Saved};
use crate::store::{DataDir, checkins};

/// Every command here speaks `lang`: the worksheet is asked in it, and the
/// comparison and messages are in it (programs kept in another language
/// read in this one too, since their answers are ids and values).
pub fn run(cmd: &ProgramsCommand, lang: Lang) -> Result<()> {
    match cmd {
        ProgramsCommand::Add(args) => worksheet(None, args, lang),
        ProgramsCommand::Edit { program, args } => worksheet(Some(program), args, lang),
        ProgramsCommand::List { data } => list(data, lang),
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
            lang,
        ),
        ProgramsCommand::Remove { program, yes, data } => remove(program, *yes, data, lang),
        ProgramsCommand::Template => template(lang),
    }
}

fn now() -> String {
    jiff::Timestamp::now().to_string()
}

/// `add` (no `key`) and `edit KEY`: ask the worksheet, keep the program.
fn worksheet(key: Option<&str>, args: &WorksheetArgs, lang: Lang) -> Result<()> {
    let bank = programs::worksheet(lang)?;
    let m = Messages::new(lang);
    let data_dir = args.data.data_dir.as_deref();
    // With --no-save, `edit` still reads the programs; nothing is written.
    let session = match &args.answers {
        Some(_) => Session::open(args.no_save, data_dir)?,
        // The worksheet has no safety check, so no crisis state to follow.
        None => Session::interactive(args.plain, args.no_save, data_dir, None, lang)?,
    };
    let store = session.store();
    let mut kept = match (store, key) {
        (Some(s), _) => programs::load(s)?,
        (None, Some(_)) => programs::load(&DataDir::locate(data_dir)?)?,
        (None, None) => Vec::new(),
    };
    if key.is_none() && kept.len() >= programs::MAX_PROGRAMS {
        return Err(Error::Cannot(
            Said::new("programs-too-many")
                .arg("count", kept.len())
                .arg("max", programs::MAX_PROGRAMS),
        ));
    }
    let index = match key {
        Some(k) => programs::find(&kept, k, &m)?,
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
            let asked = ask(&bank, args, &session, &mut kept, index, key.is_none(), &m);
            match session.end(asked)? {
                Some(a) => a,
                None => return Ok(()),
            }
        }
    };
    kept[index].set_answers(&answers, index + 1);
    kept[index].updated = now();
    let name = kept[index].shown_name(&m);
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
        output::stderr(&m.get("programs-not-kept"));
        return Ok(());
    };
    programs::save(store, &kept)?;
    let open = programs::compact_comparison(&bank, &kept[index..=index], &Preferences::default())
        .programs
        .first()
        .map_or(0, |r| r.open_questions);
    let done = m.with(
        if key.is_none() {
            "programs-added"
        } else {
            "programs-saved"
        },
        &[("name", name.into()), ("number", (index + 1).into())],
    );
    let open = match open {
        0 => m.get("programs-open-none"),
        n => m.with("programs-open-count", &[("count", n.into())]),
    };
    output::stderr(&crate::text::wrap(
        &format!("{done} {open} {}", m.get("programs-see-compare")),
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
    m: &Messages,
) -> Result<Option<Answers>> {
    session.resume_with(resume_command(index + 1, args));
    let saved = &session.shared().saved;
    if !adding && session.store().is_some() {
        // An existing program is already kept: a stop picks it up again.
        saved.mark_saved(true);
    }
    // The worksheet's review ends in a kept program, not a summary. (The
    // label lives as long as the command: one short string, once.)
    let finish = m.get(if session.store().is_some() {
        "programs-finish-keep"
    } else {
        "programs-finish-see"
    });
    let mut prompter = session.prompter(Some(&finish));
    let start = kept[index].typed_answers(bank);
    if adding {
        prompter.opening(bank)?;
    }
    let mut keeper = ProgramKeeper {
        m,
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
            output::stderr(&m.get("programs-paused-first"));
            Ok(None)
        }
        Err(Error::Incomplete { .. }) if nothing_kept => {
            Err(Error::Cannot(Said::new("programs-ended-first")))
        }
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
    m: &'a Messages,
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
            Err(e) if !was_behind => {
                // The error in the session's language, then what it means here.
                let said = e.render(self.m);
                Ok(Some(format!(
                    "{said}\n{}",
                    self.m.get("programs-keep-failed")
                )))
            }
            _ => Ok(None),
        }
    }
}

/// `programs list`: one line per program, with what is known and still open.
fn list(data: &DataArgs, lang: Lang) -> Result<()> {
    let m = Messages::new(lang);
    let store = DataDir::locate(data.data_dir.as_deref())?;
    let kept = programs::load(&store)?;
    if kept.is_empty() {
        return output::stdout(&format!("{}\n", m.get("programs-none-yet")));
    }
    let prefs = preferences(&store, &m);
    let compact = programs::compact_comparison(&programs::worksheet(lang)?, &kept, &prefs);
    let width = output::stdout_width();
    let mut out = format!("{}\n", m.get("programs-list-heading"));
    for (i, r) in compact.programs.iter().enumerate() {
        let mut facts: Vec<String> = [r.format.clone(), r.schedule.clone()]
            .into_iter()
            .flatten()
            .collect();
        if let Some(h) = r.weekly_hours {
            let hours = programs::compare::hours(&m, h);
            facts.push(m.with("programs-about-hours-week", &[("hours", hours.into())]));
        }
        if let Some(c) = r.total_cost {
            let cost = programs::compare::money(c);
            facts.push(m.with("programs-about-in-all", &[("cost", cost.into())]));
        }
        facts.push(match r.open_questions {
            0 => m.get("programs-nothing-left"),
            n => programs::compare::questions_left(&m, n),
        });
        out.push_str(&crate::text::wrap(
            &format!("  {}. {}: {}", i + 1, r.name, facts.join(" · ")),
            width,
            "     ",
        ));
        out.push('\n');
    }
    out.push_str(&format!("\n{}\n", m.get("programs-list-footer")));
    output::stdout(&out)
}

/// `programs compare [PROGRAM…]`.
fn compare(
    keys: &[String],
    format: CompareFormat,
    out: Option<&Path>,
    plain: bool,
    data: &DataArgs,
    lang: Lang,
) -> Result<()> {
    let m = Messages::new(lang);
    let store = DataDir::locate(data.data_dir.as_deref())?;
    let kept = programs::load(&store)?;
    if kept.is_empty() {
        return Err(Error::Cannot(Said::new("programs-none-to-compare")));
    }
    let mut chosen: Vec<usize> = Vec::new();
    if keys.is_empty() {
        if kept.len() > MAX_COMPARED {
            return Err(Error::Cannot(
                Said::new("programs-choose-which")
                    .arg("count", kept.len())
                    .arg("max", MAX_COMPARED),
            ));
        }
        chosen.extend(0..kept.len());
    } else {
        for k in keys {
            let i = programs::find(&kept, k, &m)?;
            if !chosen.contains(&i) {
                chosen.push(i);
            }
        }
        if chosen.len() > MAX_COMPARED {
            return Err(Error::Cannot(
                Said::new("programs-named-too-many")
                    .arg("count", chosen.len())
                    .arg("max", MAX_COMPARED),
            ));
        }
    }
    let bank = programs::worksheet(lang)?;
    let prefs = preferences(&store, &m);
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
        let path = path.display().to_string();
        output::stderr(&m.with("programs-written", &[("path", path.into())]));
    }
    Ok(())
}

/// What the person said in the main questions, for marking programs: the
/// latest kept check-in's answers, or else the saved draft's, read against
/// the built-in bank in the language of `m` (the answers are ids, so one
/// kept in either language reads in both). Empty when there is neither (or
/// they cannot be read: the comparison then marks nothing, and says how to
/// give some).
fn preferences(store: &DataDir, m: &Messages) -> Preferences {
    let Ok(main) = crate::bank::builtin_in(m.lang()) else {
        return Preferences::default();
    };
    let from_checkin = checkins::list(store)
        .ok()
        .and_then(|(kept, _)| kept.last().cloned())
        .and_then(|c| match &c.assessment.answers {
            serde_json::Value::Object(answers) => {
                let source = m.with("programs-source-checkin", &[("id", c.id.clone().into())]);
                Some((source, programs::typed(&main, answers)))
            }
            _ => None,
        });
    let from_draft = || {
        let d = draft::load(store, &main, &Saved::default())
            .ok()
            .flatten()?;
        Some((m.get("programs-source-draft"), d.answers))
    };
    match from_checkin.or_else(from_draft) {
        Some((source, answers)) => Preferences::read(&main, &answers, source),
        None => Preferences::default(),
    }
}

/// `programs remove PROGRAM`, after a confirmation.
fn remove(key: &str, yes: bool, data: &DataArgs, lang: Lang) -> Result<()> {
    let m = Messages::new(lang);
    let store = DataDir::locate(data.data_dir.as_deref())?;
    let _lock = crate::store::lock::take(&store)?;
    let mut kept = programs::load(&store)?;
    let i = programs::find(&kept, key, &m)?;
    let name = kept[i].shown_name(&m);
    let name = [("name", name.into())];
    if !yes && !crate::prompt::confirm_delete_in(&m.with("programs-delete-confirm", &name), lang)? {
        return output::stdout(&format!("{}\n", m.get("programs-nothing-deleted")));
    }
    kept.remove(i);
    if kept.is_empty() {
        programs::remove_all(&store)?;
    } else {
        programs::save(&store, &kept)?;
    }
    output::stdout(&format!("{}\n", m.with("programs-deleted", &name)))
}

/// `programs template`: an answers file for `programs add --answers`.
fn template(lang: Lang) -> Result<()> {
    let bank = programs::worksheet(lang)?;
    let m = Messages::new(lang);
    output::stdout(&super::template::render(
        &bank,
        "iop-check programs add",
        &m,
    ))
}
