//! `iop-check progress`: the weekly check-in, through the same Session,
//! engine and prompters as `run`; and `progress template|history|summary`.
//! What is asked and said is decided in [`crate::progress`].

use std::path::Path;

use crate::answers::Answers;
use crate::bank::Bank;
use crate::cli::{DataArgs, ProgressArgs, ProgressCommand, ProgressRunArgs};
use crate::engine::{Engine, Route};
use crate::error::{Error, Result};
use crate::i18n::{Lang, Messages, Said};
use crate::output;
use crate::progress::care_team::CareTeam;
use crate::progress::keep::WeekKeeper;
use crate::progress::kept;
use crate::progress::trend::{self, TrendFormat};
use crate::progress::{self, Plan, Week};
use crate::session::{Session, shell_word};
use crate::store::{DataDir, checkins};
use crate::summary::Format;

/// The weekly commands, in `lang` (`chosen`: given with `--lang`).
/// Without `--lang`, a paused week goes on in the language it began in,
/// and `lang` is changed to match, so that errors are said in it too.
pub fn run(args: &ProgressArgs, lang: &mut Lang, chosen: bool) -> Result<()> {
    let r = &args.run;
    if !chosen && args.command.is_none() && !r.no_save && !r.fresh && r.answers.is_none() {
        if let Some(l) = DataDir::locate(r.data.data_dir.as_deref())
            .ok()
            .and_then(|dir| kept::language(&dir))
        {
            *lang = l;
        }
    }
    let lang = *lang;
    match &args.command {
        None => week(&args.run, lang),
        Some(ProgressCommand::Template) => template(&args.run.data, lang),
        Some(ProgressCommand::History {
            format,
            output,
            data,
        }) => history(
            format.unwrap_or(TrendFormat::Text),
            output.as_deref(),
            data,
            lang,
        ),
        Some(ProgressCommand::Summary {
            format,
            output,
            data,
        }) => summary(
            format.unwrap_or(Format::Text),
            output.as_deref(),
            data,
            lang,
        ),
    }
}

/// The kept weeks, read only; none when there is no data folder.
fn weeks(data: &DataArgs, m: &Messages) -> Result<Vec<(String, Week)>> {
    let store = DataDir::locate(data.data_dir.as_deref())?;
    let (all, bad) = kept::list(&store)?;
    for path in bad {
        output::stderr(&m.with(
            "progress-unreadable",
            &[("path", path.display().to_string().into())],
        ));
    }
    Ok(all)
}

/// This week's goals and signs, from the kept weeks and check-ins.
fn plan_from(store: Option<&DataDir>) -> Plan {
    let Some(store) = store else {
        return Plan::default();
    };
    let last_week = kept::list(store).ok().and_then(|(w, _)| w.last().cloned());
    let decision = checkins::list(store)
        .ok()
        .and_then(|(c, _)| c.last().map(|c| c.assessment.clone()));
    progress::plan(last_week.as_ref().map(|(_, w)| w), decision.as_ref())
}

fn template(data: &DataArgs, lang: Lang) -> Result<()> {
    let store = DataDir::locate(data.data_dir.as_deref()).ok();
    let bank = progress::bank_for(&progress::base_bank_in(lang)?, &plan_from(store.as_ref()));
    output::stdout(&super::template::render(
        &bank,
        "iop-check progress",
        &Messages::new(lang),
    ))
}

/// A weekly check-in: asked, or read from an answers file.
fn week(args: &ProgressRunArgs, lang: Lang) -> Result<()> {
    let base = progress::base_bank_in(lang)?;
    let m = &progress::messages(&base);
    if let Some(file) = &args.answers {
        return from_file(&base, file, args, m);
    }
    let session = Session::interactive(
        args.plain,
        args.no_save,
        args.data.data_dir.as_deref(),
        Some(&base.crisis),
        lang,
    )?;
    session.resume_with(resume_command(args));
    let mut prompter = session.prompter(None);
    let result = ask(&base, prompter.as_mut(), &session, args);
    let result = result.and_then(|(week, bank)| {
        let store = session.store();
        if let Some(store) = store {
            if matches!(
                prompter.ask_keep(),
                Ok(true) | Err(Error::Incomplete { .. })
            ) {
                let id = kept::save(store, &week)?;
                session.shared().saved.mark_kept();
                kept::remove_draft(store)?;
                output::stderr(&crate::text::wrap(
                    &m.with("progress-kept", &[("id", id.into())]),
                    crate::text::width(),
                    "",
                ));
            }
        }
        show(&base, &bank, &week, store, args, Some(prompter.as_mut()), m)
    });
    session.end(result)
}

