//! The draft: the answers given so far, saved after every answer so that
//! nothing is lost to Ctrl-C, a closed window or `kill -9`.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::DataDir;
use crate::answers::{Answers, from_json};
use crate::bank::Bank;
use crate::error::{Error, Result};
use crate::files::write_atomic_locked;
use crate::signals::WRITE_LOCK;

pub const DRAFT_FILE: &str = "draft.json";

#[derive(Debug, Serialize, Deserialize)]
struct DraftFile {
    format: u32,
    bank_id: String,
    bank_version: String,
    /// The bank's language (`en-US`, `es-US`): a paused run goes on in the
    /// language it began in. A draft from before this field was kept was
    /// in English, the only language there was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<String>,
    updated: String,
    answers: BTreeMap<String, Value>,
    /// Whether the run that saved this draft was `--quick`, so that picking
    /// it up goes on along the short path. A draft from before this field
    /// was kept was a full run (the default).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    quick: bool,
    /// Answers that did not fit the bank when the draft was read (it
    /// changed): kept as they were, so that no save deletes them, and tried
    /// again each time the draft is read.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    set_aside: BTreeMap<String, Value>,
}

/// A draft read back from disk.
#[derive(Debug)]
pub struct Draft {
    pub bank_id: String,
    pub bank_version: String,
    pub updated: String,
    pub answers: Answers,
    /// Answers in the file that no longer fit the bank (it changed).
    pub dropped: usize,
    /// The draft was saved by a `--quick` run: it resumes as one.
    pub quick: bool,
}

/// What this run knows of its saved answers, for what a stop says (see
/// `session::Shared::resume`). Shared with the signal handler, which reads
/// it under [`WRITE_LOCK`]: every change below is made under that lock, so
/// the handler never sees a save half done.
#[derive(Debug, Default)]
pub struct Saved {
    /// The last save failed: what is on disk lacks the latest answers.
    behind: AtomicBool,
    /// Answers are on disk, as far as this process knows: a draft was
    /// read, or saved, and not deleted since (or a program was kept).
    on_disk: AtomicBool,
    /// Answers piped in at machine speed wait for their save, put off for
    /// at most a second (see `session::DraftKeeper`).
    pending: AtomicBool,
    /// This run's answers are kept as a check-in (and the draft deleted),
    /// so a stop after that does not offer a `--resume` that would keep
    /// them twice.
    kept: AtomicBool,
    /// Answers set aside by the last draft load (answers to questions that
    /// another version of the bank no longer has), written back by every
    /// save so that a change of bank never silently deletes them.
    set_aside: Mutex<BTreeMap<String, Value>>,
    /// When the draft was last flushed to the disk (`fsync`), so that
    /// answers that come faster than anyone types are not each flushed.
    synced: Mutex<Option<std::time::Instant>>,
}

impl Saved {
    /// Whether there are answers on disk to pick up.
    pub fn on_disk(&self) -> bool {
        self.on_disk.load(Ordering::SeqCst)
    }

    /// Whether the last save failed.
    pub fn is_behind(&self) -> bool {
        self.behind.load(Ordering::SeqCst)
    }

    /// Whether answers wait for a save put off for a moment.
    pub fn is_pending(&self) -> bool {
        self.pending.load(Ordering::SeqCst)
    }

    /// Whether the answers are kept as a check-in.
    pub fn is_kept(&self) -> bool {
        self.kept.load(Ordering::SeqCst)
    }

    /// Records how the last save of answers went, when they are kept
    /// elsewhere than the draft (a program's worksheet, kept in
    /// programs.json after every answer), or that some already are (an
    /// existing program being edited).
    pub fn mark_saved(&self, ok: bool) {
        let _guard = WRITE_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        self.behind.store(!ok, Ordering::SeqCst);
        if ok {
            self.on_disk.store(true, Ordering::SeqCst);
        }
    }

    /// Records that answers were given whose save is put off for a moment,
    /// or, with false, that none are.
    pub fn set_pending(&self, pending: bool) {
        self.pending.store(pending, Ordering::SeqCst);
    }

    /// Records that the answers are now kept as a check-in.
    pub fn mark_kept(&self) {
        let _guard = WRITE_LOCK.lock().unwrap_or_else(|e| e.into_inner());
        self.kept.store(true, Ordering::SeqCst);
    }
}

/// Saves the answers given so far, replacing the draft atomically. `quick`
/// says the run walks the `--quick` path, so that a resume walks it too.
pub fn save(
    dir: &DataDir,
    bank: &Bank,
    answers: &Answers,
    quick: bool,
    saved: &Saved,
) -> Result<()> {
    // The flags change under the lock that a signal handler takes before it
    // reads them, so the handler never sees a save half done.
    let _guard = WRITE_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let result = write(dir, bank, answers, quick, saved);
    saved.behind.store(result.is_err(), Ordering::SeqCst);
    saved.pending.store(false, Ordering::SeqCst);
    if result.is_ok() {
        saved.on_disk.store(true, Ordering::SeqCst);
    }
    result
}

