//! Plain mode (`--plain`): no colour, no cursor movement, numbered options,
//! one line read per answer. Made for screen readers and for input from a
//! pipe. Prompts go to stderr so that stdout holds only the summary.

use std::io::{BufRead, Write};

use super::{Ask, Prompter, Reply, ReviewChoice, answered, describe, help_text_in, kept_note};
use crate::answers::{Answer, Answers, check_number, check_text};
use crate::bank::{Bank, Kind, Urgency};
use crate::crisis::CrisisState;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::store::draft::Draft;
use crate::summary::Format;
use crate::text::clean;
use std::path::PathBuf;
use std::sync::Arc;

/// The longest line read as an answer. Longer lines (endless input from a
/// pipe, say) are read past and set aside, so memory stays small whatever
/// comes in.
pub const MAX_LINE: usize = 64 * 1024;

/// How far past [`MAX_LINE`] a line is read, looking for its end, before
/// reading stops: input with no line breaks at all (`< /dev/zero`, a binary
/// file) would otherwise be read forever. Nothing of it is kept, so this
/// bounds time (a fraction of a second), not memory; a long line that does
/// end (a 64 MiB paste) is still set aside and the run goes on.
pub const MAX_LINE_SKIP: usize = 128 * 1024 * 1024;

/// One line of input, as [`read_line_limited`] found it.
enum Line {
    /// The input ended before any byte of a line.
    End,
    /// A line, with its line ending if it had one.
    Text(Vec<u8>),
    /// A line longer than the limit; it was read to its end and dropped.
    TooLong,
    /// A line that did not end within the limit plus [`MAX_LINE_SKIP`]:
    /// reading stopped there.
    Endless,
}

/// Reads one line of at most `limit` bytes. A longer line is consumed to its
/// end, a buffer at a time, without keeping it.
fn read_line_limited(input: &mut impl BufRead, limit: usize) -> std::io::Result<Line> {
    let mut line = Vec::new();
    let mut too_long = false;
    let mut skipped = 0usize;
    loop {
        let buf = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            break;
        }
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..=i], true),
            None => (buf, false),
        };
        let n = chunk.len();
        if too_long {
            skipped += n;
            if skipped > MAX_LINE_SKIP && !done {
                return Ok(Line::Endless);
            }
        } else {
            if line.len() + n > limit + 2 {
                too_long = true;
                line = Vec::new();
            } else {
                line.extend_from_slice(chunk);
            }
        }
        input.consume(n);
        if done {
            break;
        }
    }
    Ok(if too_long {
        Line::TooLong
    } else if line.is_empty() {
        Line::End
    } else {
        Line::Text(line)
    })
}

pub struct PlainPrompter<R: BufRead, W: Write> {
    input: R,
    out: W,
    /// Whether answers are saved (false with --no-save).
    saving: bool,
    /// The descriptor `input` reads, when it is not a terminal: asked
    /// whether more input is waiting ([`Prompter::input_waiting`]).
    piped_fd: Option<i32>,
    /// The session's safety state, for the reminder line of where help is.
    crisis: Arc<CrisisState>,
    /// The words of the lines, in the session's language.
    m: crate::i18n::Messages,
}

impl<R: BufRead, W: Write> PlainPrompter<R, W> {
    pub fn new(input: R, out: W) -> Self {
        PlainPrompter {
            input,
            out,
            saving: true,
            piped_fd: None,
            crisis: Arc::default(),
            m: crate::i18n::Messages::new(crate::i18n::Lang::En),
        }
    }

    /// Says the lines' words in `lang`.
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

    /// Says that `input` reads descriptor `fd` (standard input), so that
    /// input piped in (not a terminal) can be told to be waiting.
    pub fn reading_fd(mut self, fd: i32) -> Self {
        // SAFETY: isatty only asks about the descriptor.
        self.piped_fd = (unsafe { libc::isatty(fd) } == 0).then_some(fd);
        self
    }

    /// Says whether answers are saved, for what pausing promises.
    pub fn saving(mut self, saving: bool) -> Self {
        self.saving = saving;
        self
    }

    /// Writes a line (or lines), wrapped at word boundaries to the
    /// terminal's width, or 80 when stderr is not a terminal.
    fn say(&mut self, text: &str) -> Result<()> {
        let text = crate::style::symbols(&clean(text)).into_owned();
        let text = crate::text::fill(&text, crate::text::width());
        writeln!(self.out, "{text}").map_err(write_error)
    }

    /// The reminder of where help is, once a safety answer other than the
    /// safe one stands: the first line of every later question or screen.
    fn remind(&mut self) -> Result<()> {
        let crisis = Arc::clone(&self.crisis);
        match crisis.reminder_line() {
            Some(line) => self.say(line),
            None => Ok(()),
        }
    }