/// Picks up the unfinished week or starts one, then runs the engine.
fn ask(
    base: &Bank,
    p: &mut dyn crate::prompt::Prompter,
    session: &Session,
    args: &ProgressRunArgs,
) -> Result<(Week, Bank)> {
    let store = session.store();
    let mut draft = None;
    if let Some(store) = store {
        if args.fresh {
            kept::remove_draft(store)?;
        } else {
            draft = kept::load_draft(store)?;
        }
    }
    let mut answers = Answers::default();
    let mut resumed = false;
    let mut quick = args.quick;
    // With --no-save too, the goals come from what is kept (read only).
    let read = DataDir::locate(args.data.data_dir.as_deref()).ok();
    let mut plan = plan_from(store.or(read.as_ref()));
    let mut started = jiff::Timestamp::now().to_string();
    if let (Some(d), Some(store)) = (draft, store) {
        let bank = progress::bank_for(base, &d.plan);
        let typed = d.typed_answers(&bank);
        session.note_safety(typed.safety_flagged(&bank), typed.safety_reminder(&bank));
        let offer = crate::store::draft::Draft {
            bank_id: d.bank.id.clone(),
            bank_version: d.bank.version.clone(),
            updated: d.created.clone(),
            answers: typed.clone(),
            dropped: 0,
            quick: d.quick,
        };
        if p.offer_resume(&offer)? {
            answers = typed;
            resumed = true;
            quick |= d.quick;
            plan = d.plan.clone();
            started = d.created.clone();
            session.shared().saved.mark_saved(true);
        } else {
            kept::remove_draft(store)?;
            session.note_safety(false, false);
        }
    }
    let bank = progress::bank_for(base, &plan);
    if !resumed {
        p.welcome(&bank, quick)?;
    }
    let route = Route {
        quick,
        opening: !resumed,
    };
    let mut keeper = WeekKeeper {
        shared: session.shared(),
        store,
        bank: &bank,
        plan: &plan,
        quick,
        started: &started,
    };
    let answers = Engine::new(&bank, p, answers, &mut keeper, route).run()?;
    let week = Week::new(
        &bank,
        &plan,
        &answers,
        &jiff::Timestamp::now().to_string(),
        quick,
    );
    Ok((week, bank))
}

/// A week from an answers file: nothing is asked; kept only with --keep.
fn from_file(base: &Bank, file: &Path, args: &ProgressRunArgs, m: &Messages) -> Result<()> {
    // Read, never written (unless --keep): this week's goals by name.
    let read_store = DataDir::locate(args.data.data_dir.as_deref()).ok();
    let plan = plan_from(read_store.as_ref());
    let read_store = read_store.filter(|_| !args.no_save);
    let bank = progress::bank_for(base, &plan);
    // A FHIR response keeps the day it was filled in.
    let (answers, authored) = crate::fhir::load_answers_dated(file, &bank)?;
    super::show_urgent_crisis(&bank, &answers);
    let created = authored.unwrap_or_else(|| jiff::Timestamp::now().to_string());
    let week = Week::new(&bank, &plan, &answers, &created, false);
    if args.keep {
        let session = Session::open(false, args.data.data_dir.as_deref())?;
        if let Some(store) = session.store() {
            let id = kept::save(store, &week)?;
            output::stderr(&m.with("progress-kept", &[("id", id.into())]));
            return show(base, &bank, &week, Some(store), args, None, m);
        }
    }
    show(base, &bank, &week, read_store.as_ref(), args, None, m)?;
    if !args.no_save {
        output::stderr(&m.get("progress-not-kept"));
    }
    Ok(())
}

