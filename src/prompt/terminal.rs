//! Terminal mode: one question per screen, asked with dialoguer and styled
//! with console. Long text is wrapped here, because dialoguer garbles items
//! wider than the terminal. Prompts are drawn on stderr, so stdout can be
//! redirected to keep the summary.

use console::{Style, Term};
use dialoguer::{Input, MultiSelect, Select};

use super::{Ask, Prompter, Reply, ReviewChoice, answered, describe, help_text_in, kept_note};
use crate::answers::{Answer, Answers, check_number, check_text, format_number};
use crate::bank::{Bank, Kind, Question, Section, Urgency};
use crate::crisis::CrisisState;
use crate::error::{Error, Result};
use crate::store::draft::Draft;
use crate::summary::Format;
use crate::text::{clean, wrap};
use std::path::PathBuf;
use std::sync::Arc;

pub struct TerminalPrompter {
    term: Term,
    theme: super::theme::PromptTheme,
    dim: Style,
    bold: Style,
    /// Whether answers are saved (false with --no-save).
    saving: bool,
    /// The review's way out, when it is not "Finish and see my summary"
    /// (the programs worksheet keeps a program instead): already in the
    /// screens' language.
    finish: Option<String>,
    /// The review page "Change an answer" was chosen on: the review opens
    /// there again once the answer is changed.
    review_page: usize,
    /// The session's safety state, for the reminder line of where help is.
    crisis: Arc<CrisisState>,
    /// The words of the screens, in the session's language.
    m: crate::i18n::Messages,
}

/// Turns a dialoguer error into ours. Ctrl-C is an interruption; so is a
/// terminal that went away (its window closed, or the connection to it
/// dropped): reading it then ends (EOF) or fails (EIO), sometimes before the
/// SIGHUP that says so arrives, and both ways must end alike, with 130 and
/// the draft kept. An interruption leaves at once through the signal
/// handler's way out, which the handler thread may be taking too (console
/// raises SIGINT for Ctrl-C, and SIGTERM interrupts the read), so that
/// "Stopped." is said once.
fn ui_error(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(e) = e;
    let hung_up = matches!(
        e.kind(),
        std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::NotConnected
    ) || e.raw_os_error() == Some(libc::EIO)
        || e.raw_os_error() == Some(libc::ENXIO);
    if e.kind() == std::io::ErrorKind::Interrupted || hung_up {
        crate::signals::interrupted();
        return Error::Interrupted { resume: None };
    }
    Error::io("use", "the terminal", e)
}

fn io_error(e: std::io::Error) -> Error {
    ui_error(dialoguer::Error::IO(e))
}

impl TerminalPrompter {
    pub fn new() -> Self {
        TerminalPrompter {
            term: Term::stderr(),
            theme: super::theme::PromptTheme::new(),
            dim: Style::new().for_stderr().dim(),
            bold: Style::new().for_stderr().bold(),
            saving: true,
            finish: None,
            review_page: 0,
            crisis: Arc::default(),
            m: crate::i18n::Messages::new(crate::i18n::Lang::En),
        }
    }

    /// Says the screens' words in `lang`.
    pub fn lang(mut self, lang: crate::i18n::Lang) -> Self {
        self.m = crate::i18n::Messages::new(lang);
        self
    }

    /// Shares the session's safety state, for the reminder of where help
    /// is on every screen once a safety answer other than the safe one stands.
    pub fn crisis(mut self, crisis: Arc<CrisisState>) -> Self {
        self.crisis = crisis;
        self
    }

    /// Words the review's way out for what finishing gives, in the
    /// screens' language (the caller translates it).
    pub fn finish_label(mut self, label: impl Into<String>) -> Self {
        self.finish = Some(label.into());
        self
    }

    /// Says whether answers are saved, for what pausing promises.
    pub fn saving(mut self, saving: bool) -> Self {
        self.saving = saving;
        self
    }

    fn width(&self) -> usize {
        crate::text::width()
    }

    fn line(&self, text: &str) -> Result<()> {
        self.term
            .write_line(&crate::style::symbols(text))
            .map_err(io_error)
    }

    /// Writes wrapped, cleaned text in a style.
    fn para(&self, text: &str, style: &Style) -> Result<()> {
        for l in wrap(&clean(text), self.width(), "").lines() {
            self.line(&style.apply_to(l).to_string())?;
        }
        Ok(())
    }

    /// One point of a list ("• …"), its wrapped lines under its text.
    fn bullet(&self, text: &str) -> Result<()> {
        let text = wrap(&clean(&format!("• {text}")), self.width(), "  ");
        for l in text.lines() {
            self.line(l)?;
        }
        Ok(())
    }