    /// Reads one line, without its line ending. End of input is an error
    /// that keeps the draft.
    fn line(&mut self) -> Result<String> {
        write!(self.out, "> ")
            .and_then(|_| self.out.flush())
            .map_err(write_error)?;
        match read_line_limited(&mut self.input, MAX_LINE) {
            Ok(Line::End) => {
                let _ = writeln!(self.out);
                Err(Error::Incomplete {
                    stop: crate::error::Stop::InputEnded,
                    resume: None,
                })
            }
            Ok(Line::Text(bytes)) => match String::from_utf8(bytes) {
                Ok(buf) => Ok(buf.trim_end_matches(['\n', '\r']).to_string()),
                Err(_) => {
                    let words = self.m.get("plain-unreadable");
                    self.say(&words)?;
                    Ok(String::from("\u{0}"))
                }
            },
            Ok(Line::TooLong) => {
                let words = self
                    .m
                    .with("plain-too-long", &[("kib", (MAX_LINE / 1024).into())]);
                self.say(&words)?;
                Ok(String::from("\u{0}"))
            }
            Ok(Line::Endless) => {
                let _ = writeln!(self.out);
                let kept = if self.saving {
                    self.m.get("plain-endless-kept")
                } else {
                    String::new()
                };
                Err(Error::io(
                    "read",
                    "standard input",
                    std::io::Error::other(self.m.with(
                        "plain-endless",
                        &[
                            ("mib", (MAX_LINE_SKIP / (1024 * 1024)).into()),
                            ("kept", kept.into()),
                        ],
                    )),
                ))
            }
            Err(e) => Err(Error::io("read", "standard input", e)),
        }
    }

    /// Shows a question: progress, prompt, numbered options, how to answer.
    fn show(&mut self, ask: &Ask) -> Result<()> {
        let q = ask.question;
        self.say("")?;
        self.remind()?;
        if ask.section_start {
            let part = self.m.with(
                "plain-part",
                &[
                    ("title", ask.section.title.as_str().into()),
                    ("why", ask.section.why.as_str().into()),
                ],
            );
            self.say(&part)?;
        }
        let progress = ask.progress.line(ask.section, &self.m);
        self.say(&format!("[{progress}]"))?;
        self.say(&q.prompt)?;
        if q.kind.has_options() {
            for (i, o) in q.options.iter().enumerate() {
                self.say(&format!("  {}. {}", i + 1, o.label))?;
            }
        } else if let (Kind::Number, Some(spec)) = (q.kind, &q.number) {
            let min = crate::answers::format_number(spec.min);
            let max = crate::answers::format_number(spec.max);
            let range = match &spec.unit {
                Some(u) => self.m.with(
                    "plain-number-range-unit",
                    &[
                        ("min", min.into()),
                        ("max", max.into()),
                        ("unit", u.as_str().into()),
                    ],
                ),
                None => self.m.with(
                    "plain-number-range",
                    &[("min", min.into()), ("max", max.into())],
                ),
            };
            self.say(&range)?;
        }
        if let Some(a) = ask.current {
            let now = self.m.with(
                "plain-current",
                &[("answer", describe(a, q, &self.m).into())],
            );
            self.say(&now)?;
        }
        let how = match q.kind {
            Kind::Checklist => self.m.get("plain-how-checklist"),
            Kind::Number => self.m.get("plain-how-number"),
            Kind::Text => self.m.get("plain-how-text"),
            _ => self.m.get("plain-how-choice"),
        };
        let keys = self.m.with("plain-keys", &[("how", how.into())]);
        self.say(&keys)?;
        Ok(())
    }

    fn crisis_text(&mut self, bank: &Bank) -> Result<()> {
        let text = crate::crisis::render_in(&bank.crisis, &self.m);
        self.say(&text)
    }

    fn help(&mut self, ask: &Ask) -> Result<()> {
        self.say("")?;
        let heading = self.m.get("plain-help-heading");
        self.say(&heading)?;
        let help = help_text_in(ask, &self.m);
        self.say(&help)?;
        self.say("")?;
        let struggling = self.m.get("help-struggling");
        self.say(&struggling)?;
        self.crisis_text(ask.bank)?;
        let back = self.m.get("plain-help-back");
        self.say(&back)
    }

    /// Says a message of the catalogue.
    fn say_id(&mut self, id: &str) -> Result<()> {
        let words = self.m.get(id);
        self.say(&words)
    }
}
fn write_error(e: std::io::Error) -> Error {
    Error::io("write to", "the terminal", e)
}

