//! `summary`, `history` and `forget`: the kept check-ins.

use std::path::{Path, PathBuf};

use crate::answers::Answers;
use crate::cli::DataArgs;
use crate::error::{Error, Result};
use crate::i18n::{Messages, Said};
use crate::output;
use crate::score;
use crate::store::{DataDir, checkins, draft};
use crate::summary::history::{self, HistoryFormat};
use crate::summary::{FhirSource, Format, Lang, Layout, Options, document};

/// What `iop-check summary` was asked for.
pub struct SummaryArgs<'a> {
    pub target: Option<&'a str>,
    pub draft: bool,
    pub bank: Option<&'a Path>,
    pub format: Option<Format>,
    pub output: Option<&'a Path>,
    pub all_answers: bool,
    pub summary_lang: Option<Lang>,
    /// `--lang`, when given: the summary's language too, when the
    /// check-in has a translation.
    pub lang: Option<Lang>,
}

/// `iop-check summary [ID|FILE]` (or `--draft`): a kept check-in, or the
/// unfinished draft, in any format.
pub fn summary(args: &SummaryArgs, data: &DataArgs, lang: Lang) -> Result<()> {
    // A draft is read in the language it is being answered in, unless
    // --lang says otherwise.
    let lang = match (args.draft, args.lang, args.bank) {
        (true, None, None) => DataDir::locate(data.data_dir.as_deref())
            .ok()
            .and_then(|dir| draft::language(&dir))
            .unwrap_or(lang),
        _ => lang,
    };
    let format = args.format.unwrap_or(Format::Text);
    let needs_bank = args.draft || format == Format::Fhir;
    let bank = if needs_bank {
        Some(crate::bank::load(args.bank, lang)?)
    } else {
        None
    };
    let mut previous = None;
    let (assessment, answers, status) = if args.draft {
        let store = DataDir::locate(data.data_dir.as_deref())?;
        let bank = bank
            .as_ref()
            .ok_or_else(|| Error::Cannot(Said::new("bank-not-loaded")))?;
        let Some(d) = draft::load(&store, bank, &draft::Saved::default())? else {
            return Err(Error::Cannot(
                Said::new("no-draft-in").arg("path", store.path.display().to_string()),
            ));
        };
        let mut a = crate::score::score(bank, &d.answers);
        a.created = d.updated.clone();
        (a, Some(d.answers), "in-progress")
    } else {
        let a = match args.target {
            Some(t) if Path::new(t).is_file() => checkins::read(Path::new(t))?,
            t => {
                let store = DataDir::locate(data.data_dir.as_deref())?;
                let found = checkins::find(&store, t)?;
                // The check-in kept before it, to say what changed in
                // another language.
                if (args.summary_lang.is_some() || args.lang.is_some())
                    && !found.assessment.changes.is_empty()
                {
                    if let Ok((all, _)) = checkins::list(&store) {
                        let at = all.iter().position(|c| c.id == found.id);
                        previous = at
                            .and_then(|i| i.checked_sub(1))
                            .and_then(|i| all.get(i))
                            .map(|c| c.assessment.clone());
                    }
                }
                found.assessment
            }
        };
        let answers = match &bank {
            Some(b) => Some(answers_for(b, &a)?),
            None => None,
        };
        (a, answers, "completed")
    };
    let assessment_language = assessment.bank.language.clone();
    // `--summary-lang`, else `--lang` when the check-in can be shown in
    // it, else the language it was answered in.
    let wanted = args.summary_lang.or(args
        .lang
        .filter(|l| in_language(&assessment, answers.as_ref(), Some(*l)).is_ok()));
    let translated = in_language(&assessment, answers.as_ref(), wanted)?;
    let mut assessment = translated;
    if let Some(Ok(prev)) = previous
        .as_ref()
        .filter(|_| assessment.bank.language != assessment_language)
        .map(|p| in_language(p, None, wanted))
    {
        // What changed, said in the summary's language.
        assessment.changes = score::changes(&prev, &assessment);
    }
    let shown_bank = match &bank {
        Some(b) => bank_in(&assessment.bank.language, &b.language)?,
        None => None,
    };
    let fhir = match (&bank, &answers) {
        (Some(bank), Some(answers)) => Some(FhirSource {
            bank: shown_bank.as_ref().unwrap_or(bank),
            answers,
            status,
        }),
        _ => None,
    };
    let layout = Layout {
        format,
        width: output::stdout_width(),
        color: args.output.is_none() && console::colors_enabled(),
        options: Options {
            all_answers: args.all_answers,
            lang: Lang::of(&assessment.bank.language),
        },
    };
    let text = document(layout, &assessment, fhir)?;
    match args.output {
        Some(path) => output::emit(&text, Some(path)),
        // On a terminal too small for it, through a pager.
        None => crate::pager::show(&text),
    }
}