    /// Wraps an item for a pick-one list, leaving room for the marker
    /// before it (`❯ `); wrapped lines line up under the text.
    fn item(&self, text: &str) -> String {
        self.item_indented(text, 2)
    }

    /// Wraps an item for a checklist, whose markers (`❯ ✔ `) are wider.
    fn check_item(&self, text: &str) -> String {
        self.item_indented(text, self.theme.checklist_indent())
    }

    fn item_indented(&self, text: &str, indent: usize) -> String {
        let hang = " ".repeat(indent);
        let text = wrap(&clean(text), self.width().saturating_sub(indent + 2), &hang);
        crate::style::symbols(&text).into_owned()
    }

    /// Starts a fresh screen: cleared, with the reminder of where help is
    /// on its first line once a safety answer other than the safe one stands.
    fn screen(&self) -> Result<()> {
        self.term.clear_screen().map_err(io_error)?;
        if let Some(line) = self.crisis.reminder_line() {
            self.para(line, &self.bold)?;
        }
        Ok(())
    }

    /// How many rows the reminder line takes at the top of a screen.
    fn reminder_rows(&self) -> usize {
        self.crisis
            .reminder_line()
            .map_or(0, |l| wrap(l, self.width(), "").lines().count())
    }

    fn select(&self, items: &[String], default: usize) -> Result<Option<usize>> {
        self.select_below(items, default, 8)
    }

    /// How many items of a list fit on the screen below `above` lines, so
    /// that the list never scrolls the screen (a list that does leaves a copy
    /// of itself in the scrollback on every key, and pushes the heading off).
    /// Items wrapped over several lines count as that many.
    fn fitting(&self, items: &[String], above: usize) -> usize {
        let rows = usize::from(self.term.size().0);
        let tallest = items.iter().map(|i| i.lines().count()).max().unwrap_or(1);
        let above = above + self.reminder_rows();
        (rows.saturating_sub(above + 1) / tallest.max(1)).max(2)
    }

    /// A pick-one list under `above` lines of text on a fresh screen.
    fn select_below(
        &self,
        items: &[String],
        default: usize,
        above: usize,
    ) -> Result<Option<usize>> {
        Select::with_theme(&self.theme)
            .items(items)
            .default(default.min(items.len().saturating_sub(1)))
            .max_length(self.fitting(items, above))
            .interact_on_opt(&self.term)
            .map_err(ui_error)
    }

    /// A pick-one list on which nothing is chosen until the person moves
    /// (↓ starts at the top, ↑ at the bottom). Enter before that records
    /// nothing: it shows a one-line hint under the list. Esc is None.
    fn select_unchosen(&self, items: &[String]) -> Result<Option<usize>> {
        use console::Key;
        use dialoguer::theme::Theme;
        let n = items.len();
        let mut sel: Option<usize> = None;
        let mut hint = false;
        self.term.hide_cursor().map_err(io_error)?;
        let result = loop {
            let mut out = String::new();
            for (i, item) in items.iter().enumerate() {
                let _ = self
                    .theme
                    .format_select_prompt_item(&mut out, item, sel == Some(i));
                out.push('\n');
            }
            if hint {
                let hint = self.m.get("hint-unchosen");
                let hint = crate::style::symbols(&hint);
                for l in wrap(&hint, self.width(), "").lines() {
                    out.push_str(&self.bold.apply_to(l).to_string());
                    out.push('\n');
                }
            }
            let drawn = out.lines().count();
            self.term.write_str(&out).map_err(io_error)?;
            self.term.flush().map_err(io_error)?;
            let key = self.term.read_key().map_err(io_error)?;
            self.term.clear_last_lines(drawn).map_err(io_error)?;
            match key {
                Key::ArrowDown | Key::Tab | Key::Char('j') => {
                    sel = Some(sel.map_or(0, |s| (s + 1) % n));
                    hint = false;
                }
                Key::ArrowUp | Key::BackTab | Key::Char('k') => {
                    sel = Some(sel.map_or(n - 1, |s| (s + n - 1) % n));
                    hint = false;
                }
                Key::Escape => break None,
                Key::Enter | Key::Char(' ') => match sel {
                    Some(s) => break Some(s),
                    None => hint = true,
                },
                Key::CtrlC => {
                    return Err(io_error(std::io::Error::from(
                        std::io::ErrorKind::Interrupted,
                    )));
                }
                _ => {}
            }
        };
        self.term.show_cursor().map_err(io_error)?;
        Ok(result)
    }