/// The command a line stands for, if any: on every kind of question, `s`
/// skips, `b` (or `<`) goes back, `?` shows help and `q` pauses. On choice,
/// checklist and number questions the words (`skip`, `back`, `help`, `quit`,
/// `pause`) work too; on a text question they are answers, as any other
/// line is, and a leading `\` makes even `s` or `?` an answer ([`unescape`]).
///
/// In Spanish, `v` (volver) goes back and `p` (pausa) pauses, as the lines
/// say; on questions that are not text, the words `saltar`, `volver`,
/// `atrás`, `ayuda` and `pausa` work too, and so do the English letters and
/// words (on a text question, `b` and `q` are answers, as any other line).
fn command(t: &str, kind: Kind, lang: Lang) -> Option<&'static str> {
    let t = t.to_lowercase();
    let es = lang == Lang::Es;
    match t.as_str() {
        "s" => return Some("s"),
        "<" => return Some("b"),
        "b" if !es => return Some("b"),
        "v" if es => return Some("b"),
        "?" => return Some("?"),
        "q" if !es => return Some("q"),
        "p" if es => return Some("q"),
        _ => {}
    }
    if kind == Kind::Text {
        return None;
    }
    match t.as_str() {
        "skip" => Some("s"),
        "back" => Some("b"),
        "h" | "help" => Some("?"),
        "quit" | "pause" => Some("q"),
        "b" if es => Some("b"),
        "q" if es => Some("q"),
        "saltar" if es => Some("s"),
        "volver" | "atrás" | "atras" if es => Some("b"),
        "ayuda" if es => Some("?"),
        "pausa" | "pausar" | "salir" if es => Some("q"),
        _ => None,
    }
}

/// A text answer as typed: a leading `\` only says "this is text, not a
/// command" (`\s` is the answer "s", `\\x` is "\x"), and is dropped.
fn unescape(t: &str) -> &str {
    t.strip_prefix('\\').unwrap_or(t).trim()
}

/// Parses "1 3, 4" into option indexes (from 0), or None if any part is off.
fn numbers(line: &str, count: usize) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    for part in line
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty())
    {
        let n: usize = part.parse().ok()?;
        if n == 0 || n > count {
            return None;
        }
        if !out.contains(&(n - 1)) {
            out.push(n - 1);
        }
    }
    Some(out)
}

impl<R: BufRead, W: Write> Prompter for PlainPrompter<R, W> {
    fn welcome(&mut self, bank: &Bank, quick: bool) -> Result<()> {
        for p in super::welcome_text_in(bank, quick, &self.m) {
            self.say(&p)?;
            self.say("")?;
        }
        let note = kept_note(self.saving, &self.m);
        let keys = self.m.with("plain-welcome-keys", &[("note", note.into())]);
        self.say(&keys)?;
        self.say("")?;
        self.say_id("plain-welcome-safety")
    }

    fn opening(&mut self, bank: &Bank) -> Result<()> {
        if !bank.opening.is_empty() {
            self.say("")?;
            self.remind()?;
        }
        for item in &bank.opening {
            self.say("")?;
            self.say(&item.title)?;
            self.say(&item.text)?;
            let sources = super::source_labels(bank, &item.sources);
            if !sources.is_empty() {
                let line = self.m.with("sources-line", &[("sources", sources.into())]);
                self.say(&line)?;
            }
        }
        self.say("")
    }

