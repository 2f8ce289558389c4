//! The engine walks the bank: it decides which question comes next, honours
//! conditions, handles back, skip and review, saves the draft after every
//! answer, and stops for crisis answers. It never draws anything itself:
//! all asking goes through a [`Prompter`].

use crate::answers::{Answer, Answers, conditions};
use crate::bank::Bank;
use crate::error::{Error, Result};
use crate::prompt::{Ask, Progress, Prompter, Reply, ReviewChoice};
use crate::store::{DataDir, draft};

pub struct Engine<'a, P: Prompter + ?Sized> {
    bank: &'a Bank,
    prompter: &'a mut P,
    answers: Answers,
    store: Option<&'a DataDir>,
    /// Flat list of (section index, question index) in asking order.
    order: Vec<(usize, usize)>,
    /// The opening cards are still to be shown, right after the safety step.
    opening_due: bool,
    /// The `--quick` path: kept with the draft, so a resume walks it too.
    quick: bool,
}

/// How a run walks the bank.
#[derive(Debug, Clone, Copy, Default)]
pub struct Route {
    /// Only the questions marked `core` (and the safety check).
    pub quick: bool,
    /// Show the opening cards once the safety check is answered.
    pub opening: bool,
}

impl<'a, P: Prompter + ?Sized> Engine<'a, P> {
    pub fn new(
        bank: &'a Bank,
        prompter: &'a mut P,
        answers: Answers,
        store: Option<&'a DataDir>,
        route: Route,
    ) -> Self {
        let order = bank
            .sections
            .iter()
            .enumerate()
            .flat_map(|(si, s)| {
                s.questions
                    .iter()
                    .enumerate()
                    .filter(move |(_, q)| !route.quick || q.core || q.safety)
                    .map(move |(qi, _)| (si, qi))
            })
            .collect();
        crate::crisis::remember(answers.safety_flagged(bank));
        Engine {
            bank,
            prompter,
            answers,
            store,
            order,
            opening_due: route.opening,
            quick: route.quick,
        }
    }

    fn question(&self, i: usize) -> &'a crate::bank::Question {
        let (si, qi) = self.order[i];
        &self.bank.sections[si].questions[qi]
    }

    fn shown(&self, i: usize) -> bool {
        conditions::shown(self.question(i), &self.answers)
    }

    /// The next shown question at or after `i` (unanswered only, if `fill`).
    fn next_from(&self, mut i: usize, fill: bool) -> Option<usize> {
        while i < self.order.len() {
            if self.shown(i) && !(fill && self.answers.get(&self.question(i).id).is_some()) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    fn previous(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&j| self.shown(j))
    }

    fn progress(&self, i: usize) -> (Progress, bool) {
        let (si, _) = self.order[i];
        let shown: Vec<usize> = (0..self.order.len()).filter(|&j| self.shown(j)).collect();
        let in_sec: Vec<usize> = shown
            .iter()
            .copied()
            .filter(|&j| self.order[j].0 == si)
            .collect();
        let pos_sec = in_sec.iter().position(|&j| j == i).map_or(1, |p| p + 1);
        let pos = shown.iter().position(|&j| j == i).map_or(1, |p| p + 1);
        (
            Progress {
                in_section: pos_sec,
                section_total: in_sec.len(),
                number: pos,
                total: shown.len(),
            },
            pos_sec == 1,
        )
    }

    fn save(&mut self) -> Result<()> {
        let Some(store) = self.store else {
            return Ok(());
        };
        // Said once per run of failures: only when the save before worked.
        let was_behind = draft::is_behind();
        if let Err(e) = draft::save(store, self.bank, &self.answers, self.quick) {
            if !was_behind {
                self.prompter.notice(&format!(
                    "{e}\nYou can keep going, and your summary will still be shown at the end, but if iop-check is stopped now your answers may be lost."
                ))?;
            }
        }
        Ok(())
    }

    /// Asks question `i`. Returns the reply after storing it.
    fn ask(&mut self, i: usize) -> Result<Reply> {
        let q = self.question(i);
        let (si, _) = self.order[i];
        let (progress, section_start) = self.progress(i);
        let reply = self.prompter.ask(&Ask {
            bank: self.bank,
            section: &self.bank.sections[si],
            question: q,
            progress,
            current: self.answers.get(&q.id),
            section_start,
            can_go_back: self.previous(i).is_some(),
        })?;
        match &reply {
            Reply::Answer(a) => {
                let crisis = a
                    .option_ids()
                    .any(|o| q.option(o).is_some_and(|c| c.crisis));
                self.answers.set(&q.id, a.clone());
                self.answers.prune(self.bank);
                crate::crisis::remember(self.answers.safety_flagged(self.bank));
                self.save()?;
                if crisis && !self.prompter.crisis(self.bank)? {
                    return Ok(Reply::Pause);
                }
            }
            Reply::Skip => {
                self.answers.set(&q.id, Answer::Skipped);
                self.answers.prune(self.bank);
                crate::crisis::remember(self.answers.safety_flagged(self.bank));
                self.save()?;
            }
            Reply::Back | Reply::Pause => {}
        }
        // Safety first, then the cards about the options.
        if q.safety && self.opening_due && matches!(reply, Reply::Answer(_) | Reply::Skip) {
            self.opening_due = false;
            self.prompter.opening(self.bank)?;
        }
        Ok(reply)
    }

    /// Runs from the first unanswered question to the end of the review.
    pub fn run(mut self) -> Result<Answers> {
        let paused = || Error::Incomplete {
            paused: true,
            resume: None,
        };
        let mut fill = true;
        let mut at = self.next_from(0, true);
        loop {
            let Some(i) = at else {
                match self.prompter.review(self.bank, &self.answers)? {
                    ReviewChoice::Finish => return Ok(self.answers),
                    ReviewChoice::Pause => return Err(paused()),
                    ReviewChoice::Change(id) => {
                        let Some(i) = (0..self.order.len()).find(|&j| self.question(j).id == id)
                        else {
                            continue;
                        };
                        match self.ask(i)? {
                            Reply::Pause => return Err(paused()),
                            // Back from an edit returns to the review.
                            Reply::Back => {}
                            _ => {
                                // A changed answer may show new questions: ask those.
                                fill = true;
                                at = self.next_from(0, true);
                            }
                        }
                        continue;
                    }
                }
            };
            match self.ask(i)? {
                Reply::Answer(_) | Reply::Skip => at = self.next_from(i + 1, fill),
                Reply::Back => {
                    if let Some(j) = self.previous(i) {
                        fill = false;
                        at = Some(j);
                    }
                }
                Reply::Pause => return Err(paused()),
            }
        }
    }
}
