//! Helpers shared by the integration tests that run the real `iop-check`
//! binary:
//!
//! * [`Run`]: a piped run (stdin bytes in, exit code, stdout and stderr out)
//!   under a watchdog;
//! * [`Pty`]: a run in a pseudo-terminal of a known size, with a reader that
//!   splits the output into screens and tells what kind of prompt a screen
//!   shows (see [`Screen`]);
//! * readers for the saved draft (`draft.json`).
//!
//! Nothing here asserts timing. The deadlines only turn a hang into a clear
//! failure instead of a test run that never ends.

// Each test file uses a different part of this module.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Map, Value};

pub const BIN: &str = env!("CARGO_BIN_EXE_iop-check");
pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");
/// A piped run still going after this long is killed and the test fails.
pub const WATCHDOG: Duration = Duration::from_secs(60);
/// How long a pty test waits for one thing (a screen, the exit) before failing.
pub const EXPECT_TIMEOUT: Duration = Duration::from_secs(20);

/// A file under `tests/fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(ROOT).join("tests/fixtures").join(name)
}

/// Variables that change how iop-check behaves, removed from every run so
/// that the developer's own settings cannot leak into a test.
const CLEARED_ENV: &[&str] = &[
    "IOP_CHECK_DATA_DIR",
    "NO_COLOR",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "LC_ALL",
    "LC_CTYPE",
    "IOP_CHECK_PAGER",
    "PAGER",
    "LESS",
];

/// The locale every run gets unless a test sets its own: UTF-8, so that
/// the symbols (❯ ✔ ·) are shown whatever the machine's own setting.
const LANG: &str = "C.UTF-8";

// ---------------------------------------------------------------------------
// Tools a test needs
// ---------------------------------------------------------------------------

/// Whether this is a CI run (`CI=true`, as CI services set it), where a
/// missing tool is a failure, not a reason to skip.
pub fn ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1")
}

/// Whether a test should act as if `tool` were not installed: listed in
/// IOP_TEST_HIDE_TOOLS (comma-separated), which tests/it/tools_required.rs uses
/// to check what happens then.
pub fn hidden(tool: &str) -> bool {
    std::env::var("IOP_TEST_HIDE_TOOLS").is_ok_and(|v| v.split(',').any(|t| t.trim() == tool))
}

/// Says that the running test is skipped, and why, where it will be seen:
/// straight to stderr, which libtest does not capture (it hides what a
/// passing test prints with `eprintln!`).
pub fn skipped(why: &str) {
    let test = std::thread::current()
        .name()
        .unwrap_or("a test")
        .to_string();
    let mut err = std::io::stderr();
    let _ = writeln!(err, "skipped: {test}: {why}");
}

/// A tool the test needs is missing: under CI=true the test fails, saying
/// how to install it; elsewhere it is skipped, visibly. The caller returns
/// right after.
pub fn tool_missing(tool: &str, how: &str) {
    if ci() {
        panic!("{tool} is missing, and CI=true needs every test to run: {how}");
    }
    skipped(&format!("{tool} is not installed ({how})"));
}

// ---------------------------------------------------------------------------
// Piped runs
// ---------------------------------------------------------------------------

#[derive(Debug)]
pub struct Output {
    /// None when the process was killed by a signal.
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// Fails unless the exit code is `code`, showing both streams.
    pub fn assert_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code,
            Some(code),
            "expected exit code {code}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.stdout,
            self.stderr
        );
        self
    }
}

/// One run of the binary with pipes, built step by step.
pub struct Run {
    cmd: Command,
    stdin: Option<Vec<u8>>,
}

impl Run {
    /// `iop-check ARGS…` with a clean environment (see [`CLEARED_ENV`]).
    pub fn new<I, S>(args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut cmd = Command::new(BIN);
        cmd.args(args);
        for v in CLEARED_ENV {
            cmd.env_remove(v);
        }
        cmd.env("LANG", LANG);
        Run { cmd, stdin: None }
    }

