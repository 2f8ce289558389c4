//! The keeper of the main questions: the draft is saved after every answer,
//! and the session's safety state follows the answers.

use std::time::{Duration, Instant};

use super::Shared;
use crate::answers::Answers;
use crate::bank::Bank;
use crate::engine::Keep;
use crate::error::Result;
use crate::store::{DataDir, draft};

/// Saves the draft after each answer (unless `--no-save`), and records what
/// the answers say about safety, for the reminder line on every later
/// screen and the crisis lines on the way out.
pub struct DraftKeeper<'a> {
    shared: &'a Shared,
    store: Option<&'a DataDir>,
    bank: &'a Bank,
    /// The `--quick` path: kept with the draft, so a resume walks it too.
    quick: bool,
    /// Answers given since the draft was last saved (see [`Keep::keep`]).
    unsaved: bool,
    /// When the draft was last saved.
    saved_at: Option<Instant>,
}

impl<'a> DraftKeeper<'a> {
    pub(super) fn new(
        shared: &'a Shared,
        store: Option<&'a DataDir>,
        bank: &'a Bank,
        quick: bool,
    ) -> Self {
        DraftKeeper {
            shared,
            store,
            bank,
            quick,
            unsaved: false,
            saved_at: None,
        }
    }

    fn save_now(&mut self, answers: &Answers) -> Result<Option<String>> {
        let Some(store) = self.store else {
            return Ok(None);
        };
        self.unsaved = false;
        self.saved_at = Some(Instant::now());
        // Said once per run of failures: only when the save before worked.
        let was_behind = self.shared.saved.is_behind();
        match draft::save(store, self.bank, answers, self.quick, &self.shared.saved) {
            Err(e) if !was_behind => {
                let m = crate::i18n::Messages::new(self.shared.lang);
                Ok(Some(format!(
                    "{}\n{}",
                    e.render(&m),
                    m.get("draft-save-failed-keep-going")
                )))
            }
            _ => Ok(None),
        }
    }
}

impl Keep for DraftKeeper<'_> {
    /// When the next answer is already waiting (answers piped in, never
    /// typed at a terminal), the save is put off, for at most a second:
    /// rewriting the draft after each of many answers that come at once
    /// costs more than the answers. Whatever is put off is saved by
    /// [`Keep::flush`] as the engine stops in any way but a signal; a
    /// signal says that the last answers were not saved.
    fn keep(&mut self, answers: &Answers, more_waiting: bool) -> Result<Option<String>> {
        self.shared.crisis.update(
            answers.safety_flagged(self.bank),
            answers.safety_reminder(self.bank),
        );
        if self.store.is_none() {
            return Ok(None);
        }
        let recent = self
            .saved_at
            .is_some_and(|t| t.elapsed() < Duration::from_secs(1));
        if recent && more_waiting {
            self.unsaved = true;
            self.shared.saved.set_pending(true);
            return Ok(None);
        }
        self.save_now(answers)
    }

    fn flush(&mut self, answers: &Answers) -> Result<Option<String>> {
        if self.unsaved {
            return self.save_now(answers);
        }
        Ok(None)
    }
}