/// The summary for the care team, with this week in it (kept or not), and
/// in an interactive run the offer of a copy to print.
fn show(
    base: &Bank,
    bank: &Bank,
    week: &Week,
    store: Option<&DataDir>,
    args: &ProgressRunArgs,
    prompter: Option<&mut dyn crate::prompt::Prompter>,
    m: &Messages,
) -> Result<()> {
    let mut all = store
        .and_then(|s| kept::list(s).ok())
        .map(|(w, _)| w)
        .unwrap_or_default();
    if !all.iter().any(|(_, w)| w == week) {
        all.push(("this-week".into(), week.clone()));
    }
    let format = args.format.unwrap_or(Format::Text);
    let text = if format == Format::Fhir {
        crate::summary::pretty_json(&response(bank, week), "weekly FHIR response")?
    } else {
        care_team_text(&all, base, format, args.output.is_none())?
    };
    match &args.output {
        Some(path) => {
            output::emit(&text, Some(path))?;
            output::stderr(&m.with(
                "progress-written",
                &[("path", path.display().to_string().into())],
            ));
        }
        None => crate::pager::show(&text)?,
    }
    let Some(p) = prompter else {
        return Ok(());
    };
    if args.output.is_some() {
        return Ok(());
    }
    let stem = format!(
        "iop-check-weekly-{}",
        week.created.get(..10).unwrap_or("today")
    );
    if let Ok(Some((format, path))) = p.ask_save_copy(&stem) {
        let doc = care_team_text(&all, base, format, false)?;
        output::to_file(&path, &doc)?;
        let shown = std::fs::canonicalize(&path).unwrap_or(path);
        output::stderr(&m.with(
            "progress-copy-saved",
            &[("path", shown.display().to_string().into())],
        ));
    }
    Ok(())
}

fn care_team_text(
    weeks: &[(String, Week)],
    base: &Bank,
    format: Format,
    to_screen: bool,
) -> Result<String> {
    let t = trend::build(weeks, base);
    let c = CareTeam::build(weeks, base, &t);
    match format {
        Format::Json => c.json(),
        Format::Fhir => Err(Error::Cannot(Said::new("progress-no-fhir-summary"))),
        f => crate::summary::render_document(
            &c.document(base),
            f,
            if to_screen {
                output::stdout_width()
            } else {
                80
            },
            to_screen && console::colors_enabled(),
        ),
    }
}

/// One week as a FHIR R4 QuestionnaireResponse, against that week's bank.
/// The note the bank asks "just for you" is left out: FHIR is what goes to
/// a care team's system.
fn response(bank: &Bank, w: &Week) -> serde_json::Value {
    let mut answers = w.typed_answers(bank);
    answers.remove(progress::OWN_NOTE);
    let mut a = crate::score::score(bank, &answers);
    a.created = w.created.clone();
    crate::fhir::response(bank, &answers, &a, "completed")
}

fn history(format: TrendFormat, file: Option<&Path>, data: &DataArgs, lang: Lang) -> Result<()> {
    let base = progress::base_bank_in(lang)?;
    let m = &progress::messages(&base);
    let all = weeks(data, m)?;
    let t = trend::build(&all, &base);
    let text = match format {
        TrendFormat::Text => trend::text(&t, output::stdout_width(), crate::style::unicode()),
        TrendFormat::Markdown => trend::markdown(&t),
        TrendFormat::Json => trend::json(&t)?,
        TrendFormat::Html => trend::html(&t, &base.language)?,
        TrendFormat::Fhir => {
            let entry: Vec<serde_json::Value> = all
                .iter()
                .map(|(_, w)| {
                    serde_json::json!({
                        "resource": response(&progress::bank_for(&base, &w.plan), w)
                    })
                })
                .collect();
            let mut bundle = serde_json::json!({
                "resourceType": "Bundle",
                "type": "collection",
            });
            if !entry.is_empty() {
                bundle["entry"] = serde_json::json!(entry);
            }
            crate::summary::pretty_json(&bundle, "weekly FHIR bundle")?
        }
    };
    match file {
        Some(path) => output::emit(&text, Some(path)),
        None => crate::pager::show(&text),
    }
}

fn summary(format: Format, file: Option<&Path>, data: &DataArgs, lang: Lang) -> Result<()> {
    let base = progress::base_bank_in(lang)?;
    let m = &progress::messages(&base);
    let all = weeks(data, m)?;
    if all.is_empty() {
        return Err(Error::Cannot(Said::new("progress-none-kept")));
    }
    let text = care_team_text(&all, &base, format, file.is_none())?;
    match file {
        Some(path) => output::emit(&text, Some(path)),
        None => crate::pager::show(&text),
    }
}

/// The command that picks an unfinished week up again.
fn resume_command(args: &ProgressRunArgs) -> String {
    let mut cmd = String::from("iop-check progress");
    if let Some(d) = &args.data.data_dir {
        cmd.push_str(&format!(" --data-dir {}", shell_word(d)));
    }
    if args.plain {
        cmd.push_str(" --plain");
    }
    cmd
}