    /// The review's answers split into pages that each fit on the screen
    /// above a menu of `menu_rows` lines, so that the heading never scrolls
    /// away: ranges of `lines` (one per answer). A section's title is drawn
    /// again at the top of a page that continues it. Everything on one page
    /// when it fits; an answer taller than a whole page gets a page alone.
    fn review_pages(
        &self,
        list: &[(&Section, &Question, &Answer)],
        lines: &[String],
        menu_rows: usize,
    ) -> Vec<std::ops::Range<usize>> {
        let rows = usize::from(self.term.size().0);
        let tall = |text: &str| wrap(&clean(text), self.width(), "").lines().count().max(1);
        // The heading (with a page number), a blank line before the menu,
        // the menu, and the line the cursor rests on.
        let heading = tall(&self.m.with(
            "review-heading-page",
            &[("page", 10.into()), ("pages", 10.into())],
        ));
        let room = rows.saturating_sub(self.reminder_rows() + heading + 1 + menu_rows + 1);
        let mut pages = Vec::new();
        let (mut start, mut used, mut section) = (0, 0, "");
        for (i, (s, _, _)) in list.iter().enumerate() {
            let title = 1 + tall(&s.title);
            let answer = tall(&lines[i]);
            let new_section = s.id != section;
            let need = answer + if new_section { title } else { 0 };
            if i > start && used + need > room {
                pages.push(start..i);
                start = i;
                used = title + answer;
            } else {
                used += need;
            }
            section = &s.id;
        }
        pages.push(start..list.len());
        pages
    }

    fn pause_screen(&self, items: &[&str]) -> Result<Option<usize>> {
        let items: Vec<String> = items.iter().map(|s| self.item(s)).collect();
        self.select(&items, 0)
    }

    /// Every crisis resource, with its notes, on a screen of its own.
    /// Kept short enough for a 24-row screen: one point a resource, its
    /// note under it, and its region only where it differs from the first.
    fn more_help(&self, bank: &Bank) -> Result<()> {
        self.screen()?;
        let home = bank.crisis.resources.first().map(|r| r.region.as_str());
        for r in &bank.crisis.resources {
            let region = if Some(r.region.as_str()) == home {
                String::new()
            } else {
                format!(" ({})", r.region)
            };
            self.bullet(&format!(
                "{}{region}: {}",
                r.name,
                crate::crisis::reach_in(r, &self.m)
            ))?;
            if let Some(n) = &r.note {
                for l in wrap(&clean(n), self.width().saturating_sub(2), "").lines() {
                    self.line(&format!("  {l}"))?;
                }
            }
        }
        self.line("")?;
        self.pause_screen(&[&self.m.get("more-help-back")])?;
        Ok(())
    }

    /// Help for a question, under its title, with where to find help in a
    /// crisis. Help taller than the screen (the cards about the options,
    /// say) is shown a page at a time, each page under the title, with the
    /// line that says where help is now at its foot; "Back to the question"
    /// stays the first item, so Enter always goes back.
    fn help(&self, ask: &Ask) -> Result<()> {
        let width = self.width();
        let wrapped = |text: &str| -> Vec<String> {
            wrap(&clean(text), width, "")
                .lines()
                .map(str::to_string)
                .collect()
        };
        // The body, each line with whether it is bold.
        let mut body: Vec<(String, bool)> = Vec::new();
        body.extend(
            wrapped(&help_text_in(ask, &self.m))
                .into_iter()
                .map(|l| (l, false)),
        );
        body.push((String::new(), false));
        body.extend(
            wrapped(&self.m.get("help-struggling"))
                .into_iter()
                .map(|l| (l, true)),
        );
        body.extend(
            wrapped(&crate::crisis::render_in(&ask.bank.crisis, &self.m))
                .into_iter()
                .map(|l| (l, false)),
        );
        let title = wrapped(&ask.question.prompt);
        let back = self.m.get("help-back");
        let back = back.as_str();
        let rows = usize::from(self.term.size().0);
        // The title and a blank line, a blank line before the menu, the
        // menu, and the line the cursor rests on.
        let fixed = self.reminder_rows() + title.len() + 1 + 1 + 1;
        let one_menu = self.item(back).lines().count();
        let pages = if fixed + body.len() + one_menu <= rows {
            std::iter::once(0..body.len()).collect()
        } else {
            // Paged: a "more" item, and the line that says where help is
            // (with a blank line above it) at the foot of each page.
            let foot = wrapped(&crate::crisis::reminder_in(&ask.bank.crisis, &self.m)).len() + 1;
            let menu = one_menu + self.item(&help_more(98, 99, &self.m)).lines().count();
            let room = rows.saturating_sub(fixed + menu + foot).max(3);
            help_pages(&body, room)
        };
        let mut page = 0;
        loop {
            self.screen()?;
            for l in &title {
                self.line(&self.bold.apply_to(l).to_string())?;
            }
            self.line("")?;
            for (l, bold) in &body[pages[page].clone()] {
                if *bold {
                    self.line(&self.bold.apply_to(l).to_string())?;
                } else {
                    self.line(l)?;
                }
            }
            let mut menu = vec![back.to_string()];
            if pages.len() > 1 {
                self.line("")?;
                self.para(
                    &crate::crisis::reminder_in(&ask.bank.crisis, &self.m),
                    &self.bold,
                )?;
                menu.push(help_more(page, pages.len(), &self.m));
            }
            self.line("")?;
            let items: Vec<&str> = menu.iter().map(String::as_str).collect();
            match self.pause_screen(&items)? {
                Some(1) => page = (page + 1) % pages.len(),
                // Esc goes back too.
                _ => return Ok(()),
            }
        }
    }