fn write(dir: &DataDir, bank: &Bank, answers: &Answers, quick: bool, saved: &Saved) -> Result<()> {
    dir.ensure()?;
    let file = DraftFile {
        format: 1,
        bank_id: bank.id.clone(),
        bank_version: bank.version.clone(),
        language: Some(bank.language.clone()),
        updated: jiff::Timestamp::now().to_string(),
        answers: match answers.to_json() {
            Value::Object(m) => m.into_iter().collect(),
            _ => BTreeMap::new(),
        },
        quick,
        set_aside: saved
            .set_aside
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            // An answer given again replaces the one set aside.
            .filter(|(id, _)| answers.get(id).is_none())
            .map(|(id, v)| (id.clone(), v.clone()))
            .collect(),
    };
    let json = serde_json::to_vec_pretty(&file).map_err(|e| Error::Internal {
        what: "draft",
        detail: e.to_string(),
    })?;
    let path = dir.file(DRAFT_FILE);
    super::check_saved_size(&path, &json, "save the draft")?;
    // Flushed to the disk unless the last flush was under a second ago:
    // every answer a person types is flushed, while thousands piped in at
    // once cost milliseconds each instead of a disk flush each. Unflushed,
    // the draft is still replaced atomically, so a stop of any kind loses
    // nothing; only a power cut could take the last second's answers.
    let mut synced = saved.synced.lock().unwrap_or_else(|e| e.into_inner());
    let durable = synced.is_none_or(|t| t.elapsed() >= std::time::Duration::from_secs(1));
    write_atomic_locked(&path, &json, durable)?;
    if durable {
        *synced = Some(std::time::Instant::now());
    }
    Ok(())
}

/// Reads the draft, if there is one. Answers that do not fit the bank are
/// dropped (and counted) rather than refused: the bank may have changed.
/// They are set aside in `saved`, so that the next save keeps them.
pub fn load(dir: &DataDir, bank: &Bank, saved: &Saved) -> Result<Option<Draft>> {
    let path = dir.file(DRAFT_FILE);
    let Some(bytes) = super::read_saved(&path, "read the saved draft")? else {
        return Ok(None);
    };
    let file: DraftFile = serde_json::from_slice(&bytes).map_err(|e| Error::Corrupt {
        path: path.clone(),
        detail: crate::i18n::Said::plain(e.to_string()),
    })?;
    let mut answers = Answers::default();
    let mut set_aside = BTreeMap::new();
    // Set-aside answers are tried again first: the bank may have changed back.
    for (id, v) in file.set_aside.iter().chain(&file.answers) {
        match bank.question(id).map(|q| from_json(q, v)) {
            Some(Ok(a)) => {
                set_aside.remove(id);
                answers.set(id, a);
            }
            _ => {
                set_aside.insert(id.clone(), v.clone());
            }
        }
    }
    let json = answers.to_json();
    for id in answers.prune(bank) {
        if let Some(v) = json.get(&id) {
            set_aside.insert(id, v.clone());
        }
    }
    let dropped = set_aside
        .keys()
        .filter(|id| !file.set_aside.contains_key(*id))
        .count();
    *saved.set_aside.lock().unwrap_or_else(|e| e.into_inner()) = set_aside;
    saved.on_disk.store(true, Ordering::SeqCst);
    Ok(Some(Draft {
        bank_id: file.bank_id,
        bank_version: file.bank_version,
        updated: file.updated,
        answers,
        dropped,
        quick: file.quick,
    }))
}

/// The language of the draft's run, if there is a draft that says: read
/// before the session opens (and without its lock), to choose the bank and
/// the screens. Anything amiss is left for [`load`] to report.
pub fn language(dir: &DataDir) -> Option<crate::i18n::Lang> {
    #[derive(Deserialize)]
    struct Language {
        #[serde(default)]
        language: Option<String>,
    }
    let bytes = std::fs::read(dir.file(DRAFT_FILE)).ok()?;
    let file: Language = serde_json::from_slice(&bytes).ok()?;
    Some(crate::i18n::Lang::of(
        file.language.as_deref().unwrap_or("en"),
    ))
}

/// Deletes the draft, and with it any answers it had set aside.
pub fn remove(dir: &DataDir, saved: &Saved) -> Result<()> {
    saved
        .set_aside
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clear();
    saved.on_disk.store(false, Ordering::SeqCst);
    let path = dir.file(DRAFT_FILE);
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io("delete the saved draft", &path, e)),
    }
}

/// When the draft was last saved, in the person's own time zone.
pub fn when(draft: &Draft) -> String {
    match draft.updated.parse::<jiff::Timestamp>() {
        Ok(ts) => ts
            .to_zoned_datetime(jiff::tz::TimeZone::system())
            .strftime("%B %-d at %H:%M")
            .to_string(),
        Err(_) => "an earlier session".to_string(),
    }
}