/// The assessment a summary in `lang` shows: `a` itself when no language
/// is asked for or its bank is in that language; else the same answers
/// scored against the built-in decision bank in `lang`, which has the same
/// ids, kinds and scores in other words, so that the summary says the same
/// things item for item. The name, date, program lines and changes are
/// carried over as they are (the callers say the changes again in `lang`
/// when they have the check-in before; the program lines stay English).
/// Only the built-in bank has a translation: another bank is a usage error.
pub(crate) fn in_language(
    a: &crate::score::Assessment,
    answers: Option<&Answers>,
    lang: Option<Lang>,
) -> Result<crate::score::Assessment> {
    // Not asked for: the bank's own language.
    let Some(lang) = lang else {
        return Ok(a.clone());
    };
    let tag_of = |language: &str| language.split('-').next().unwrap_or_default().to_string();
    let from = match tag_of(&a.bank.language).as_str() {
        "" => "en".to_string(),
        t => t.to_string(),
    };
    if from == lang.tag() {
        return Ok(a.clone());
    }
    let reference = crate::bank::builtin()?;
    let target = match lang {
        Lang::Es => crate::bank::builtin_es()?,
        Lang::En => crate::bank::builtin()?,
    };
    // The built-in bank has the same ids in every language, so answers
    // given in one read back against the English bank, whose words decide
    // which points are near-duplicates (see `score::score_translated`).
    if a.bank.id != reference.id || !["en", "es"].contains(&from.as_str()) {
        return Err(Error::Cannot(
            Said::new("summary-lang-no-translation")
                .arg("lang", lang.tag())
                .arg("builtin", reference.id.as_str())
                .arg("bank", a.bank.id.as_str())
                .arg(
                    "language",
                    if a.bank.language.is_empty() {
                        "none"
                    } else {
                        a.bank.language.as_str()
                    },
                ),
        ));
    }
    let answers = match answers {
        Some(answers) => answers.clone(),
        None => answers_for(&reference, a)?,
    };
    let mut shown = score::score_translated(&target, &reference, &answers);
    shown.created = a.created.clone();
    shown.name = a.name.clone();
    shown.programs = a.programs.clone();
    shown.changes = a.changes.clone();
    Ok(shown)
}

/// The built-in bank in `shown`, a language tag, when it is not `from`'s:
/// the summary was translated ([`in_language`]), and a FHIR response is
/// made against the translated bank.
pub(crate) fn bank_in(shown: &str, from: &str) -> Result<Option<crate::bank::Bank>> {
    if shown == from {
        return Ok(None);
    }
    Ok(Some(match Lang::of(shown) {
        Lang::Es => crate::bank::builtin_es()?,
        Lang::En => crate::bank::builtin()?,
    }))
}

/// The answers of a kept check-in, read back against the bank they came from.
fn answers_for(bank: &crate::bank::Bank, a: &crate::score::Assessment) -> Result<Answers> {
    if a.bank.id != bank.id {
        return Err(Error::Cannot(
            Said::new("check-in-other-bank")
                .arg("made", a.bank.id.as_str())
                .arg("bank", bank.id.as_str()),
        ));
    }
    let mut answers = Answers::default();
    if let Some(map) = a.answers.as_object() {
        for (id, v) in map {
            if let Some(q) = bank.question(id) {
                if let Ok(ans) = crate::answers::from_json(q, v) {
                    answers.set(id, ans);
                }
            }
        }
    }
    Ok(answers)
}