    /// A run of a command made elsewhere (for example `iop-check` wrapped
    /// in `setpriv`), with the same pipes and watchdog.
    pub fn from_command(cmd: Command) -> Run {
        Run { cmd, stdin: None }
    }

    pub fn arg(mut self, a: impl AsRef<OsStr>) -> Run {
        self.cmd.arg(a);
        self
    }

    pub fn args<I, S>(mut self, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.cmd.args(args);
        self
    }

    pub fn env(mut self, k: &str, v: impl AsRef<OsStr>) -> Run {
        self.cmd.env(k, v);
        self
    }

    /// Keeps the draft in `dir`, through `IOP_CHECK_DATA_DIR` (so that it
    /// works with and without a subcommand).
    pub fn data_dir(self, dir: &Path) -> Run {
        self.env("IOP_CHECK_DATA_DIR", dir)
    }

    /// Lets the child write files of at most `bytes` bytes, as if the disk
    /// filled up there: a longer write fails (EFBIG) instead of killing the
    /// child (SIGXFSZ is ignored). Pipes are not files, so output still flows.
    pub fn file_size_limit(mut self, bytes: u64) -> Run {
        use std::os::unix::process::CommandExt;
        // SAFETY: between fork and exec, only async-signal-safe calls.
        unsafe {
            self.cmd.pre_exec(move || {
                libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
                let limit = libc::rlimit {
                    rlim_cur: bytes,
                    rlim_max: bytes,
                };
                if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        self
    }

    pub fn current_dir(mut self, dir: &Path) -> Run {
        self.cmd.current_dir(dir);
        self
    }

    /// Feeds these bytes on stdin (a pipe), then closes it. Without this,
    /// stdin is /dev/null.
    pub fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Run {
        self.stdin = Some(bytes.into());
        self
    }

    /// Feeds these lines on stdin, each ended by a newline.
    pub fn lines<S: AsRef<str>>(self, lines: &[S]) -> Run {
        let mut text = String::new();
        for l in lines {
            text.push_str(l.as_ref());
            text.push('\n');
        }
        self.stdin(text)
    }

    /// Runs to the end, killing the child (and failing) if it outlives the
    /// watchdog. Never returns for a panic or a death by signal.
    pub fn run(mut self) -> Output {
        let what = format!("{:?}", self.cmd);
        self.cmd
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = self
            .cmd
            .spawn()
            .unwrap_or_else(|e| panic!("could not start {what}: {e}"));
        let feeder = match (self.stdin.take(), child.stdin.take()) {
            (Some(bytes), Some(mut pipe)) => Some(std::thread::spawn(move || {
                // The child may stop reading early (pause, end): ignore EPIPE.
                let _ = pipe.write_all(&bytes);
            })),
            _ => None,
        };
        let drain = |mut pipe: Box<dyn Read + Send>| {
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                let _ = pipe.read_to_end(&mut buf);
                String::from_utf8_lossy(&buf).into_owned()
            })
        };
        let out = drain(Box::new(child.stdout.take().expect("stdout is piped")));
        let err = drain(Box::new(child.stderr.take().expect("stderr is piped")));
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("try_wait") {
                break status;
            }
            if started.elapsed() > WATCHDOG {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{what} was still running after {WATCHDOG:?}: killed (a hang)");
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        if let Some(f) = feeder {
            let _ = f.join();
        }
        let output = Output {
            code: status.code(),
            stdout: out.join().expect("stdout thread"),
            stderr: err.join().expect("stderr thread"),
        };
        assert_no_crash(&output, &what);
        output
    }
}

/// Whatever else is asserted, the binary must never panic or die by a signal.
pub fn assert_no_crash(out: &Output, what: &str) {
    assert_ne!(out.code, Some(101), "{what} panicked:\n{}", out.stderr);
    assert!(
        !out.stderr.contains("panicked"),
        "{what} panicked:\n{}",
        out.stderr
    );
    assert!(
        out.code.is_some(),
        "{what} was killed by a signal:\n{}",
        out.stderr
    );
}

// ---------------------------------------------------------------------------
// The draft
// ---------------------------------------------------------------------------

pub fn draft_path(data: &Path) -> PathBuf {
    data.join("draft.json")
}

/// The whole draft file, or None when there is none.
pub fn read_draft(data: &Path) -> Option<Value> {
    let bytes = match std::fs::read(draft_path(data)) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => panic!("could not read the draft: {e}"),
    };
    Some(serde_json::from_slice(&bytes).expect("draft.json is JSON"))
}

/// The `answers` object of the draft; fails when there is no draft.
pub fn draft_answers(data: &Path) -> Map<String, Value> {
    let draft =
        read_draft(data).unwrap_or_else(|| panic!("expected a draft in {}", data.display()));
    match draft.get("answers") {
        Some(Value::Object(m)) => m.clone(),
        other => panic!("draft.json has no answers object: {other:?}"),
    }
}

/// Builds an answers map from `(id, value)` pairs, for comparisons.
pub fn answers(pairs: &[(&str, Value)]) -> Map<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

// ---------------------------------------------------------------------------
// Terminal text
// ---------------------------------------------------------------------------

/// Removes terminal escape sequences (`console::strip_ansi_codes`). `\r`
/// becomes a line break, so that every redraw of a line is its own line.
pub fn strip_ansi(s: &str) -> String {
    console::strip_ansi_codes(s).replace('\r', "\n")
}

/// Every run of whitespace as one space, so that text wrapped at any width
/// can be searched for as one line.
pub fn flatten(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The lines of `text` (escapes removed, `\r` a line break too) wider than
/// `cols` columns, which a terminal of that width would fold wherever the
/// edge falls, mid-word. A command to copy (a line indented four spaces) is
/// kept whole on purpose and not counted.
pub fn wider_than(text: &str, cols: usize) -> Vec<String> {
    strip_ansi(text)
        .lines()
        .filter(|l| !l.starts_with("    iop-check "))
        .filter(|l| console::measure_text_width(l) > cols)
        .map(str::to_string)
        .collect()
}

/// `(n, total)` from the first `question N of M` in `text` (the progress line).
pub fn progress(text: &str) -> Option<(usize, usize)> {
    let flat = flatten(text);
    flat.match_indices("question ").find_map(|(at, m)| {
        let mut words = flat[at + m.len()..].split(' ');
        let n = words.next()?.parse().ok()?;
        words.next().filter(|w| *w == "of")?;
        let total = words.next()?.parse().ok()?;
        Some((n, total))
    })
}

// ---------------------------------------------------------------------------
// Pty runs
// ---------------------------------------------------------------------------

/// Keys, as a terminal sends them.
pub mod key {
    pub const DOWN: &str = "\x1b[B";
    pub const UP: &str = "\x1b[A";
    pub const ENTER: &str = "\r";
    /// Alone: console tells a lone Esc from an escape sequence by the pause after it.
    pub const ESC: &str = "\x1b";
    pub const SPACE: &str = " ";
    /// Ctrl-H, which console reads as Backspace too. (DEL, 0x7f, is the
    /// pty's erase character: arriving between two key reads, while the
    /// terminal is briefly back in line mode, it would be swallowed.)
    pub const BACKSPACE: &str = "\x08";
    /// Interrupts whether the terminal is in raw mode (console reads it and
    /// raises SIGINT) or in line mode (the pty sends SIGINT).
    pub const CTRL_C: &str = "\x03";
}

/// The screen clear that starts every screen of the terminal prompter
/// (console's `clear_screen`).
const CLEAR: &str = "\x1b[2J";
/// What a list (console's `hide_cursor`) writes before it draws itself.
const HIDE_CURSOR: &str = "\x1b[?25l";

/// What a screen asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenKind {
    /// The first screen: how long it takes, where help is.
    Welcome,
    /// One page of the bank's opening ("Next" / "Start the questions").
    Opening,
    /// A pick-one list (choice, scale, yes/no).
    Choice,
    /// A checklist (Space checks).
    Checklist,
    /// A number or text prompt ("Your answer").
    Typed,
    /// The review of all answers.
    Review,
    /// Crisis resources after a crisis answer.
    Crisis,
    /// "Welcome back": pick up the saved draft or start over.
    Resume,
    /// Help for a question, with crisis resources.
    Help,
}

/// One screen of the terminal prompter, escapes removed.
#[derive(Debug, Clone)]
pub struct Screen {
    pub kind: ScreenKind,
    /// The screen's text, line by line.
    pub text: String,
    /// The same with every run of whitespace as one space.
    pub flat: String,
    /// `(n, total)` from the progress line, on question screens.
    pub progress: Option<(usize, usize)>,
}

impl Screen {
    /// Tells what a screen is, once it is completely drawn (None before).
    fn read(text: String) -> Option<Screen> {
        let flat = flatten(&text);
        let has = |s: &str| flat.contains(s);
        // (kind, the marker that says which screen it is, the last thing drawn on it)
        let kinds = [
            (
                ScreenKind::Welcome,
                "Start with a quick safety check",
                "Start with a quick safety check",
            ),
            (
                ScreenKind::Review,
                "Review your answers",
                "Pause for now (your answers are kept)",
            ),
            (
                ScreenKind::Crisis,
                "Keep going with the questions",
                "Keep going with the questions",
            ),
            (
                ScreenKind::Resume,
                "Pick up where I left off",
                "Start over (the saved answers are deleted)",
            ),
            (
                ScreenKind::Help,
                "Back to the question",
                "Back to the question",
            ),
            (
                ScreenKind::Checklist,
                "Space check or uncheck",
                "Help, and crisis resources",
            ),
            (ScreenKind::Typed, "type < to go back", "Your answer"),
            (
                ScreenKind::Choice,
                "Enter choose",
                "Help, and crisis resources",
            ),
            (ScreenKind::Opening, "Next", "Skip to the questions"),
            (
                ScreenKind::Opening,
                "Start the questions",
                "Start the questions",
            ),
        ];
        let (kind, _, _) = kinds
            .iter()
            .find(|(_, marker, last)| has(marker) && has(last))?;
        Some(Screen {
            kind: *kind,
            progress: progress(&text),
            text,
            flat,
        })
    }

