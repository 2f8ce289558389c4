//! The engine walks the bank: it decides which question comes next, honours
//! conditions, handles back, skip and review, saves the draft after every
//! answer, and stops for crisis answers. It never draws anything itself:
//! all asking goes through a [`Prompter`].

use crate::answers::{Answer, Answers, conditions};
use crate::bank::{Bank, Behavior, Urgency};
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
    /// Answers given since the draft was last saved (see [`Engine::save`]).
    unsaved: bool,
    /// When the draft was last saved.
    saved_at: Option<std::time::Instant>,
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
        crate::crisis::remind(answers.safety_reminder(bank));
        Engine {
            bank,
            prompter,
            answers,
            store,
            order,
            opening_due: route.opening,
            quick: route.quick,
            unsaved: false,
            saved_at: None,
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

    /// Where question `i` stands. The totals count what can still be
    /// asked: every question shown so far, and every later one that is
    /// shown or may yet be, because its condition looks at a question not
    /// answered yet. So a total never grows as branches open, going forward;
    /// it only shrinks as branches close ("question 3 of 50", then "4 of 44").
    fn progress(&self, i: usize) -> (Progress, bool) {
        let (si, _) = self.order[i];
        // A question that is still to come, or not answered yet, may still
        // change what a condition on it says.
        let open = |id: &str| {
            self.answers.get(id).is_none()
                && (i..self.order.len()).any(|j| self.question(j).id == id)
        };
        let may_show = |j: usize| {
            let q = self.question(j);
            if self.shown(j) {
                return true;
            }
            if j < i {
                return false;
            }
            let Some(cond) = &q.show_if else {
                return false;
            };
            let could = |c: &crate::bank::Clause| {
                open(&c.question) || conditions::matches(c, &self.answers)
            };
            match cond.behavior {
                Behavior::All => cond.clauses.iter().all(could),
                Behavior::Any => cond.clauses.iter().any(could),
            }
        };
        let shown: Vec<usize> = (0..self.order.len()).filter(|&j| may_show(j)).collect();
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

    /// Saves the draft after an answer. When the next answer is already
    /// waiting (answers piped in, never typed at a terminal), the save is
    /// put off, for at most a second: rewriting the draft after each of
    /// thousands of answers that come at once cost seconds. Whatever is put
    /// off is saved before the engine stops in any way but a signal
    /// ([`Engine::run`]); a signal says that the last answers were not saved
    /// (`draft::set_pending`).
    fn save(&mut self) -> Result<()> {
        if self.store.is_none() {
            return Ok(());
        }
        let recent = self
            .saved_at
            .is_some_and(|t| t.elapsed() < std::time::Duration::from_secs(1));
        if recent && self.prompter.input_waiting() {
            self.unsaved = true;
            draft::set_pending(true);
            return Ok(());
        }
        self.save_now()
    }

    fn save_now(&mut self) -> Result<()> {
        let Some(store) = self.store else {
            return Ok(());
        };
        self.unsaved = false;
        self.saved_at = Some(std::time::Instant::now());
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

    /// Notes what the answers now say about safety, for the crisis lines on
    /// the way out and the reminder on every later screen.
    fn remember(&self) {
        crate::crisis::remember(self.answers.safety_flagged(self.bank));
        crate::crisis::remind(self.answers.safety_reminder(self.bank));
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
                self.remember();
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
                self.remember();
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
        if self.unsaved {
            self.save_now()?;
        }
        result.map(|()| self.answers)
    }

    fn walk(&mut self) -> Result<()> {
        let paused = || Error::Incomplete {
            paused: true,
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