    fn header(&self, ask: &Ask, keys: &str) -> Result<()> {
        self.screen()?;
        self.para(&ask.progress.line(ask.section, &self.m), &self.dim)?;
        self.line("")?;
        if ask.section_start {
            self.para(&ask.section.title, &self.bold)?;
            self.para(
                &self
                    .m
                    .with("section-why", &[("why", ask.section.why.as_str().into())]),
                &self.dim,
            )?;
            self.line("")?;
        }
        self.para(&ask.question.prompt, &self.bold)?;
        self.para(keys, &self.dim)?;
        self.line("")
    }

    fn ask_choice(&self, ask: &Ask) -> Result<Reply> {
        let q = ask.question;
        let mut items: Vec<String> = q.options.iter().map(|o| self.item(&o.label)).collect();
        let n = items.len();
        let skip = self.item(&self.m.get("choice-skip"));
        let back = self.item(&self.m.get("choice-back"));
        items.push(skip.clone());
        if ask.can_go_back {
            items.push(back.clone());
        }
        items.push(self.item(&self.m.get("choice-help")));
        let default = match ask.current {
            Some(Answer::Choice(id)) => q.options.iter().position(|o| &o.id == id).unwrap_or(0),
            Some(Answer::Skipped) => n,
            _ => start_option(q),
        };
        // On a safety question not answered yet, nothing is chosen until
        // the person moves: a reflexive Enter records nothing.
        let unchosen = q.safety && ask.current.is_none();
        let keys = if unchosen {
            self.m.get("keys-unchosen")
        } else {
            self.m.get("keys-choice")
        };
        loop {
            self.header(ask, &keys)?;
            let picked = if unchosen {
                self.select_unchosen(&items)?
            } else {
                self.select(&items, default)?
            };
            let Some(i) = picked else {
                if ask.can_go_back {
                    return Ok(Reply::Back);
                }
                continue;
            };
            if i < n {
                return Ok(Reply::Answer(Answer::Choice(q.options[i].id.clone())));
            }
            match items[i].as_str() {
                s if s == skip => return Ok(Reply::Skip),
                s if s == back => return Ok(Reply::Back),
                // Back from help, the cursor is where it was before.
                _ => self.help(ask)?,
            }
        }
    }

    fn ask_checklist(&self, ask: &Ask) -> Result<Reply> {
        let q = ask.question;
        let n = q.options.len();
        let mut checked: Vec<bool> = q
            .options
            .iter()
            .map(|o| matches!(ask.current, Some(Answer::Checklist(ids)) if ids.contains(&o.id)))
            .collect();
        loop {
            self.header(ask, &self.m.get("keys-checklist"))?;
            let mut items: Vec<String> = q
                .options
                .iter()
                .map(|o| self.check_item(&o.label))
                .collect();
            items.push(self.check_item(&self.m.get("choice-skip")));
            items.push(self.check_item(&self.m.get("choice-help")));
            let mut defaults = checked.clone();
            defaults.extend([false, false]);
            let chosen = MultiSelect::with_theme(&self.theme)
                .items(&items)
                .defaults(&defaults)
                .max_length(self.fitting(&items, 8))
                .interact_on_opt(&self.term)
                .map_err(ui_error)?;
            let Some(chosen) = chosen else {
                if ask.can_go_back {
                    return Ok(Reply::Back);
                }
                continue;
            };
            if chosen.contains(&n) {
                return Ok(Reply::Skip);
            }
            if chosen.contains(&(n + 1)) {
                checked = (0..n).map(|i| chosen.contains(&i)).collect();
                self.help(ask)?;
                continue;
            }
            let ids: Vec<String> = chosen.iter().map(|&i| q.options[i].id.clone()).collect();
            if ids.is_empty() {
                // Enter with nothing ticked records nothing: ask what was meant.
                // A screen of its own, so that it fits under any list.
                checked = vec![false; n];
                self.screen()?;
                self.para(&q.prompt, &self.bold)?;
                self.line("")?;
                self.para(&self.m.get("checklist-nothing"), &Style::new())?;
                self.line("")?;
                let go_back = self.m.get("checklist-go-back");
                let skip = self.m.get("choice-skip");
                if self.pause_screen(&[&go_back, &skip])? == Some(1) {
                    return Ok(Reply::Skip);
                }
                continue;
            }
            if let Some(why) = super::goes_alone(q, &ids, &self.m) {
                // Asked again with the ticks kept, so nothing is lost.
                checked = (0..n).map(|i| chosen.contains(&i)).collect();
                self.line("")?;
                self.para(&why, &self.bold)?;
                self.pause_screen(&[&self.m.get("notice-ok")])?;
                continue;
            }
            return Ok(Reply::Answer(Answer::Checklist(ids)));
        }
    }