/// `iop-check history`: where the person stood at each kept check-in
/// (see [`crate::summary::history`]), as a table, Markdown, JSON or a
/// printable HTML page with a chart.
pub fn history(
    format: Option<HistoryFormat>,
    file: Option<&Path>,
    data: &DataArgs,
    lang: Lang,
) -> Result<()> {
    let store = DataDir::locate(data.data_dir.as_deref())?;
    let (all, bad) = checkins::list(&store)?;
    // The built-in bank places answers on its scales; a check-in from
    // another bank is placed by the order its answers first appear. Each
    // check-in made with the built-in bank is shown in the command's
    // language (the same answers, in its words); another stays as it was.
    let bank = crate::bank::load(None, lang).ok();
    let cleaned: Vec<(String, score::Assessment)> = all
        .iter()
        .map(|c| {
            let a = c.assessment.cleaned();
            let shown = in_language(&a, None, Some(lang)).unwrap_or(a);
            (c.id.clone(), shown)
        })
        .collect();
    let rows: Vec<(String, &score::Assessment)> =
        cleaned.iter().map(|(id, a)| (id.clone(), a)).collect();
    let h = history::build(&rows, bank.as_ref());
    let m = Messages::new(lang);
    let html_lang = cleaned
        .last()
        .map_or("en", |(_, a)| a.bank.language.as_str());
    let text = match format.unwrap_or(HistoryFormat::Text) {
        HistoryFormat::Text => history::text(&h, output::stdout_width(), &m),
        HistoryFormat::Markdown => history::markdown(&h, &m),
        HistoryFormat::Json => history::json(&h),
        HistoryFormat::Html => history::html(&h, html_lang, &m),
    };
    match file {
        Some(path) => output::emit(&text, Some(path))?,
        None => crate::pager::show(&text)?,
    }
    for path in bad {
        output::stderr(&m.with(
            "check-in-unreadable",
            &[("path", path.display().to_string().into())],
        ));
    }
    Ok(())
}

/// `iop-check forget ID` / `forget --all`, after a confirmation.
pub fn forget(id: Option<&str>, all: bool, yes: bool, data: &DataArgs, lang: Lang) -> Result<()> {
    let m = Messages::new(lang);
    let store = DataDir::locate(data.data_dir.as_deref())?;
    // A folder that is not there holds nothing to forget, and is not made
    // just to be locked.
    let _lock = if store.path.is_dir() {
        Some(crate::store::lock::take(&store)?)
    } else {
        None
    };
    let (kept, bad) = checkins::list(&store)?;
    let targets: Vec<checkins::CheckIn> = if all {
        kept
    } else {
        let id = id.unwrap_or_default();
        vec![checkins::find(&store, Some(id))?]
    };
    let has_draft = all && store.file(draft::DRAFT_FILE).exists();
    let has_programs = all && store.file(crate::programs::PROGRAMS_FILE).exists();
    let mut extra: Vec<PathBuf> = if all { bad } else { Vec::new() };
    // What a save that never finished (a crash, a power cut) left behind:
    // it may hold answers, so --all deletes it too.
    let leftovers = if all { temp_files(&store) } else { Vec::new() };
    extra.extend(leftovers.iter().cloned());
    // The weekly check-ins (`iop-check progress`) and an unfinished week.
    let weekly = if all {
        crate::progress::kept::files(&store)
    } else {
        Vec::new()
    };
    if targets.is_empty() && !has_draft && !has_programs && extra.is_empty() && weekly.is_empty() {
        return output::stdout(&format!("{}\n", m.get("forget-nothing")));
    }
    let count = |id: &str, n: usize| m.with(id, &[("count", n.into())]);
    let what = match (all, targets.len(), has_draft) {
        (false, _, _) => m.with("forget-one", &[("id", targets[0].id.as_str().into())]),
        (true, n, d) => {
            let mut parts = vec![count("forget-kept", n)];
            if d {
                parts.push(m.get("forget-draft"));
            }
            if has_programs {
                parts.push(m.get("forget-programs"));
            }
            if !weekly.is_empty() {
                parts.push(count("forget-weekly", weekly.len()));
            }
            if !leftovers.is_empty() {
                parts.push(count("forget-leftovers", leftovers.len()));
            }
            m.and_list(&parts)
        }
    };
    if !yes
        && !crate::prompt::confirm_delete_in(
            &m.with("forget-confirm", &[("what", what.as_str().into())]),
            lang,
        )?
    {
        return output::stdout(&format!("{}\n", m.get("forget-none-deleted")));
    }
    for t in &targets {
        checkins::remove(t)?;
    }
    for p in extra.iter().chain(&weekly) {
        std::fs::remove_file(p).map_err(|e| Error::io("delete", p, e))?;
    }
    if has_draft {
        draft::remove(&store, &draft::Saved::default())?;
    }
    if has_programs {
        crate::programs::remove_all(&store)?;
    }
    output::stdout(&format!(
        "{}\n",
        m.with("forget-done", &[("what", what.as_str().into())])
    ))
}

/// Temporary files in the data folder and its check-ins folder (see
/// [`crate::files::is_temp_name`]).
fn temp_files(store: &DataDir) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for dir in [store.path.clone(), store.file(checkins::CHECKINS_DIR)] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let is_file = e.file_type().is_ok_and(|t| t.is_file() || t.is_symlink());
            if is_file && crate::files::is_temp_name(&e.file_name().to_string_lossy()) {
                found.push(e.path());
            }
        }
    }
    found.sort();
    found
}