    /// A safety question not answered yet: nothing is chosen until a key
    /// moves the cursor, and Enter alone records nothing.
    pub fn unchosen(&self) -> bool {
        self.flat.contains("Nothing is chosen yet")
    }

    /// The key that puts the cursor on the first option where nothing is
    /// chosen yet (↓), else nothing: the cursor is already on an option.
    pub fn pick(&self) -> &'static str {
        if self.unchosen() { key::DOWN } else { "" }
    }

    /// The question number, for question screens.
    pub fn number(&self) -> usize {
        self.progress
            .unwrap_or_else(|| panic!("no progress line on this screen:\n{}", self.text))
            .0
    }

    /// For a number prompt, `(min, max)` from "A number from MIN to MAX".
    pub fn number_range(&self) -> Option<(f64, f64)> {
        let at = self.flat.find("A number from ")?;
        let mut words = self.flat[at + "A number from ".len()..].split(' ');
        let min = words.next()?.parse().ok()?;
        words.next().filter(|w| *w == "to")?;
        let max = words
            .next()?
            .trim_end_matches(|c: char| !c.is_ascii_digit())
            .parse()
            .ok()?;
        Some((min, max))
    }
}

/// How a pty run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
}

/// Options for a pty run.
pub struct PtyOptions {
    pub cols: u16,
    pub rows: u16,
    /// Sets NO_COLOR=1 (the default), so screens are easy to match.
    pub no_color: bool,
    pub env: Vec<(String, String)>,
    /// Variables to remove, after `env` (PAGER is `cat` unless removed or set).
    pub env_remove: Vec<String>,
    /// Sends the program's stderr to this file instead of the terminal.
    pub stderr_to: Option<PathBuf>,
    /// Runs the program in a session of its own, so that the terminal is
    /// not its controlling terminal: closing the terminal
    /// ([`Pty::close_terminal`]) then sends it no SIGHUP, and only a read
    /// that fails tells it the terminal is gone. [`Pty::pid`] and
    /// [`Pty::signal`] then reach the `setsid` that waits for it, not the
    /// program.
    pub own_session: bool,
}