    /// What a typed answer that cannot stand is told: (too long, not a
    /// number, a number out of range).
    fn typed_errors(&self, q: &Question) -> (String, String, String) {
        let too_long = self
            .m
            .with("typed-too-long", &[("max", q.max_length.into())]);
        let not_number = self.m.get("typed-not-number");
        let out_of_range = match &q.number {
            Some(spec) => self.m.with(
                if spec.whole {
                    "typed-whole-number"
                } else {
                    "typed-number"
                },
                &[
                    ("min", format_number(spec.min).into()),
                    ("max", format_number(spec.max).into()),
                ],
            ),
            None => not_number.clone(),
        };
        (too_long, not_number, out_of_range)
    }

    fn ask_typed(&self, ask: &Ask) -> Result<Reply> {
        let q = ask.question;
        let initial = match ask.current {
            Some(Answer::Number(n)) => format_number(*n),
            Some(Answer::Text(t)) => t.clone(),
            _ => String::new(),
        };
        loop {
            let mut keys = self.m.get("keys-typed");
            if let (Kind::Number, Some(spec)) = (q.kind, &q.number) {
                let min = format_number(spec.min);
                let max = format_number(spec.max);
                let range = match &spec.unit {
                    Some(u) => self.m.with(
                        "number-range-unit",
                        &[
                            ("min", min.into()),
                            ("max", max.into()),
                            ("unit", u.as_str().into()),
                        ],
                    ),
                    None => self
                        .m
                        .with("number-range", &[("min", min.into()), ("max", max.into())]),
                };
                keys = format!("{range} {keys}");
            }
            self.header(ask, &keys)?;
            let qc = q.clone();
            // The words of the errors, ready for the check, which outlives `self`'s borrow.
            let (too_long, not_number, out_of_range) = self.typed_errors(q);
            let text: String = Input::<String>::with_theme(&self.theme)
                .with_prompt(self.m.get("typed-prompt"))
                .with_initial_text(initial.clone())
                .allow_empty(true)
                .validate_with(move |s: &String| -> std::result::Result<(), String> {
                    let t = s.trim();
                    if t.is_empty() || t == "<" || t == "?" {
                        return Ok(());
                    }
                    match (&qc.kind, &qc.number) {
                        (Kind::Number, Some(spec)) => match t.replace(',', "").parse::<f64>() {
                            Ok(n) => check_number(&qc, spec, n)
                                .map(|_| ())
                                .map_err(|_| out_of_range.clone()),
                            Err(_) => Err(not_number.clone()),
                        },
                        _ => check_text(&qc, t).map(|_| ()).map_err(|_| too_long.clone()),
                    }
                })
                .interact_text_on(&self.term)
                .map_err(ui_error)?;
            let t = text.trim();
            match t {
                "" => return Ok(Reply::Skip),
                "<" if ask.can_go_back => return Ok(Reply::Back),
                "<" => continue,
                "?" => {
                    self.help(ask)?;
                    continue;
                }
                _ => {}
            }
            return Ok(Reply::Answer(match q.kind {
                Kind::Number => {
                    Answer::Number(t.replace(',', "").parse::<f64>().unwrap_or_default())
                }
                _ => Answer::Text(clean(t)),
            }));
        }
    }
}

/// Where the cursor starts on a question not answered yet: the bank's
/// `default`, else the middle of a scale, so that pressing Enter at once
/// never records the strongest answer either way; the first option of
/// any other list.
/// The review's item that turns the page: the next page, or back to the
/// first from the last.
fn more_item(page: usize, pages: usize, m: &crate::i18n::Messages) -> String {
    if page + 1 < pages {
        m.with(
            "review-more",
            &[("page", (page + 2).into()), ("pages", pages.into())],
        )
    } else {
        m.with("review-first-again", &[("pages", pages.into())])
    }
}

/// The help's item that turns the page: the next page, or back to the first.
fn help_more(page: usize, pages: usize, m: &crate::i18n::Messages) -> String {
    if page + 1 < pages {
        m.with(
            "help-read-on",
            &[("page", (page + 2).into()), ("pages", pages.into())],
        )
    } else {
        m.with("help-start-again", &[("pages", pages.into())])
    }
}

