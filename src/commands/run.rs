//! `iop-check run` (and `iop-check` alone): ask the questions, then show the
//! summary, keep the check-in and offer a copy to print.

use std::path::Path;

use crate::answers::Answers;
use crate::bank::{self, Bank};
use crate::cli::RunArgs;
use crate::engine::{Engine, Route};
use crate::error::{Error, Result};
use crate::i18n::{Lang, Messages, Said};
use crate::output;
use crate::prompt::Prompter;
use crate::score;
use crate::session::{Session, shell_word};
use crate::store::draft::{self, Saved};
use crate::store::{DataDir, checkins};
use crate::summary::{FhirSource, Format, Layout, Options, document};

/// Asks the questions, in `lang` (`chosen`: given with `--lang`). Without
/// `--lang`, a paused run goes on in the language it began in, and a
/// `--bank` speaks its own language; `lang` is changed to match.
pub fn run(args: &RunArgs, lang: &mut Lang, chosen: bool) -> Result<()> {
    if !chosen && args.bank.is_none() && !args.no_save && !args.fresh && args.answers.is_none() {
        if let Some(l) = DataDir::locate(args.data_dir.as_deref())
            .ok()
            .and_then(|dir| draft::language(&dir))
        {
            *lang = l;
        }
    }
    let bank = bank::load(args.bank.as_deref(), *lang)?;
    if !chosen && args.bank.is_some() {
        *lang = Lang::of(&bank.language);
    }
    if args
        .summary_lang
        .is_some_and(|l| l != crate::summary::Lang::of(&bank.language))
        && args.bank.is_some()
    {
        // Said before any question, not after the last one.
        return Err(Error::Cannot(
            Said::new("summary-lang-needs-builtin")
                .arg("lang", args.summary_lang.unwrap_or_default().tag()),
        ));
    }
    if let Some(file) = &args.answers {
        return from_file(&bank, file, args, &Messages::new(*lang));
    }
    let session = Session::interactive(
        args.plain,
        args.no_save,
        args.data_dir.as_deref(),
        Some(&bank.crisis),
        *lang,
    )?;
    session.resume_with(resume_command(args));
    let mut prompter = session.prompter(None);
    let result = ask(&bank, prompter.as_mut(), &session, args).and_then(|answers| {
        finish(
            &bank,
            &answers,
            None,
            args,
            session.store(),
            Some((prompter.as_mut(), &session.shared().saved)),
            &Messages::new(session.lang()),
        )
    });
    let result = result.and_then(|()| match session.store() {
        Some(store) => draft::remove(store, &session.shared().saved),
        None => Ok(()),
    });
    session.end(result)
}

/// A run from an answers file: the summary, without asking anything.
fn from_file(bank: &Bank, file: &Path, args: &RunArgs, m: &Messages) -> Result<()> {
    // A FHIR QuestionnaireResponse says when it was answered: the
    // check-in keeps that time, so that a response read back is the same.
    let (answers, authored) = crate::fhir::load_answers_dated(file, bank)?;
    // The most urgent safety answer's response, as a run would show it.
    super::show_urgent_crisis(bank, &answers);
    if args.keep {
        let session = Session::open(false, args.data_dir.as_deref())?;
        return finish(bank, &answers, authored, args, session.store(), None, m);
    }
    // Read, never written: the summary says what changed since the
    // last kept check-in, as an interactive run's does.
    let store = if args.no_save {
        None
    } else {
        DataDir::locate(args.data_dir.as_deref()).ok()
    };
    finish(bank, &answers, authored, args, store.as_ref(), None, m)
}

/// Picks up or discards a saved draft, then runs the engine.
fn ask(bank: &Bank, p: &mut dyn Prompter, session: &Session, args: &RunArgs) -> Result<Answers> {
    let m = Messages::new(session.lang());
    let mut answers = Answers::default();
    let mut resumed = false;
    let mut quick = args.quick;
    let saved = &session.shared().saved;
    if let Some(store) = session.store() {
        if args.fresh {
            draft::remove(store, saved)?;
        } else if let Some(d) = draft::load(store, bank, saved)? {
            // A resumed run keeps the reminder of where help is, from its
            // first screen on.
            session.note_safety(
                d.answers.safety_flagged(bank),
                d.answers.safety_reminder(bank),
            );
            if d.bank_id != bank.id {
                return Err(Error::Cannot(
                    Said::new("draft-other-bank").arg("bank", d.bank_id),
                ));
            }
            if args.resume || p.offer_resume(&d)? {
                if d.dropped > 0 {
                    p.notice(&m.with("draft-set-aside", &[("count", d.dropped.into())]))?;
                }
                answers = d.answers;
                resumed = true;
                // A paused `--quick` run goes on as one, with or without
                // `--quick` on the resuming command line.
                quick |= d.quick;
            } else {
                draft::remove(store, saved)?;
                session.note_safety(false, false);
            }
        } else if args.resume {
            p.notice(&m.get("draft-none-to-resume"))?;
        }
    }
    if !resumed {
        p.welcome(bank, args.quick)?;
        if bank.safety_question().is_none() {
            p.opening(bank)?;
        }
    }
    let route = Route {
        quick,
        opening: !resumed && bank.safety_question().is_some(),
    };
    let mut keeper = session.draft_keeper(bank, quick);
    Engine::new(bank, p, answers, &mut keeper, route).run()
}