impl Default for PtyOptions {
    fn default() -> Self {
        PtyOptions {
            cols: 80,
            rows: 30,
            no_color: true,
            env: Vec::new(),
            env_remove: Vec::new(),
            stderr_to: None,
            own_session: false,
        }
    }
}

/// `iop-check` running in a pseudo-terminal.
pub struct Pty {
    session: expectrl::session::OsSession,
    /// Everything the program wrote, escapes and all.
    out: Vec<u8>,
    eof: bool,
    /// How many screens [`Pty::next_screen`] has handed out.
    seen: usize,
    /// Pages of the bank's opening are passed with Enter by
    /// [`Pty::next_screen`] instead of handed out (the default): most tests
    /// are about the questions, not the cards between them.
    pub pass_opening: bool,
    /// With [`PtyOptions::own_session`]: the file the program's exit code
    /// is written to (and the folder that holds it).
    status: Option<(tempfile::TempDir, PathBuf)>,
}

impl Pty {
    /// Starts `iop-check ARGS…` with its draft in `data`, in an 80×30
    /// terminal, TERM=xterm-256color and NO_COLOR=1.
    pub fn spawn(args: &[&str], data: &Path) -> Pty {
        Pty::spawn_with(args, data, PtyOptions::default())
    }

    pub fn spawn_with(args: &[&str], data: &Path, opts: PtyOptions) -> Pty {
        // The program is started through a shell that first waits for one
        // line: ptyprocess sets its own default window size after the fork,
        // so the size is set only then, and the program starts after it.
        assert!(
            !(opts.own_session && opts.stderr_to.is_some()),
            "own_session and stderr_to do not go together"
        );
        // In a session of its own (setsid), started by a shell that then
        // writes down its exit code, for when the terminal is closed.
        let script = if opts.own_session {
            "IFS= read -r _ && exec setsid -w sh -c '\"$0\" \"$@\"; s=$?; echo $s >\"$IOP_TEST_STATUS\"; exit $s' \"$0\" \"$@\""
        } else if opts.stderr_to.is_some() {
            "IFS= read -r _ && exec \"$0\" \"$@\" 2>\"$IOP_TEST_STDERR\""
        } else {
            "IFS= read -r _ && exec \"$0\" \"$@\""
        };
        let mut cmd = Command::new("/bin/sh");
        cmd.arg("-c")
            .arg(script)
            .arg(BIN)
            .args(args)
            .arg("--data-dir")
            .arg(data);
        for v in CLEARED_ENV {
            cmd.env_remove(v);
        }
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", LANG);
        // A long summary at the end would open `less` and wait for keys;
        // tests/it/pager.rs sets its own pager.
        cmd.env("PAGER", "cat");
        if opts.no_color {
            cmd.env("NO_COLOR", "1");
        }
        for (k, v) in &opts.env {
            cmd.env(k, v);
        }
        for k in &opts.env_remove {
            cmd.env_remove(k);
        }
        if let Some(path) = &opts.stderr_to {
            cmd.env("IOP_TEST_STDERR", path);
        }
        let status = opts.own_session.then(|| {
            let dir = tempfile::tempdir().expect("a folder for the exit code");
            let file = dir.path().join("status");
            (dir, file)
        });
        if let Some((_, file)) = &status {
            cmd.env("IOP_TEST_STATUS", file);
        }
        let mut session = expectrl::session::Session::spawn(cmd).expect("spawn in a pty");
        session
            .get_process_mut()
            .set_window_size(opts.cols, opts.rows)
            .expect("set the window size");
        assert_eq!(
            session
                .get_process()
                .get_window_size()
                .expect("window size"),
            (opts.cols, opts.rows)
        );
        let mut pty = Pty {
            session,
            out: Vec::new(),
            eof: false,
            seen: 0,
            pass_opening: true,
            status,
        };
        pty.send("go\n");
        pty
    }