/// Splits the help's lines into pages of at most `room` lines: at a blank
/// line (between paragraphs) when there is one in the second half of the
/// page, else where the page is full. No page starts with a blank line.
fn help_pages(body: &[(String, bool)], room: usize) -> Vec<std::ops::Range<usize>> {
    let mut pages = Vec::new();
    let mut start = 0;
    while start < body.len() {
        while start < body.len() && body[start].0.is_empty() {
            start += 1;
        }
        if start == body.len() {
            break;
        }
        let mut end = (start + room).min(body.len());
        if end < body.len() {
            if let Some(blank) = (start + room / 2..end)
                .rev()
                .find(|&i| body[i].0.is_empty())
            {
                end = blank;
            }
        }
        let mut last = end;
        while last > start && body[last - 1].0.is_empty() {
            last -= 1;
        }
        pages.push(start..last);
        start = end;
    }
    if pages.is_empty() {
        pages.push(0..0);
    }
    pages
}

fn start_option(q: &crate::bank::Question) -> usize {
    if let Some(i) = q
        .default
        .as_deref()
        .and_then(|d| q.options.iter().position(|o| o.id == d))
    {
        return i;
    }
    if q.kind == Kind::Scale {
        let scored: Vec<usize> = (0..q.options.len())
            .filter(|&i| q.options[i].score.is_some())
            .collect();
        if scored.len() >= 3 {
            return scored[scored.len() / 2];
        }
    }
    0
}

impl Default for TerminalPrompter {
    fn default() -> Self {
        Self::new()
    }
}

impl Prompter for TerminalPrompter {
    fn welcome(&mut self, bank: &Bank, quick: bool) -> Result<()> {
        self.screen()?;
        let mut paras = super::welcome_text_in(bank, quick, &self.m).into_iter();
        if let Some(title) = paras.next() {
            self.para(&title, &self.bold)?;
        }
        for p in paras {
            self.line("")?;
            self.para(&p, &Style::new())?;
        }
        self.line("")?;
        loop {
            // Esc on the first screen has nowhere to go back to.
            if self
                .pause_screen(&[&self.m.get("welcome-start")])?
                .is_some()
            {
                return Ok(());
            }
        }
    }

    fn opening(&mut self, bank: &Bank) -> Result<()> {
        let items = &bank.opening;
        let mut i = 0;
        while i < items.len() {
            self.screen()?;
            self.para(
                &self.m.with(
                    "opening-progress",
                    &[
                        ("title", bank.title.as_str().into()),
                        ("number", (i + 1).into()),
                        ("total", items.len().into()),
                    ],
                ),
                &self.dim,
            )?;
            self.line("")?;
            self.para(&items[i].title, &self.bold)?;
            self.para(&items[i].text, &Style::new())?;
            let sources = super::source_labels(bank, &items[i].sources);
            if !sources.is_empty() {
                self.para(
                    &self.m.with("sources-line", &[("sources", sources.into())]),
                    &self.dim,
                )?;
            }
            self.line("")?;
            let last = i + 1 == items.len();
            let choices = if last {
                vec![self.m.get("opening-start")]
            } else {
                vec![self.m.get("opening-next"), self.m.get("opening-skip")]
            };
            let choices: Vec<&str> = choices.iter().map(String::as_str).collect();
            match self.pause_screen(&choices)? {
                None => i = i.saturating_sub(1),
                Some(0) => i += 1,
                Some(_) => break,
            }
        }
        Ok(())
    }

    fn ask(&mut self, ask: &Ask) -> Result<Reply> {
        match ask.question.kind {
            Kind::Checklist => self.ask_checklist(ask),
            Kind::Number | Kind::Text => self.ask_typed(ask),
            _ => self.ask_choice(ask),
        }
    }