/// The programs being compared, one line each for the summary, marked
/// against this run's own bank and answers. Empty when no programs are
/// kept, or they cannot be read: the summary then leaves them out.
fn program_lines(store: &DataDir, bank: &Bank, answers: &Answers) -> Vec<String> {
    use crate::programs::{self, Preferences};
    let kept = programs::load(store).unwrap_or_default();
    if kept.is_empty() {
        return Vec::new();
    }
    // The summary's language is the run's bank's.
    let lang = crate::i18n::Lang::of(&bank.language);
    let Ok(worksheet) = programs::worksheet(lang) else {
        return Vec::new();
    };
    let m = programs::compare::messages(&worksheet);
    let prefs = Preferences::read(bank, answers, m.get("programs-source-this-run"));
    programs::compact_comparison(&worksheet, &kept, &prefs)
        .programs
        .iter()
        .map(|r| r.line(&m))
        .collect()
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
/// `authored`: when the answers were given, if the file says (else now).
fn finish(
    bank: &Bank,
    answers: &Answers,
    authored: Option<String>,
    args: &RunArgs,
    store: Option<&DataDir>,
    mut asking: Option<(&mut dyn Prompter, &Saved)>,
    m: &Messages,
) -> Result<()> {
    let mut a = score::score(bank, answers);
    a.created = authored.unwrap_or_else(|| jiff::Timestamp::now().to_string());
    if let Some((p, _)) = asking.as_mut() {
        a.name = or_default(p.ask_name(), None)?;
    }
    let mut previous = None;
    if let Some(store) = store {
        a.programs = program_lines(store, bank, answers);
        if let Ok((kept, _)) = checkins::list(store) {
            if let Some(prev) = kept.last() {
                a.changes = score::changes(&prev.assessment, &a);
                previous = Some(prev.assessment.clone());
            }
        }
    }
    // The summary in the language asked for; the check-in is kept as scored.
    let mut shown = super::checkins::in_language(&a, Some(answers), args.summary_lang)?;
    if shown.bank.language != a.bank.language {
        // What changed, in the summary's language: the last check-in is
        // read in it too (when it can be; else as it was said).
        if let Some(Ok(prev)) = previous
            .as_ref()
            .map(|p| super::checkins::in_language(p, None, args.summary_lang))
        {
            shown.changes = score::changes(&prev, &shown);
        }
    }
    let options = Options {
        all_answers: args.all_answers,
        // The summary's own words in the language of the bank it shows.
        lang: crate::summary::Lang::of(&shown.bank.language),
    };
    let layout = Layout {
        format: args.format.unwrap_or(Format::Text),
        width: output::stdout_width(),
        color: args.output.is_none() && console::colors_enabled(),
        options,
    };
    // A FHIR response in another language is made against that bank (the
    // same ids), so its questions and answers read in that language too.
    let shown_bank = super::checkins::bank_in(&shown.bank.language, &a.bank.language)?;
    if let (Some(store), Some(b)) = (store, shown_bank.as_ref()) {
        // The programs, too, in the summary's language.
        shown.programs = program_lines(store, b, answers);
    }
    let fhir = FhirSource {
        bank: shown_bank.as_ref().unwrap_or(bank),
        answers,
        status: "completed",
    };
    let text = document(layout, &shown, Some(fhir))?;
    match &args.output {
        Some(path) => {
            output::emit(&text, Some(path))?;
            output::stderr(&m.with(
                "summary-written",
                &[("path", path.display().to_string().into())],
            ));
        }
        // On a terminal too small for it, through a pager.
        None => crate::pager::show(&text)?,
    }
    let Some((p, saved)) = asking else {
        // An answers run keeps a check-in only when asked to (--keep).
        match store.filter(|_| args.keep) {
            Some(store) => {
                let id = checkins::save(store, &a)?;
                output::stderr(&m.with("kept-as", &[("id", id.into())]));
            }
            None if args.no_save => {}
            None => output::stderr(&m.get("nothing-kept-add-keep")),
        }
        return Ok(());
    };
    if let Some(store) = store {
        if or_default(p.ask_keep(), true)? {
            let id = checkins::save(store, &a)?;
            // The check-in now holds these answers: the draft goes at once,
            // before the copy screen, so that a stop there (Ctrl-C, a closed
            // window) leaves nothing that `--resume` would keep a second time.
            saved.mark_kept();
            draft::remove(store, saved)?;
            output::stderr(&crate::text::wrap(
                &m.with("kept-as", &[("id", id.into())]),
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
            let doc = document(layout, &shown, Some(fhir))?;
            output::to_file(&path, &doc)?;
            let shown = std::fs::canonicalize(&path).unwrap_or(path);
            output::stderr(&m.with(
                "copy-saved",
                &[("path", shown.display().to_string().into())],
            ));
        }
    }
    Ok(())
}

/// The command that picks this run up again.
fn resume_command(args: &RunArgs) -> String {
    let mut cmd = String::from("iop-check --resume");
    if let Some(b) = &args.bank {
        cmd.push_str(&format!(" --bank {}", shell_word(b)));
    }
    if let Some(d) = &args.data_dir {
        cmd.push_str(&format!(" --data-dir {}", shell_word(d)));
    }
    if args.plain {
        cmd.push_str(" --plain");
    }
    // The draft remembers a quick run, but the flag says so to the reader
    // too, and still works if the draft is from an older iop-check.
    if args.quick {
        cmd.push_str(" --quick");
    }
    cmd
}
