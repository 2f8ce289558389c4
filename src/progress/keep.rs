//! The keeper of a weekly check-in: the unfinished week is saved after
//! every answer (`progress-draft.json`), and the session's safety state
//! follows the answers, as the decision run's draft keeper does.

use crate::answers::Answers;
use crate::bank::Bank;
use crate::engine::Keep;
use crate::error::Result;
use crate::session::Shared;
use crate::store::DataDir;

use super::{Plan, Week};

pub struct WeekKeeper<'a> {
    pub shared: &'a Shared,
    /// None with `--no-save`.
    pub store: Option<&'a DataDir>,
    pub bank: &'a Bank,
    pub plan: &'a Plan,
    pub quick: bool,
    /// When the week was started (RFC 3339), kept with the draft.
    pub started: &'a str,
}

impl Keep for WeekKeeper<'_> {
    fn keep(&mut self, answers: &Answers, _: bool) -> Result<Option<String>> {
        self.shared.crisis.update(
            answers.safety_flagged(self.bank),
            answers.safety_reminder(self.bank),
        );
        let Some(store) = self.store else {
            return Ok(None);
        };
        let week = Week::new(self.bank, self.plan, answers, self.started, self.quick);
        let was_behind = self.shared.saved.is_behind();
        let result = super::kept::save_draft(store, &week);
        self.shared.saved.mark_saved(result.is_ok());
        match result {
            Err(e) if !was_behind => {
                let m = super::messages(self.bank);
                Ok(Some(m.with(
                    "progress-draft-not-saved",
                    &[("error", e.render(&m).into())],
                )))
            }
            _ => Ok(None),
        }
    }
}