    fn crisis(&mut self, bank: &Bank, urgency: Urgency, point: Option<&str>) -> Result<bool> {
        let note = kept_note(self.saving, &self.m);
        let stop_now = self
            .m
            .with("crisis-stop-now", &[("note", note.as_str().into())]);
        let stop = self
            .m
            .with("crisis-stop", &[("note", note.as_str().into())]);
        let more_help = self.m.get("crisis-more-help");
        let go_on = self.m.get("crisis-go-on");
        loop {
            self.screen()?;
            self.para(crate::crisis::words(&bank.crisis, urgency), &self.bold)?;
            self.line("")?;
            // "Right now": the steps first, with 988 and 911, and the menu
            // starts on stopping to reach out. Otherwise a calmer screen:
            // what to tell the therapist, and where help is.
            let (menu, start) = if urgency == Urgency::Now {
                for step in &bank.crisis.right_now {
                    self.bullet(step)?;
                }
                // A bank without steps: its resources, one line each.
                if bank.crisis.right_now.is_empty() {
                    for line in crate::crisis::short_resources(&bank.crisis, &self.m).lines() {
                        self.bullet(line.trim_start_matches("• "))?;
                    }
                }
                (vec![stop_now.as_str(), &more_help, &go_on], 0)
            } else {
                if let Some(p) = point {
                    self.para(
                        &self.m.with("next-session-point", &[("point", p.into())]),
                        &Style::new(),
                    )?;
                    self.line("")?;
                }
                for line in crate::crisis::short_resources(&bank.crisis, &self.m).lines() {
                    self.bullet(line.trim_start_matches("• "))?;
                }
                (vec![more_help.as_str(), &stop, &go_on], 2)
            };
            self.line("")?;
            let items: Vec<String> = menu.iter().map(|m| self.item(m)).collect();
            match self.select(&items, start)? {
                Some(i) if menu[i] == go_on => return Ok(true),
                Some(i) if menu[i] == more_help => self.more_help(bank)?,
                Some(_) => return Ok(false),
                None => {}
            }
        }
    }

    fn review(&mut self, bank: &Bank, answers: &Answers) -> Result<ReviewChoice> {
        let list = answered(bank, answers);
        let lines: Vec<String> = list
            .iter()
            .map(|(_, q, a)| {
                self.m.with(
                    "answer-line",
                    &[
                        ("question", q.prompt.as_str().into()),
                        ("answer", describe(a, q, &self.m).into()),
                    ],
                )
            })
            .collect();
        let note = kept_note(self.saving, &self.m);
        let pause = self
            .m
            .with("review-pause", &[("note", note.as_str().into())]);
        let finish = self
            .finish
            .clone()
            .unwrap_or_else(|| self.m.get("review-finish"));
        let change = self.m.get("review-change");
        // Back from changing an answer, on the page it was chosen on (the
        // last page, if the answers now take fewer).
        let mut page = std::mem::take(&mut self.review_page);
        // Drawn again after Esc in the list of answers to change, and for
        // each page of answers.
        loop {
            let mut menu = vec![finish.as_str(), &change, &pause];
            // Measured with the longest "more" item, so that the pages do
            // not change with the item's wording.
            let more_rows = self.item(&more_item(98, 99, &self.m)).lines().count();
            let menu_rows: usize = menu.iter().map(|m| self.item(m).lines().count()).sum();
            let mut pages = self.review_pages(&list, &lines, menu_rows);
            if pages.len() > 1 {
                pages = self.review_pages(&list, &lines, menu_rows + more_rows);
            }
            page = page.min(pages.len() - 1);
            let more = more_item(page, pages.len(), &self.m);
            if pages.len() > 1 {
                menu.push(&more);
            }

            self.screen()?;
            if pages.len() > 1 {
                self.para(
                    &self.m.with(
                        "review-heading-page",
                        &[("page", (page + 1).into()), ("pages", pages.len().into())],
                    ),
                    &self.bold,
                )?;
            } else {
                self.para(&self.m.get("review-heading"), &self.bold)?;
            }
            let mut section = "";
            for i in pages[page].clone() {
                let s = list[i].0;
                if s.id != section {
                    section = &s.id;
                    self.line("")?;
                    self.para(&s.title, &self.bold)?;
                }
                self.para(&lines[i], &Style::new())?;
            }
            self.line("")?;
            let choice = loop {
                if let Some(c) = self.pause_screen(&menu)? {
                    break c;
                }
            };
            match choice {
                0 => return Ok(ReviewChoice::Finish),
                2 => return Ok(ReviewChoice::Pause),
                3 => page = (page + 1) % pages.len(),
                _ => {
                    // A screen of its own: below the review, the list would
                    // run off the bottom of the screen.
                    self.screen()?;
                    let heading = self.m.get("review-which");
                    self.para(&heading, &self.bold)?;
                    self.line("")?;
                    let above = wrap(&heading, self.width(), "").lines().count() + 1;
                    let items: Vec<String> = list
                        .iter()
                        .map(|(s, q, a)| {
                            self.item(&self.m.with(
                                "review-change-item",
                                &[
                                    ("section", s.title.as_str().into()),
                                    ("question", q.prompt.as_str().into()),
                                    ("answer", describe(a, q, &self.m).into()),
                                ],
                            ))
                        })
                        .collect();
                    // The cursor starts on the first answer of the page.
                    let first = pages[page].start;
                    if let Some(i) = self.select_below(&items, first, above)? {
                        self.review_page = page;
                        return Ok(ReviewChoice::Change(list[i].1.id.clone()));
                    }
                }
            }
        }
    }

