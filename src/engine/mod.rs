//! The engine walks the bank: it decides which question comes next, honours
//! conditions, handles back, skip and review, hands every answer to a
//! [`Keep`] as soon as it is given, and stops for crisis answers. It never
//! draws anything itself (all asking goes through a [`Prompter`]) and never
//! writes anything itself (the session's keeper does).

use crate::answers::{Answer, Answers, conditions};
use crate::bank::{Bank, Urgency};
use crate::error::{Error, Result, Stop};
use crate::prompt::{Ask, Progress, Prompter, Reply, ReviewChoice};

/// What the engine calls after each answer, so that nothing is lost: the
/// session's draft keeper for the main questions, the programs worksheet's
/// program keeper. A failed save is not an error that stops the run: the
/// keeper returns words for the person instead, and the engine shows them.
pub trait Keep {
    /// Keeps the answers given so far. `more_waiting`: the next answer is
    /// already waiting (piped in at machine speed), so the keeper may put
    /// the write off for a moment. Returns a notice to show, if any.
    fn keep(&mut self, answers: &Answers, more_waiting: bool) -> Result<Option<String>>;

    /// Writes whatever was put off; called once as the engine stops, however
    /// it stops (a signal aside).
    fn flush(&mut self, answers: &Answers) -> Result<Option<String>> {
        let _ = answers;
        Ok(None)
    }
}

/// Keeps nothing: for a run with `--no-save`, and for tests.
pub struct KeepNothing;

impl Keep for KeepNothing {
    fn keep(&mut self, _: &Answers, _: bool) -> Result<Option<String>> {
        Ok(None)
    }
}

pub struct Engine<'a, P: Prompter + ?Sized> {
    bank: &'a Bank,
    prompter: &'a mut P,
    answers: Answers,
    keep: &'a mut dyn Keep,
    /// Flat list of (section index, question index) in asking order.
    order: Vec<(usize, usize)>,
    /// The opening cards are still to be shown, right after the safety step.
    opening_due: bool,
    /// The calmer responses ("past few weeks", "not sure") already shown
    /// in this run: each is shown once, while "right now" is shown each time.
    responded: Vec<Urgency>,
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
        keep: &'a mut dyn Keep,
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
        Engine {
            bank,
            prompter,
            answers,
            keep,
            order,
            opening_due: route.opening,
            responded: Vec::new(),
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

    /// Hands the answers to the keeper; shows what it says, if anything.
    fn save(&mut self) -> Result<()> {
        let waiting = self.prompter.input_waiting();
        if let Some(notice) = self.keep.keep(&self.answers, waiting)? {
            self.prompter.notice(&notice)?;
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
                    .filter_map(|o| q.option(o))
                    .find(|c| c.crisis);
                self.answers.set(&q.id, a.clone());
                self.answers.prune(self.bank);
                self.save()?;
                if let Some(c) = crisis {
                    let urgency = c.urgency.unwrap_or(Urgency::Now);
                    if urgency == Urgency::Now || !self.responded.contains(&urgency) {
                        self.responded.push(urgency);
                        let point = c.talking_point.as_deref();
                        if !self.prompter.crisis(self.bank, urgency, point)? {
                            return Ok(Reply::Pause);
                        }
                    }
                }
            }
            Reply::Skip => {
                self.answers.set(&q.id, Answer::Skipped);
                self.answers.prune(self.bank);
                self.save()?;
            }
            Reply::Back | Reply::Pause => {}
        }
        // Safety first (every safety question), then the cards about the options.
        let last_safety = self.bank.safety_questions().last().map(|l| l.id.as_str());
        if last_safety == Some(q.id.as_str())
            && self.opening_due
            && matches!(reply, Reply::Answer(_) | Reply::Skip)
        {
            self.opening_due = false;
            self.prompter.opening(self.bank)?;
        }
        Ok(reply)
    }

    /// Runs from the first unanswered question to the end of the review.
    /// Answers whose save was put off are saved however it ends.
    pub fn run(mut self) -> Result<Answers> {
        let result = self.walk();
        if let Some(notice) = self.keep.flush(&self.answers)? {
            self.prompter.notice(&notice)?;
        }
        result.map(|()| self.answers)
    }

    fn walk(&mut self) -> Result<()> {
        let paused = || Error::Incomplete {
            stop: Stop::Paused,
            resume: None,
        };
        let mut fill = true;
        let mut at = self.next_from(0, true);
        loop {
            let Some(i) = at else {
                match self.prompter.review(self.bank, &self.answers)? {
                    ReviewChoice::Finish => return Ok(()),
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

#[cfg(test)]
mod tests;