    fn ask(&mut self, ask: &Ask) -> Result<Reply> {
        let q = ask.question;
        let choices = q.kind.has_options();
        self.show(ask)?;
        loop {
            let line = self.line()?;
            let t = line.trim();
            if t == "\u{0}" {
                continue;
            }
            if t.is_empty() {
                if let Some(a) = ask.current {
                    return Ok(Reply::Answer(a.clone()));
                }
                if !choices {
                    return Ok(Reply::Skip);
                }
                self.say_id(if q.kind == Kind::Checklist {
                    "plain-checklist-empty"
                } else {
                    "plain-choice-empty"
                })?;
                continue;
            }
            let command = command(t, q.kind, self.m.lang());
            match command {
                Some("s") => return Ok(Reply::Skip),
                Some("b") => {
                    if ask.can_go_back {
                        return Ok(Reply::Back);
                    }
                    self.say_id("plain-first-question")?;
                    continue;
                }
                Some("?") => {
                    self.help(ask)?;
                    self.show(ask)?;
                    continue;
                }
                Some(_) => return Ok(Reply::Pause),
                None => {}
            }
            match q.kind {
                Kind::Checklist => match numbers(t, q.options.len()) {
                    Some(ns) => {
                        let ids: Vec<String> =
                            ns.into_iter().map(|n| q.options[n].id.clone()).collect();
                        match super::goes_alone(q, &ids, &self.m) {
                            Some(why) => self.say(&why)?,
                            None => return Ok(Reply::Answer(Answer::Checklist(ids))),
                        }
                    }
                    None => {
                        let words = self
                            .m
                            .with("plain-checklist-bad", &[("count", q.options.len().into())]);
                        self.say(&words)?
                    }
                },
                Kind::Number => {
                    let parsed = t.replace(',', "").parse::<f64>();
                    match (parsed, &q.number) {
                        (Ok(n), Some(spec)) => match check_number(q, spec, n) {
                            Ok(n) => return Ok(Reply::Answer(Answer::Number(n))),
                            Err(_) => {
                                let words = self.m.with(
                                    if spec.whole {
                                        "plain-whole-number-bad"
                                    } else {
                                        "plain-number-bad"
                                    },
                                    &[
                                        ("min", crate::answers::format_number(spec.min).into()),
                                        ("max", crate::answers::format_number(spec.max).into()),
                                    ],
                                );
                                self.say(&words)?
                            }
                        },
                        _ => self.say_id("plain-not-number")?,
                    }
                }
                Kind::Text => match check_text(q, unescape(t)) {
                    Ok(s) if s.is_empty() => self.say_id("plain-text-empty")?,
                    Ok(s) => return Ok(Reply::Answer(Answer::Text(clean(&s)))),
                    Err(_) => {
                        let words = self
                            .m
                            .with("plain-text-long", &[("max", q.max_length.into())]);
                        self.say(&words)?
                    }
                },
                _ => match numbers(t, q.options.len()) {
                    Some(ns) if ns.len() == 1 => {
                        return Ok(Reply::Answer(Answer::Choice(q.options[ns[0]].id.clone())));
                    }
                    _ => {
                        let words = self
                            .m
                            .with("plain-one-number", &[("count", q.options.len().into())]);
                        self.say(&words)?
                    }
                },
            }
        }
    }

    fn crisis(&mut self, bank: &Bank, urgency: Urgency, point: Option<&str>) -> Result<bool> {
        self.say("")?;
        let response = crate::crisis::response_in(&bank.crisis, urgency, point, &self.m);
        self.say(response.trim_end())?;
        let note = kept_note(self.saving, &self.m);
        // After "right now", Enter stops, so that reaching out is the easy way.
        let (ask, enter_continues) = if urgency == Urgency::Now {
            (
                self.m.with("plain-crisis-now", &[("note", note.into())]),
                false,
            )
        } else {
            (
                self.m.with("plain-crisis-calm", &[("note", note.into())]),
                true,
            )
        };
        let es = self.m.lang() == Lang::Es;
        loop {
            self.say(&ask)?;
            match self.line()?.trim().to_lowercase().as_str() {
                "" => return Ok(enter_continues),
                "c" | "continue" => return Ok(true),
                "continuar" | "seguir" if es => return Ok(true),
                "q" | "quit" | "stop" => return Ok(false),
                "p" | "parar" | "pausa" if es => return Ok(false),
                _ => {}
            }
        }
    }

    fn review(&mut self, bank: &Bank, answers: &Answers) -> Result<ReviewChoice> {
        let list = answered(bank, answers);
        self.say("")?;
        self.remind()?;
        self.say_id("plain-review-heading")?;
        let mut section = "";
        for (i, (s, q, a)) in list.iter().enumerate() {
            if s.id != section {
                section = &s.id;
                self.say(&format!("{}:", s.title))?;
            }
            let item = self.m.with(
                "plain-review-item",
                &[
                    ("number", (i + 1).into()),
                    ("question", q.prompt.as_str().into()),
                    ("answer", describe(a, q, &self.m).into()),
                ],
            );
            self.say(&format!("  {item}"))?;
        }
        let es = self.m.lang() == Lang::Es;
        loop {
            self.say_id("plain-review-ask")?;
            let line = self.line()?;
            let t = line.trim();
            if t.is_empty() {
                return Ok(ReviewChoice::Finish);
            }
            if t.eq_ignore_ascii_case("q") || (es && t.eq_ignore_ascii_case("p")) {
                return Ok(ReviewChoice::Pause);
            }
            match numbers(t, list.len()) {
                Some(ns) if ns.len() == 1 => {
                    return Ok(ReviewChoice::Change(list[ns[0]].1.id.clone()));
                }
                _ => {
                    let words = self
                        .m
                        .with("plain-one-number", &[("count", list.len().into())]);
                    self.say(&words)?
                }
            }
        }
    }