    fn offer_resume(&mut self, draft: &Draft) -> Result<bool> {
        self.screen()?;
        self.para(
            &self.m.with(
                "resume-welcome-back",
                &[
                    ("count", draft.answers.len().into()),
                    ("when", super::saved_when(draft, &self.m).into()),
                ],
            ),
            &self.bold,
        )?;
        let pick_up = self.m.get("resume-pick-up");
        let start_over = self.m.get("resume-start-over");
        loop {
            match self.pause_screen(&[&pick_up, &start_over])? {
                Some(0) => return Ok(true),
                Some(_) => return Ok(false),
                None => {}
            }
        }
    }

    fn notice(&mut self, text: &str) -> Result<()> {
        self.line("")?;
        self.para(text, &self.bold)?;
        self.pause_screen(&[&self.m.get("notice-ok")])?;
        Ok(())
    }

    fn ask_name(&mut self) -> Result<Option<String>> {
        self.screen()?;
        self.para(&self.m.get("name-almost-done"), &self.bold)?;
        self.para(&self.m.get("name-explain"), &Style::new())?;
        let name: String = Input::<String>::with_theme(&self.theme)
            .with_prompt(self.m.get("name-prompt"))
            .allow_empty(true)
            .interact_text_on(&self.term)
            .map_err(ui_error)?;
        let name = clean(name.trim());
        Ok((!name.is_empty()).then_some(name))
    }

    fn ask_keep(&mut self) -> Result<bool> {
        self.line("")?;
        self.para(&self.m.get("keep-question"), &self.bold)?;
        let yes = self.m.get("keep-yes");
        let no = self.m.get("keep-no");
        Ok(!matches!(self.pause_screen(&[&yes, &no])?, Some(1)))
    }

    fn ask_save_copy(&mut self, stem: &str) -> Result<Option<(Format, PathBuf)>> {
        self.line("")?;
        self.para(&self.m.get("copy-question"), &self.bold)?;
        let choices = [
            self.m.get("copy-no"),
            self.m.get("copy-html"),
            self.m.get("copy-markdown"),
        ];
        let choices: Vec<&str> = choices.iter().map(String::as_str).collect();
        let format = match self.pause_screen(&choices)? {
            Some(1) => Format::Html,
            Some(2) => Format::Markdown,
            _ => return Ok(None),
        };
        let name: String = Input::<String>::with_theme(&self.theme)
            .with_prompt(self.m.get("copy-file-name"))
            .default(format!("{stem}.{}", format.extension()))
            .interact_text_on(&self.term)
            .map_err(ui_error)?;
        Ok(Some((format, PathBuf::from(name.trim()))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Messages};

    #[test]
    fn the_items_that_turn_a_page_and_the_typed_errors_in_spanish() {
        let es = Messages::new(Lang::Es);
        let en = Messages::new(Lang::En);
        assert_eq!(more_item(0, 3, &es), "Ver más respuestas (página 2 de 3)");
        assert_eq!(
            more_item(2, 3, &es),
            "Ver otra vez las primeras respuestas (página 1 de 3)"
        );
        assert_eq!(more_item(0, 3, &en), "See more answers (page 2 of 3)");
        assert_eq!(
            more_item(2, 3, &en),
            "See the first answers again (page 1 of 3)"
        );
        assert_eq!(help_more(0, 2, &es), "Seguir leyendo (página 2 de 2)");
        assert_eq!(
            help_more(1, 2, &es),
            "Volver al inicio de la ayuda (página 1 de 2)"
        );
        assert_eq!(help_more(0, 2, &en), "Read on (page 2 of 2)");

        let bank = crate::bank::builtin_in(Lang::Es).expect("the built-in bank loads");
        let q = bank
            .questions()
            .map(|(_, q)| q)
            .find(|q| q.kind == Kind::Number)
            .expect("a number question");
        let spec = q.number.as_ref().expect("its range");
        let p = TerminalPrompter::new().lang(Lang::Es);
        let (too_long, not_number, out_of_range) = p.typed_errors(q);
        assert_eq!(
            too_long,
            format!("Use menos de {} caracteres", q.max_length)
        );
        assert_eq!(not_number, "Escriba un número, como 6");
        assert_eq!(
            out_of_range,
            format!(
                "Escriba un número{} del {} al {}",
                if spec.whole { " entero" } else { "" },
                format_number(spec.min),
                format_number(spec.max)
            )
        );
        // English, as it was.
        let p = TerminalPrompter::new();
        let (_, not_number, out_of_range) = p.typed_errors(q);
        assert_eq!(not_number, "Please type a number, like 6");
        assert!(out_of_range.starts_with("Please type a "), "{out_of_range}");
        // The review's way out: the caller's words, else the summary.
        assert_eq!(p.finish, None);
        let p = TerminalPrompter::new().finish_label(String::from("Terminar"));
        assert_eq!(p.finish.as_deref(), Some("Terminar"));
    }
}