    /// The program's process id.
    pub fn pid(&self) -> i32 {
        self.session.get_process().pid().as_raw()
    }

    /// Sends keys (or text) to the program.
    pub fn send(&mut self, keys: &str) {
        use expectrl::Expect;
        self.session
            .send(keys)
            .unwrap_or_else(|e| panic!("could not send {keys:?}: {e}"));
    }

    /// Sends a signal to the program.
    pub fn signal(&self, sig: i32) {
        // SAFETY: kill(2) has no memory effects; the pid is our own child.
        let r = unsafe { libc::kill(self.pid(), sig) };
        assert_eq!(r, 0, "kill({}, {sig}) failed", self.pid());
    }

    /// Reads whatever the program has written so far.
    fn pump(&mut self) {
        let mut buf = [0u8; 8192];
        while !self.eof {
            match self.session.try_read(&mut buf) {
                Ok(0) => self.eof = true,
                Ok(n) => self.out.extend_from_slice(&buf[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => self.eof = true,
            }
        }
    }

    /// Whether the program has closed the terminal (it ended).
    pub fn ended(&self) -> bool {
        self.eof
    }

    /// Everything written so far, escapes included (lossy UTF-8).
    pub fn raw(&self) -> String {
        String::from_utf8_lossy(&self.out).into_owned()
    }

    /// Everything written so far, escapes removed.
    pub fn text(&self) -> String {
        strip_ansi(&self.raw())
    }

    /// How many bytes have been read so far: a mark to search from later.
    pub fn mark(&self) -> usize {
        self.out.len()
    }

    /// The text written since `mark`, escapes removed.
    pub fn text_since(&self, mark: usize) -> String {
        strip_ansi(&String::from_utf8_lossy(
            &self.out[mark.min(self.out.len())..],
        ))
    }

    fn screen_count(&self) -> usize {
        self.raw().matches(CLEAR).count()
    }

    /// The text of the screen drawn last.
    pub fn current_text(&self) -> String {
        let raw = self.raw();
        let start = raw.rfind(CLEAR).map_or(0, |i| i + CLEAR.len());
        strip_ansi(&raw[start..])
    }

    /// Reads until `done` holds, failing after [`EXPECT_TIMEOUT`] or if the
    /// program ends first.
    pub fn wait_until(&mut self, what: &str, mut done: impl FnMut(&Pty) -> bool) {
        let start = Instant::now();
        loop {
            self.pump();
            if done(self) {
                return;
            }
            if self.eof {
                // A last look: the end may have come with the awaited text.
                self.pump();
                if done(self) {
                    return;
                }
                panic!(
                    "the program ended while waiting for {what}; its output:\n{}",
                    self.tail()
                );
            }
            if start.elapsed() > EXPECT_TIMEOUT {
                panic!(
                    "timed out after {EXPECT_TIMEOUT:?} waiting for {what}; the screen:\n{}",
                    self.tail()
                );
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    /// Waits until `text` appears on the current screen (whitespace-insensitive).
    pub fn wait_text(&mut self, text: &str) {
        let want = flatten(text);
        self.wait_until(&format!("{text:?} on the screen"), |p| {
            flatten(&p.current_text()).contains(&want)
        });
    }

    /// Waits until `text` appears anywhere in the output after `mark`.
    pub fn wait_text_since(&mut self, mark: usize, text: &str) {
        let want = flatten(text);
        self.wait_until(&format!("{text:?} after the mark"), |p| {
            flatten(&p.text_since(mark)).contains(&want)
        });
    }

    /// The screen drawn last, line by line (CR LF as one line break), once
    /// the list at its end is completely drawn. A key that no list acts on
    /// (`x`) is sent: the program reads it only after it has finished
    /// drawing, and answers it by drawing the list again, which starts by
    /// moving the cursor up. What came before that is the whole screen.
    /// Only for screens that end in a pick-one list; the list is left as
    /// it was.
    pub fn settled_lines(&mut self) -> Vec<String> {
        /// Where the list's redraw starts: the first cursor-up (ESC [ n A)
        /// after the list hid the cursor to draw itself.
        fn redraw_at(raw: &str) -> Option<usize> {
            let start = raw.rfind(CLEAR)?;
            let list = start + raw[start..].rfind(HIDE_CURSOR)?;
            let mut from = list;
            while let Some(at) = raw[from..].find("\x1b[") {
                let at = from + at;
                let rest = &raw[at + 2..];
                let digits =
                    rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                if digits > 0 && rest[digits..].starts_with('A') {
                    return Some(at);
                }
                from = at + 2;
            }
            None
        }
        self.send("x");
        self.wait_until("the list drawn again after a key it ignores", |p| {
            redraw_at(&p.raw()).is_some()
        });
        let raw = self.raw();
        let end = redraw_at(&raw).expect("found above");
        let start = raw[..end].rfind(CLEAR).expect("a cleared screen") + CLEAR.len();
        strip_ansi(&raw[start..end].replace("\r\n", "\n"))
            .trim_start_matches('\n')
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// Waits for the next completely drawn screen (one not handed out
    /// before) and tells what it is.
    pub fn next_screen(&mut self) -> Screen {
        loop {
            let seen = self.seen;
            let mut found = None;
            self.wait_until("the next screen", |p| {
                if p.screen_count() <= seen {
                    return false;
                }
                found = Screen::read(p.current_text());
                found.is_some()
            });
            self.seen = self.screen_count();
            let screen = found.expect("a screen was read");
            if screen.kind == ScreenKind::Opening && self.pass_opening {
                self.send("\r");
                continue;
            }
            return screen;
        }
    }

    /// Like [`Pty::next_screen`], failing unless the screen is of `kind`.
    pub fn expect_screen(&mut self, kind: ScreenKind) -> Screen {
        let s = self.next_screen();
        assert_eq!(s.kind, kind, "unexpected screen:\n{}", s.text);
        s
    }

    /// Reads to the end of the output, then reaps the program.
    pub fn wait_exit(&mut self) -> Exit {
        self.wait_until("the program to end", |p| p.eof);
        use expectrl::process::unix::WaitStatus;
        match self.session.get_process().wait().expect("waitpid") {
            WaitStatus::Exited(_, code) => Exit::Code(code),
            WaitStatus::Signaled(_, sig, _) => Exit::Signal(sig as i32),
            other => panic!("unexpected wait status {other:?}"),
        }
    }

    /// Closes the terminal (its controlling end), as when its window is
    /// closed or the connection to it drops, and waits for the program to
    /// end. Only for a program in a session of its own
    /// ([`PtyOptions::own_session`]), which gets no SIGHUP: it must notice
    /// on its own, when reading the terminal fails.
    pub fn close_terminal(self) -> Exit {
        let Pty {
            session, status, ..
        } = self;
        let (_dir, file) = status.expect("close_terminal needs PtyOptions::own_session");
        // Dropping the session closes the terminal. (It also ends the
        // `setsid` that waits in the terminal's session; the program is in
        // another one.)
        drop(session);
        let start = Instant::now();
        loop {
            if let Ok(code) = std::fs::read_to_string(&file) {
                if code.ends_with('\n') {
                    let code = code.trim().parse().expect("an exit code");
                    return Exit::Code(code);
                }
            }
            assert!(
                start.elapsed() < EXPECT_TIMEOUT,
                "still running {EXPECT_TIMEOUT:?} after its terminal closed"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// The end of the output, for failure messages.
    fn tail(&self) -> String {
        let text = self.current_text();
        let lines: Vec<&str> = text.lines().collect();
        let from = lines.len().saturating_sub(60);
        lines[from..].join("\n")
    }
}

// ---------------------------------------------------------------------------
// Reading level
// ---------------------------------------------------------------------------

/// Syllables by the usual vowel-group rule (good enough for a grade estimate).
pub fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut groups = 0;
    let mut prev = false;
    for &c in &w {
        let v = vowel(c);
        if v && !prev {
            groups += 1;
        }
        prev = v;
    }
    let s: String = w.iter().collect();
    if s.ends_with('e') && !s.ends_with("le") && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

/// Flesch-Kincaid grade level of a set of texts.
pub fn grade(texts: &[&str]) -> f64 {
    let (mut words, mut sentences, mut syl) = (0usize, 0usize, 0usize);
    for t in texts {
        sentences += t
            .split(['.', '!', '?'])
            .filter(|s| s.trim().chars().any(char::is_alphabetic))
            .count()
            .max(1);
        for w in t
            .split(|c: char| !(c.is_alphabetic() || c == '\''))
            .filter(|w| !w.is_empty())
        {
            words += 1;
            syl += syllables(w);
        }
    }
    0.39 * words as f64 / sentences as f64 + 11.8 * syl as f64 / words as f64 - 15.59
}

// ---------------------------------------------------------------------------
// Answers files
// ---------------------------------------------------------------------------

/// A full answers file for a bank (the built-in one with `None`): an example
/// answer to every question that would be asked. `iop-check template` leaves
/// every answer empty, so tests that need a whole run use this instead.
pub fn example_answers(bank: Option<&Path>) -> String {
    let bank = match bank {
        Some(p) => {
            iop_check::bank::load(Some(p), iop_check::i18n::Lang::En).expect("the bank loads")
        }
        None => iop_check::bank::builtin().expect("the built-in bank loads"),
    };
    iop_check::commands::template::example(&bank)
}

/// The same, for the programs worksheet.
pub fn example_program() -> String {
    let bank =
        iop_check::programs::worksheet(iop_check::i18n::Lang::En).expect("the worksheet loads");
    iop_check::commands::template::example(&bank)
}

/// An answers template (`iop-check template`) with its safety questions,
/// which it leaves empty on purpose, answered "no": ready to load.
pub fn safety_answered(template: &str) -> String {
    template
        .lines()
        .map(|l| {
            if !l.starts_with('#') && l.ends_with(':') {
                format!("{l} \"no\"\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Headless Chromium, for printing and for rendering pages
// ---------------------------------------------------------------------------

/// Debian's Chromium (or another Chrome), unless the tests hide it.
pub fn chromium() -> Option<PathBuf> {
    if hidden("chromium") {
        return None;
    }
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .map(|n| Path::new("/usr/bin").join(n))
        .find(|p| p.exists())
}

/// Prints `html` to `pdf` in headless Chromium, with a fresh profile and no
/// network (this machine has none but the package registries), and without
/// the browser's own header and footer.
pub fn print_to_pdf(chrome: &Path, html: &Path, pdf: &Path) {
    let profile = tempfile::tempdir().expect("profile dir");
    let status = Command::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(html)
        .stderr(Stdio::null())
        .status()
        .expect("chromium runs");
    assert!(
        status.success(),
        "chromium could not print {}",
        html.display()
    );
}

/// Words a bank must not use, because they assume something about the
/// person: a gender, a partner, a family, a job or a diagnosis. One list for
/// every English bank (tests/it/bank_language.rs, tests/it/progress.rs).
pub const ASSUMING_WORDS: &[&str] = &[
    "he",
    "she",
    "his",
    "her",
    "him",
    "husband",
    "wife",
    "boyfriend",
    "girlfriend",
    "spouse",
    "partner",
    "kids",
    "children",
    "son",
    "daughter",
    "sister",
    "brother",
    "parents",
    "mom",
    "dad",
    "mother",
    "father",
    "boss",
    "paycheck",
    "depression",
    "anxiety",
    "addiction",
    "alcohol",
    "drinking",
    "drugs",
    "relapse",
    "addict",
    "disorder",
];