    fn offer_resume(&mut self, draft: &Draft) -> Result<bool> {
        self.remind()?;
        let have = self.m.with(
            "plain-resume-have",
            &[
                ("count", draft.answers.len().into()),
                ("when", super::saved_when(draft, &self.m).into()),
            ],
        );
        self.say(&have)?;
        let es = self.m.lang() == Lang::Es;
        loop {
            self.say_id("plain-resume-ask")?;
            match self.line()?.trim().to_lowercase().as_str() {
                "r" | "resume" | "" => return Ok(true),
                "retomar" | "seguir" if es => return Ok(true),
                "n" | "new" | "start over" => return Ok(false),
                "nuevo" | "empezar de nuevo" if es => return Ok(false),
                _ => {}
            }
        }
    }

    fn input_waiting(&mut self) -> bool {
        let Some(fd) = self.piped_fd else {
            return false;
        };
        let mut p = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: polls one descriptor we read from, without waiting.
        let ready = unsafe { libc::poll(&mut p, 1, 0) };
        ready == 1 && p.revents & libc::POLLIN != 0
    }

    fn notice(&mut self, text: &str) -> Result<()> {
        self.say(text)
    }

    fn ask_name(&mut self) -> Result<Option<String>> {
        self.say("")?;
        self.remind()?;
        self.say_id("plain-name")?;
        let name = clean(self.line()?.trim());
        Ok((!name.is_empty()).then_some(name))
    }

    fn ask_keep(&mut self) -> Result<bool> {
        loop {
            self.say_id("plain-keep")?;
            let line = self.line()?;
            if line.trim().is_empty() {
                return Ok(true);
            }
            if let Some(yes) = super::yes_or_no(&line, self.m.lang()) {
                return Ok(yes);
            }
        }
    }

    fn ask_save_copy(&mut self, stem: &str) -> Result<Option<(Format, PathBuf)>> {
        let format = loop {
            self.say_id("plain-copy")?;
            match self.line()?.trim().to_lowercase().as_str() {
                "" | "n" | "no" => return Ok(None),
                "html" | "h" => break Format::Html,
                "md" | "markdown" | "m" => break Format::Markdown,
                _ => {}
            }
        };
        let suggested = format!("{stem}.{}", format.extension());
        let ask = self
            .m
            .with("plain-file-name", &[("name", suggested.as_str().into())]);
        self.say(&ask)?;
        let name = self.line()?.trim().to_string();
        Ok(Some((
            format,
            PathBuf::from(if name.is_empty() { suggested } else { name }),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::Progress;

    const BANK: &str = include_str!("../../tests/fixtures/small-bank.yaml");

    fn bank() -> Bank {
        crate::bank::load_str("small-bank.yaml", BANK).expect("the test bank loads")
    }

    /// Asks question `id` once with `input` as the lines typed; returns the
    /// reply and everything shown.
    fn ask(id: &str, input: &str) -> (Result<Reply>, String) {
        ask_in(Lang::En, id, input)
    }

    /// Everything shown, with each run of whitespace as one space (lines
    /// are wrapped to the width).
    fn flat(out: Vec<u8>) -> String {
        let shown = String::from_utf8(out).expect("UTF-8");
        shown.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// [`ask`], with the lines in `lang`.
    fn ask_in(lang: Lang, id: &str, input: &str) -> (Result<Reply>, String) {
        let bank = bank();
        let (section, question) = bank
            .questions()
            .find(|(_, q)| q.id == id)
            .expect("the question is in the bank");
        let mut out = Vec::new();
        let reply = {
            let mut p =
                PlainPrompter::new(std::io::Cursor::new(input.as_bytes()), &mut out).lang(lang);
            p.ask(&Ask {
                bank: &bank,
                section,
                question,
                progress: Progress {
                    in_section: 1,
                    section_total: 1,
                    number: 2,
                    total: 2,
                },
                current: None,
                section_start: false,
                can_go_back: true,
            })
        };
        (reply, flat(out))
    }

    fn reply(id: &str, input: &str) -> Reply {
        let (r, shown) = ask(id, input);
        r.unwrap_or_else(|e| panic!("{id} {input:?}: {e}\n{shown}"))
    }

    #[test]
    fn the_commands_work_on_every_kind_of_question() {
        for id in [
            "safe-now",
            "has-insurance",
            "cost-worry",
            "extras",
            "hours-free",
            "costs-notes",
        ] {
            assert_eq!(reply(id, "s\n"), Reply::Skip, "{id}");
            assert_eq!(reply(id, "S\n"), Reply::Skip, "{id}");
            assert_eq!(reply(id, "b\n"), Reply::Back, "{id}");
            assert_eq!(reply(id, "<\n"), Reply::Back, "{id}");
            assert_eq!(reply(id, "q\n"), Reply::Pause, "{id}");
            // Help, then the question again, then a skip.
            let (r, shown) = ask(id, "?\ns\n");
            assert_eq!(r.ok(), Some(Reply::Skip), "{id}");
            assert!(shown.contains("Help:"), "{id}: {shown}");
            assert!(
                shown.contains("s = skip, b = back, ? = help, q = pause."),
                "{id}: {shown}"
            );
        }
    }

    #[test]
    fn a_backslash_types_a_command_letter_as_text() {
        for (typed, kept) in [
            ("\\s", "s"),
            ("\\b", "b"),
            ("\\?", "?"),
            ("\\q", "q"),
            ("\\\\n", "\\n"),
            ("  \\s  ", "s"),
        ] {
            assert_eq!(
                reply("costs-notes", &format!("{typed}\n")),
                Reply::Answer(Answer::Text(kept.into())),
                "{typed}"
            );
        }
        // Words are answers on a text question, and commands elsewhere.
        assert_eq!(
            reply("costs-notes", "skip\n"),
            Reply::Answer(Answer::Text("skip".into()))
        );
        assert_eq!(reply("cost-worry", "skip\n"), Reply::Skip);
        // A lone backslash is no answer: asked again.
        let (r, shown) = ask("costs-notes", "\\\nok\n");
        assert_eq!(r.ok(), Some(Reply::Answer(Answer::Text("ok".into()))));
        assert!(
            shown.contains("Please type your answer, or s to skip."),
            "{shown}"
        );
        let (_, shown) = ask("costs-notes", "s\n");
        assert!(shown.contains("type \\ before it"), "{shown}");
    }

    #[test]
    fn a_checklist_needs_an_explicit_choice() {
        // An empty line and 0 record nothing: the person is asked again.
        let (r, shown) = ask("extras", "\n0\nnone\n2\n");
        assert_eq!(
            r.ok(),
            Some(Reply::Answer(Answer::Checklist(vec!["childcare".into()])))
        );
        assert!(
            shown.contains("Nothing is chosen yet. Please type the numbers of all that apply, like 1 3, or s to skip."),
            "{shown}"
        );
        assert_eq!(
            shown
                .matches("Please type numbers from 1 to 3, like 1 3, or s to skip.")
                .count(),
            2,
            "{shown}"
        );
        assert!(!shown.contains("for none"), "{shown}");
        // Input that ends records nothing either.
        assert!(matches!(
            ask("extras", "\n").0,
            Err(Error::Incomplete { .. })
        ));
    }

    fn reply_in(lang: Lang, id: &str, input: &str) -> Reply {
        let (r, shown) = ask_in(lang, id, input);
        r.unwrap_or_else(|e| panic!("{id} {input:?}: {e}\n{shown}"))
    }

    #[test]
    fn in_spanish_the_keys_are_said_and_read_in_spanish() {
        let es = Lang::Es;
        for id in [
            "safe-now",
            "has-insurance",
            "cost-worry",
            "extras",
            "hours-free",
            "costs-notes",
        ] {
            // s (saltar), v (volver), p (pausa), ?; the English letters too.
            assert_eq!(reply_in(es, id, "s\n"), Reply::Skip, "{id}");
            assert_eq!(reply_in(es, id, "v\n"), Reply::Back, "{id}");
            assert_eq!(reply_in(es, id, "V\n"), Reply::Back, "{id}");
            assert_eq!(reply_in(es, id, "p\n"), Reply::Pause, "{id}");
            assert_eq!(reply_in(es, id, "<\n"), Reply::Back, "{id}");
            // The English letters, where no answer is typed.
            if id != "costs-notes" {
                assert_eq!(reply_in(es, id, "b\n"), Reply::Back, "{id}");
                assert_eq!(reply_in(es, id, "q\n"), Reply::Pause, "{id}");
            }
            let (r, shown) = ask_in(es, id, "?\ns\n");
            assert_eq!(r.ok(), Some(Reply::Skip), "{id}");
            assert!(shown.contains("Ayuda:"), "{id}: {shown}");
            assert!(
                shown.contains("Ahora, de vuelta a la pregunta:"),
                "{id}: {shown}"
            );
            assert!(
                shown.contains("s = saltar, v = volver, ? = ayuda, p = pausa."),
                "{id}: {shown}"
            );
            assert!(shown.contains("pregunta 2 de 2"), "{id}: {shown}");
            for english in ["Type", "skip", "back", "Help:", "question 2 of 2"] {
                assert!(!shown.contains(english), "{id}: {english:?} in {shown}");
            }
        }
        // The words work where words are commands; on a text question
        // they are answers, and \ makes a command letter an answer.
        assert_eq!(reply_in(es, "cost-worry", "saltar\n"), Reply::Skip);
        assert_eq!(reply_in(es, "cost-worry", "volver\n"), Reply::Back);
        assert_eq!(reply_in(es, "cost-worry", "pausa\n"), Reply::Pause);
        assert_eq!(
            reply_in(es, "costs-notes", "volver\n"),
            Reply::Answer(Answer::Text("volver".into()))
        );
        assert_eq!(
            reply_in(es, "costs-notes", "\\v\n"),
            Reply::Answer(Answer::Text("v".into()))
        );
        // On a text question in Spanish, b and q are answers: the lines
        // name only s, v, p and ? as commands.
        for letter in ["b", "q"] {
            assert_eq!(
                reply_in(es, "costs-notes", &format!("{letter}\n")),
                Reply::Answer(Answer::Text(letter.into()))
            );
        }
        // English is as it was: v and p are no commands there.
        assert_eq!(
            reply("costs-notes", "v\n"),
            Reply::Answer(Answer::Text("v".into()))
        );
        assert_eq!(
            reply("costs-notes", "p\n"),
            Reply::Answer(Answer::Text("p".into()))
        );
        let (r, shown) = ask("cost-worry", "v\ns\n");
        assert_eq!(r.ok(), Some(Reply::Skip));
        assert!(
            shown.contains("Please type one number from 1 to"),
            "{shown}"
        );
    }

    #[test]
    fn in_spanish_a_wrong_answer_is_told_in_spanish() {
        let es = Lang::Es;
        let (r, shown) = ask_in(es, "extras", "\n0\n2\n");
        assert_eq!(
            r.ok(),
            Some(Reply::Answer(Answer::Checklist(vec!["childcare".into()])))
        );
        assert!(
            shown.contains("Aún no hay nada elegido. Escriba los números de todas las que apliquen, como 1 3, o s para saltar."),
            "{shown}"
        );
        assert!(
            shown.contains("Escriba números del 1 al 3, como 1 3, o s para saltar."),
            "{shown}"
        );
        let (_, shown) = ask_in(es, "cost-worry", "9\ns\n");
        assert!(
            shown.contains("Escriba un único número del 1 al"),
            "{shown}"
        );
        let (_, shown) = ask_in(es, "hours-free", "mucho\n100000\ns\n");
        assert!(
            shown.contains("Escriba un número, como 6, o pulse Enter para saltar."),
            "{shown}"
        );
        assert!(shown.contains("Escriba un número"), "{shown}");
        assert!(shown.contains("(un número del 0 al"), "{shown}");
        let (_, shown) = ask_in(es, "costs-notes", "\\\ns\n");
        assert!(
            shown.contains("Escriba su respuesta, o s para saltar."),
            "{shown}"
        );
        assert!(shown.contains("escriba \\ antes"), "{shown}");
        // Back on the first question: nothing to go back to.
        let bank = bank();
        let (section, question) = bank.questions().next().expect("a question");
        let mut out = Vec::new();
        let reply = PlainPrompter::new(std::io::Cursor::new(&b"v\ns\n"[..]), &mut out)
            .lang(es)
            .ask(&Ask {
                bank: &bank,
                section,
                question,
                progress: Progress {
                    in_section: 1,
                    section_total: 1,
                    number: 1,
                    total: 2,
                },
                current: None,
                section_start: true,
                can_go_back: false,
            });
        assert_eq!(reply.ok(), Some(Reply::Skip));
        let shown = flat(out);
        assert!(
            shown.contains("Esta es la primera pregunta, así que no hay a dónde volver."),
            "{shown}"
        );
        assert!(shown.contains("Parte: "), "{shown}");
        assert!(shown.contains("Por qué importa: "), "{shown}");
    }

    /// Runs `f` on a Spanish (or English) plain prompter reading `input`;
    /// returns its result and everything shown.
    fn with_prompter<T>(
        lang: Lang,
        input: &str,
        f: impl FnOnce(&mut PlainPrompter<std::io::Cursor<&[u8]>, &mut Vec<u8>>) -> Result<T>,
    ) -> (Result<T>, String) {
        let mut out = Vec::new();
        let r = {
            let mut p =
                PlainPrompter::new(std::io::Cursor::new(input.as_bytes()), &mut out).lang(lang);
            f(&mut p)
        };
        (r, flat(out))
    }

    #[test]
    fn yes_and_no_in_spanish_take_s_si_and_y() {
        for (typed, keep) in [
            ("s", true),
            ("sí", true),
            ("Sí", true),
            ("si", true),
            ("y", true),
            ("yes", true),
            ("", true),
            ("n", false),
            ("no", false),
            ("No", false),
        ] {
            let (r, shown) = with_prompter(Lang::Es, &format!("{typed}\n"), |p| p.ask_keep());
            assert_eq!(r.ok(), Some(keep), "{typed:?}: {shown}");
            assert!(shown.contains("Escriba s o n (Enter es sí)."), "{shown}");
        }
        // Anything else is asked again.
        let (r, shown) = with_prompter(Lang::Es, "quizás\nsí\n", |p| p.ask_keep());
        assert_eq!(r.ok(), Some(true));
        assert_eq!(
            shown.matches("¿Guardar este registro").count(),
            2,
            "{shown}"
        );
        // In English, s is no yes: asked again, as before.
        let (r, shown) = with_prompter(Lang::En, "s\nn\n", |p| p.ask_keep());
        assert_eq!(r.ok(), Some(false));
        assert_eq!(shown.matches("Keep this check-in").count(), 2, "{shown}");
    }

    #[test]
    fn the_crisis_lines_and_the_questions_at_the_end_in_spanish() {
        let bank = bank();
        // After "right now", Enter stops; c (or continuar) goes on.
        let (r, shown) = with_prompter(Lang::Es, "\n", |p| {
            p.crisis(&bank, Urgency::Now, Some("Diga esto."))
        });
        assert_eq!(r.ok(), Some(false));
        assert!(shown.contains("Pulse Enter para parar aquí y pedir ayuda ahora (sus respuestas se guardan), o escriba c para seguir con las preguntas."), "{shown}");
        assert!(
            shown.contains("Para su próxima sesión: Diga esto."),
            "{shown}"
        );
        assert!(!shown.contains("Call "), "{shown}");
        for (typed, go_on) in [
            ("c", true),
            ("continuar", true),
            ("p", false),
            ("parar", false),
            ("q", false),
        ] {
            let (r, _) = with_prompter(Lang::Es, &format!("{typed}\n"), |p| {
                p.crisis(&bank, Urgency::Now, None)
            });
            assert_eq!(r.ok(), Some(go_on), "{typed}");
        }
        // A calmer answer: Enter goes on, p stops.
        let (r, shown) = with_prompter(Lang::Es, "p\n", |p| p.crisis(&bank, Urgency::Past, None));
        assert_eq!(r.ok(), Some(false));
        assert!(
            shown.contains("o escriba p para parar por ahora"),
            "{shown}"
        );
        // The name and the copy.
        let (r, shown) = with_prompter(Lang::Es, "\n", |p| p.ask_name());
        assert_eq!(r.ok(), Some(None));
        assert!(shown.contains("Su nombre o sus iniciales"), "{shown}");
        let (r, shown) = with_prompter(Lang::Es, "html\n\n", |p| p.ask_save_copy("resumen"));
        assert_eq!(
            r.ok(),
            Some(Some((Format::Html, PathBuf::from("resumen.html"))))
        );
        assert!(
            shown.contains("Escriba html o md, o pulse Enter para no guardarla."),
            "{shown}"
        );
        assert!(
            shown.contains("Nombre del archivo (Enter para resumen.html):"),
            "{shown}"
        );
        // The welcome: the keys, and the safety check to come.
        let (r, shown) = with_prompter(Lang::Es, "", |p| {
            p.saving = false;
            p.welcome(&bank, false)
        });
        assert!(r.is_ok());
        assert!(
            shown.contains("En cada pregunta: s = saltar, v = volver, ? = ayuda y recursos en caso de crisis, p = pausa (no se guarda nada: usted eligió --no-save)."),
            "{shown}"
        );
        assert!(
            shown.contains("Primero, una breve revisión de seguridad."),
            "{shown}"
        );
        assert!(!shown.contains("This takes"), "{shown}");
    }

    #[test]
    fn a_resumed_draft_is_offered_in_spanish() {
        let draft = Draft {
            bank_id: "test-bank".into(),
            bank_version: "1".into(),
            updated: "not a time".into(),
            answers: Answers::default(),
            dropped: 0,
            quick: false,
        };
        for (typed, resume) in [
            ("r", true),
            ("retomar", true),
            ("", true),
            ("n", false),
            ("nuevo", false),
        ] {
            let (r, shown) =
                with_prompter(Lang::Es, &format!("{typed}\n"), |p| p.offer_resume(&draft));
            assert_eq!(r.ok(), Some(resume), "{typed:?}");
            assert!(
                shown.contains("Tiene 0 respuestas guardadas en una sesión anterior."),
                "{shown}"
            );
            assert!(
                shown.contains("Escriba r para retomar donde lo dejó"),
                "{shown}"
            );
        }
        // English, as it was.
        let (_, shown) = with_prompter(Lang::En, "r\n", |p| p.offer_resume(&draft));
        assert!(
            shown.contains("You have 0 saved answers from an earlier session."),
            "{shown}"
        );
    }
}
