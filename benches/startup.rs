//! Start-up time and peak memory of the real `iop-check` binary, against a
//! floor: a minimal Rust program that prints one line.
//!
//! Run with `cargo bench --bench startup`. Not criterion: one run prints one
//! report. `IOP_BENCH_RUNS` sets the number of runs per measurement
//! (default 30); the medians, p90, min and max are printed, with the
//! targets and whether each is met. `IOP_BENCH_KEEP=1` keeps the temporary
//! folder (floor, answers file, generated banks) for a closer look.
//!
//! The binary timed is the one `cargo bench` built
//! (`CARGO_BIN_EXE_iop-check`, target/release/iop-check in the bench
//! profile), or the file named by `IOP_BENCH_BIN`. It is copied into the
//! temporary folder first, so that a build running meanwhile cannot swap it.
//!
//! * (a) time from spawn to the first screen in a pseudo-terminal
//!   (`iop-check --data-dir TMP --fresh`, NO_COLOR=1, TERM=xterm, 80x24),
//!   stopped when the bank title appears; the child is then killed;
//! * (b) `iop-check run --answers FILE --format json` with an answers file
//!   that answers every question (the library's example answers: `iop-check
//!   template` leaves every answer empty), stdout to /dev/null;
//! * (c) the floor, compiled now with `rustc -C opt-level=3`, spawned as in
//!   (a) and as in (b);
//! * (d) peak memory (max RSS) of (b), and time and peak memory of
//!   `iop-check validate` on generated banks of 200, 1,000 and 3,000
//!   questions (the last near the 1 MiB limit on a bank).
//!
//! Peak memory comes from `wait4`'s `ru_maxrss`. On Linux that value also
//! takes in the peak RSS of the process that spawned the child (exec records
//! the old address space's high-water mark, and a vfork child shares its
//! parent's), so every (b)/(c)/(d) sample is spawned by a fresh, small copy
//! of this program (`--launch`), which times the child and reports its
//! rusage. The floor's max RSS shows what that baseline is.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::Write as _;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The binary under test by default, as built by this `cargo bench`.
#[path = "support/generate.rs"]
mod generate;
use generate::generated_bank;

const BIN: &str = env!("CARGO_BIN_EXE_iop-check");
/// What the first opening screen shows (the built-in bank's title).
const FIRST_SCREEN: &str = "Thinking through an IOP suggestion";
/// Runs discarded before each measurement.
const WARM_UP: usize = 3;
/// Give up on a pseudo-terminal run after this long.
const PTY_TIMEOUT: Duration = Duration::from_secs(10);

// Targets.
const FIRST_PROMPT_RATIO: f64 = 2.0;
const FULL_RUN_MS: f64 = 10.0;
const VALIDATE_LARGE_MS: f64 = 150.0;
/// The generated bank that [`VALIDATE_LARGE_MS`] applies to.
const LARGE: usize = 3_000;
const NORMAL_RUN_MB: f64 = 10.0;

fn main() {
    let args: Vec<OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|a| a == "--launch") {
        launch(&args[2..]);
    }
    // `cargo test --benches` (or --all-targets) builds this without
    // optimisation, and the binary under test too: then only a smoke run,
    // one sample each, to check that every measurement still works.
    let smoke = cfg!(debug_assertions)
        || (args.iter().any(|a| a == "--test") && !args.iter().any(|a| a == "--bench"));
    let runs = if smoke {
        1
    } else {
        std::env::var("IOP_BENCH_RUNS")
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|&n| n > 0)
            .unwrap_or(30)
    };
    let warm = if smoke { 0 } else { WARM_UP };
    let load_before = loadavg();

    let tmp = tempfile::tempdir().expect("a temporary folder");
    let dir_buf = tmp.path().to_path_buf();
    let dir = dir_buf.as_path();
    let data_dir = dir.join("data");
    std::fs::create_dir(&data_dir).expect("create the data folder");
    let source =
        std::env::var_os("IOP_BENCH_BIN").map_or_else(|| PathBuf::from(BIN), PathBuf::from);
    let bin = dir.join("iop-check");
    std::fs::copy(&source, &bin)
        .unwrap_or_else(|e| panic!("copy {} to {}: {e}", source.display(), bin.display()));
    let bin = bin.as_path();
    let floor = build_floor(dir);
    let answers = dir.join("answers.yaml");
    write_template(bin, &answers);

    let mut rows: Vec<Row> = Vec::new();

    // (a) and (c, pty), interleaved so that load changes hit both alike.
    let first_args: Vec<OsString> = vec![
        "--data-dir".into(),
        data_dir.clone().into(),
        "--fresh".into(),
    ];
    let (mut first, mut floor_pty) = (Vec::new(), Vec::new());
    for i in 0..warm + runs {
        let a = pty_first_screen(bin, &first_args);
        let c = pty_first_screen(&floor, &[]);
        if i >= warm {
            first.push(a);
            floor_pty.push(c);
        }
    }
    rows.push(Row::time("(a) first screen in a pty", &first));
    rows.push(Row::time("(c) floor, first line in a pty", &floor_pty));

    // (e) time per answer: Enter on a question until the next one is drawn
    // (the draft is saved in between, as in real use).
    let mut per_answer = Vec::new();
    for i in 0..warm.min(1) + runs.div_ceil(10) {
        let times = pty_per_answer(bin, &first_args, ANSWERS_PER_RUN);
        if i >= warm.min(1) {
            per_answer.extend(times);
        }
    }
    rows.push(Row::time(
        "(e) one answer in a pty (key to next screen)",
        &per_answer,
    ));

    // (b) and (c, plain), interleaved, each spawned by a fresh launcher.
    let run_args: Vec<OsString> = vec![
        "run".into(),
        "--answers".into(),
        answers.clone().into(),
        "--format".into(),
        "json".into(),
    ];
    let (mut full, mut floor_plain) = (Vec::new(), Vec::new());
    for i in 0..warm + runs {
        let b = launched(bin, &run_args);
        let c = launched(&floor, &[]);
        if i >= warm {
            full.push(b);
            floor_plain.push(c);
        }
    }
    rows.push(Row::launched("(b) run --answers --format json", &full));
    rows.push(Row::launched("(c) floor, plain", &floor_plain));

    // (d) validate: the built-in bank, then generated ones.
    let mut validate: Vec<(usize, u64, Vec<Sample>)> = Vec::new();
    let builtin_args: Vec<OsString> = vec!["validate".into()];
    let samples = measure(bin, &builtin_args, warm, runs);
    rows.push(Row::launched("(d) validate (built-in bank)", &samples));
    for n in [200, 1_000, LARGE] {
        let path = dir.join(format!("bank-{n}.yaml"));
        let text = generated_bank(n);
        let bytes = text.len() as u64;
        std::fs::write(&path, &text).expect("write a generated bank");
        drop(text);
        check_valid(bin, &path, n);
        let args: Vec<OsString> = vec!["validate".into(), path.into()];
        let samples = measure(bin, &args, warm, runs);
        rows.push(Row::launched(
            &format!("(d) validate {} questions ({})", thousands(n), mib(bytes)),
            &samples,
        ));
        validate.push((n, bytes, samples));
    }
    let load_after = loadavg();

    report(&Report {
        source: &source,
        bin,
        runs,
        warm,
        floor: &floor,
        load_before,
        load_after,
        rows: &rows,
        first: &first,
        floor_pty: &floor_pty,
        full: &full,
        floor_plain: &floor_plain,
        validate: &validate,
    });
    if std::env::var_os("IOP_BENCH_KEEP").is_some_and(|v| v == "1") {
        println!("kept the temporary folder: {}", tmp.keep().display());
    }
}

// ---------------------------------------------------------------- set-up

/// Compiles the floor: a minimal program that prints the same line the
/// first screen shows, so (a) and (c) stop on the same text.
fn build_floor(dir: &Path) -> PathBuf {
    let src = dir.join("floor.rs");
    let exe = dir.join("floor");
    std::fs::write(
        &src,
        format!("fn main() {{\n    println!(\"{FIRST_SCREEN}\");\n}}\n"),
    )
    .expect("write floor.rs");
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = Command::new(&rustc)
        .args(["-C", "opt-level=3", "-o"])
        .arg(&exe)
        .arg(&src)
        .output()
        .unwrap_or_else(|e| panic!("could not run {}: {e}", rustc.to_string_lossy()));
    assert!(
        out.status.success(),
        "rustc failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    exe
}

/// An answer to every question of the built-in bank, then one checked run with it.
fn write_template(bin: &Path, path: &Path) {
    let bank = iop_check::bank::builtin().expect("the built-in bank loads");
    std::fs::write(path, iop_check::commands::template::example(&bank))
        .expect("write the answers file");
    let out = Command::new(bin)
        .args(["run", "--answers"])
        .arg(path)
        .args(["--format", "json"])
        .env("NO_COLOR", "1")
        .output()
        .expect("run iop-check run --answers");
    assert!(
        out.status.success(),
        "iop-check run --answers failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("run --format json prints JSON");
    assert!(json.get("sections").is_some(), "the JSON has no sections");
}

fn check_valid(bin: &Path, bank: &Path, questions: usize) {
    let out = Command::new(bin)
        .arg("validate")
        .arg(bank)
        .env("NO_COLOR", "1")
        .output()
        .expect("run iop-check validate");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains(&format!("{questions} questions")),
        "the generated {questions}-question bank is not valid:\n{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

// ------------------------------------------------------------ measuring

#[derive(Debug, Clone, Copy)]
struct Sample {
    time: Duration,
    /// Peak resident memory, KiB (`ru_maxrss`).
    max_rss_kib: u64,
    /// User + system CPU time of the child.
    cpu: Duration,
}

/// A program running on a new pseudo-terminal (80x24, as its controlling
/// terminal). Dropping it kills and reaps the child.
struct PtyChild {
    master: OwnedFd,
    pid: libc::pid_t,
}

impl PtyChild {
    fn spawn(prog: &Path, args: &[OsString]) -> PtyChild {
        let (master, slave) = open_pty();
        let mut cmd = Command::new(prog);
        cmd.args(args)
            .env("NO_COLOR", "1")
            .env("TERM", "xterm")
            .env_remove("CLICOLOR_FORCE")
            .stdin(Stdio::from(slave.try_clone().expect("dup")))
            .stdout(Stdio::from(slave.try_clone().expect("dup")))
            .stderr(Stdio::from(slave.try_clone().expect("dup")));
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        // Reaped on drop with wait4.
        let pid = cmd
            .spawn()
            .map(|child| child.id() as libc::pid_t)
            .unwrap_or_else(|e| panic!("spawn {}: {e}", prog.display()));
        // Our copies of the slave close with `cmd`, so EOF means the child is gone.
        drop(cmd);
        drop(slave);
        PtyChild { master, pid }
    }

    /// Reads until `needle` appears; panics with what was read if it does not.
    fn wait(&self, prog: &Path, needle: &str) {
        if let Err(text) = read_until(&self.master, needle.as_bytes(), Instant::now()) {
            panic!(
                "{} did not show \"{needle}\" within {PTY_TIMEOUT:?}; it printed:\n{text}",
                prog.display()
            );
        }
    }

    fn send(&self, keys: &[u8]) {
        // SAFETY: writing a buffer we own to a descriptor we own.
        let n = unsafe { libc::write(self.master.as_raw_fd(), keys.as_ptr().cast(), keys.len()) };
        assert_eq!(n, keys.len() as isize, "write to the pty");
    }
}

impl Drop for PtyChild {
    fn drop(&mut self) {
        // SAFETY: plain system calls on our own child.
        unsafe { libc::kill(self.pid, libc::SIGKILL) };
        reap(self.pid);
    }
}

/// The time from just before the spawn until `FIRST_SCREEN` has been read
/// from the pty. The child is then killed.
fn pty_first_screen(prog: &Path, args: &[OsString]) -> Duration {
    let start = Instant::now();
    let child = PtyChild::spawn(prog, args);
    child.wait(prog, FIRST_SCREEN);
    start.elapsed()
}

/// How many questions (e) answers in one run of the program.
const ANSWERS_PER_RUN: usize = 20;

/// Spawns the program in a pty, skips the opening, then presses Enter on
/// `answers` questions in a row (Enter takes the highlighted answer, or
/// skips a text or number question) and times each one: from the key to the
/// next question's progress line.
fn pty_per_answer(prog: &Path, args: &[OsString], answers: usize) -> Vec<Duration> {
    let child = PtyChild::spawn(prog, args);
    child.wait(prog, FIRST_SCREEN);
    child.send(b"\x1b[B\r"); // "Skip to the questions"
    child.wait(prog, "question 1 of");
    (1..=answers)
        .map(|k| {
            let start = Instant::now();
            child.send(b"\r");
            child.wait(prog, &format!("question {} of", k + 1));
            start.elapsed()
        })
        .collect()
}

fn open_pty() -> (OwnedFd, OwnedFd) {
    let (mut master, mut slave) = (-1, -1);
    let size = libc::winsize {
        ws_row: 24,
        ws_col: 80,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: out-pointers to two ints; null name and termios are allowed.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(rc, 0, "openpty: {}", std::io::Error::last_os_error());
    // SAFETY: openpty returned two fresh descriptors that we now own.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    for fd in [&master, &slave] {
        // SAFETY: fcntl on a descriptor we own.
        unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    (master, slave)
}

/// Reads the pty until `needle` appears. Err holds what was read instead.
fn read_until(master: &OwnedFd, needle: &[u8], start: Instant) -> Result<(), String> {
    let mut seen: Vec<u8> = Vec::with_capacity(8192);
    let mut chunk = [0u8; 8192];
    loop {
        let left = PTY_TIMEOUT.saturating_sub(start.elapsed());
        if left.is_zero() {
            return Err(String::from_utf8_lossy(&seen).into_owned());
        }
        let mut pfd = libc::pollfd {
            fd: master.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        let r = unsafe { libc::poll(&mut pfd, 1, left.as_millis().max(1) as libc::c_int) };
        if r < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(format!("poll: {}", std::io::Error::last_os_error()));
        }
        if r == 0 {
            continue;
        }
        // SAFETY: reading into a buffer we own, within its length.
        let n = unsafe { libc::read(master.as_raw_fd(), chunk.as_mut_ptr().cast(), chunk.len()) };
        if n <= 0 {
            // EIO: every copy of the slave is closed, the child is gone.
            return Err(String::from_utf8_lossy(&seen).into_owned());
        }
        let from = seen.len().saturating_sub(needle.len());
        seen.extend_from_slice(&chunk[..n as usize]);
        if seen[from..].windows(needle.len()).any(|w| w == needle) {
            return Ok(());
        }
    }
}

/// Waits for a child and returns its exit status and rusage.
fn reap(pid: libc::pid_t) -> (libc::c_int, libc::rusage) {
    let mut status = 0;
    // SAFETY: rusage is plain data; wait4 fills it in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: waiting on our own child with valid out-pointers.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            return (status, usage);
        }
        let e = std::io::Error::last_os_error();
        assert_eq!(e.kind(), std::io::ErrorKind::Interrupted, "wait4: {e}");
    }
}

/// Launcher mode (`startup --launch PROG ARGS...`): spawn PROG with stdin,
/// stdout and stderr on /dev/null, wait for it, and print
/// "nanoseconds max_rss_kib cpu_microseconds exit_status". Run as a fresh process so that
/// its own small peak RSS is all that can leak into the child's ru_maxrss.
fn launch(args: &[OsString]) -> ! {
    let start = Instant::now();
    let child = Command::new(&args[0])
        .args(&args[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("spawn {}: {e}", args[0].to_string_lossy()));
    let (status, usage) = reap(child.id() as libc::pid_t);
    let ns = start.elapsed().as_nanos();
    let micros = |t: libc::timeval| t.tv_sec * 1_000_000 + t.tv_usec;
    let cpu = micros(usage.ru_utime) + micros(usage.ru_stime);
    println!("{ns} {} {cpu} {status}", usage.ru_maxrss);
    std::process::exit(0);
}

/// One sample of `prog args`, spawned by a fresh launcher.
fn launched(prog: &Path, args: &[OsString]) -> Sample {
    let out = Command::new(std::env::current_exe().expect("this program's path"))
        .arg("--launch")
        .arg(prog)
        .args(args)
        .env("NO_COLOR", "1")
        .stderr(Stdio::inherit())
        .output()
        .expect("run the launcher");
    let text = String::from_utf8_lossy(&out.stdout);
    let f: Vec<u64> = text
        .split_whitespace()
        .map(|s| s.parse().expect("launcher output"))
        .collect();
    assert!(
        out.status.success() && f.len() == 4,
        "launcher failed: {text}"
    );
    assert_eq!(
        f[3],
        0,
        "{} {:?} exited with wait status {}",
        prog.display(),
        args,
        f[3]
    );
    Sample {
        time: Duration::from_nanos(f[0]),
        max_rss_kib: f[1],
        cpu: Duration::from_micros(f[2]),
    }
}

fn measure(prog: &Path, args: &[OsString], warm: usize, runs: usize) -> Vec<Sample> {
    (0..warm + runs)
        .map(|_| launched(prog, args))
        .skip(warm)
        .collect()
}

// -------------------------------------------------------------- summary

struct Stats {
    median: f64,
    p90: f64,
    min: f64,
    max: f64,
}

impl Stats {
    fn of(values: &[f64]) -> Stats {
        let mut v = values.to_vec();
        v.sort_by(f64::total_cmp);
        let n = v.len();
        let median = if n % 2 == 1 {
            v[n / 2]
        } else {
            (v[n / 2 - 1] + v[n / 2]) / 2.0
        };
        // Nearest rank.
        let p90 = v[((n as f64 * 0.9).ceil() as usize).clamp(1, n) - 1];
        Stats {
            median,
            p90,
            min: v[0],
            max: v[n - 1],
        }
    }
}

fn ms(d: &Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn time_stats(samples: &[Sample]) -> Stats {
    Stats::of(&samples.iter().map(|s| ms(&s.time)).collect::<Vec<_>>())
}

fn rss_stats(samples: &[Sample]) -> Stats {
    Stats::of(
        &samples
            .iter()
            .map(|s| s.max_rss_kib as f64 / 1024.0)
            .collect::<Vec<_>>(),
    )
}

struct Row {
    name: String,
    time: Stats,
    /// Max RSS, MiB: median and max.
    rss: Option<(f64, f64)>,
    /// Median user + system CPU time of the child, ms.
    cpu: Option<f64>,
}

impl Row {
    fn time(name: &str, d: &[Duration]) -> Row {
        Row {
            name: name.to_string(),
            time: Stats::of(&d.iter().map(ms).collect::<Vec<_>>()),
            rss: None,
            cpu: None,
        }
    }
    fn launched(name: &str, s: &[Sample]) -> Row {
        let r = rss_stats(s);
        Row {
            name: name.to_string(),
            time: time_stats(s),
            rss: Some((r.median, r.max)),
            cpu: Some(Stats::of(&s.iter().map(|s| ms(&s.cpu)).collect::<Vec<_>>()).median),
        }
    }
}

struct Report<'a> {
    /// Where the binary under test came from, and its copy that was timed.
    source: &'a Path,
    bin: &'a Path,
    runs: usize,
    warm: usize,
    floor: &'a Path,
    load_before: String,
    load_after: String,
    rows: &'a [Row],
    first: &'a [Duration],
    floor_pty: &'a [Duration],
    full: &'a [Sample],
    floor_plain: &'a [Sample],
    validate: &'a [(usize, u64, Vec<Sample>)],
}

fn report(r: &Report) {
    let mut o = String::new();
    let source = r.source.display().to_string();
    let meta = std::fs::metadata(r.bin).expect("the binary exists");
    let bytes = std::fs::read(r.bin).unwrap_or_default();
    let stripped = !bytes.windows(7).any(|w| w == b".symtab");
    let age = std::fs::metadata(r.source)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|m| m.elapsed().ok())
        .map_or("?".to_string(), |d| format!("{}s ago", d.as_secs()));
    let profile = if source != BIN {
        "IOP_BENCH_BIN: as given"
    } else if source.contains("/release/") {
        "built by this cargo bench: bench profile (inherits release: opt-level 3, lto, \
         codegen-units 1, strip), with dev-dependency features unified in, so not \
         byte-identical to `cargo build --release`"
    } else if source.contains("/debug/") {
        "target/debug: NOT optimised"
    } else {
        "unknown profile"
    };
    let _ = writeln!(o, "\niop-check start-up benchmark");
    let _ = writeln!(o, "============================");
    if cfg!(debug_assertions) {
        let _ = writeln!(
            o,
            "SMOKE RUN of an unoptimised build (cargo test): the numbers mean nothing; use cargo bench"
        );
    }
    let _ = writeln!(
        o,
        "binary under test: {source} (timed as a copy: {})",
        r.bin.display()
    );
    let _ = writeln!(
        o,
        "  {} bytes, {}, built {age};\n  {profile}",
        meta.len(),
        if stripped { "stripped" } else { "NOT stripped" }
    );
    let _ = writeln!(
        o,
        "floor: {} (rustc -C opt-level=3, {} bytes; prints \"{FIRST_SCREEN}\")",
        r.floor.display(),
        std::fs::metadata(r.floor).map_or(0, |m| m.len())
    );
    let _ = writeln!(
        o,
        "runs per measurement: {} (IOP_BENCH_RUNS), after {} warm-up runs; {} CPUs",
        r.runs,
        r.warm,
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    let _ = writeln!(
        o,
        "load average (1/5/15 min): {} at start, {} at end",
        r.load_before, r.load_after
    );
    let _ = writeln!(o);
    let _ = writeln!(
        o,
        "{:<44} {:>9} {:>9} {:>9} {:>9} {:>9}   {:>15}",
        "measurement (wall time in ms)",
        "median",
        "p90",
        "min",
        "max",
        "CPU med",
        "max RSS med/max"
    );
    let _ = writeln!(o, "{}", "-".repeat(44 + 5 * 10 + 18));
    for row in r.rows {
        let rss = row
            .rss
            .map_or(String::new(), |(m, x)| format!("{m:.1}/{x:.1} MiB"));
        let cpu = row.cpu.map_or(String::new(), |c| format!("{c:.2}"));
        let _ = writeln!(
            o,
            "{:<44} {:>9.2} {:>9.2} {:>9.2} {:>9.2} {:>9}   {:>15}",
            row.name, row.time.median, row.time.p90, row.time.min, row.time.max, cpu, rss
        );
    }

    // Targets.
    let first = Stats::of(&r.first.iter().map(ms).collect::<Vec<_>>());
    let floor_pty = Stats::of(&r.floor_pty.iter().map(ms).collect::<Vec<_>>());
    let full = time_stats(r.full);
    let full_rss = rss_stats(r.full);
    let floor_plain = time_stats(r.floor_plain);
    let floor_rss = rss_stats(r.floor_plain);
    let ratio = first.median / floor_pty.median;
    let met = |ok: bool| if ok { "MET" } else { "NOT MET" };

    let _ = writeln!(o);
    let _ = writeln!(o, "ratios");
    let _ = writeln!(
        o,
        "  first screen / floor (pty):      {ratio:.2}x  ({:.2} ms / {:.2} ms; {:+.2} ms over the floor)",
        first.median,
        floor_pty.median,
        first.median - floor_pty.median
    );
    let _ = writeln!(
        o,
        "  full run / floor (plain):        {:.2}x  ({:.2} ms / {:.2} ms; {:+.2} ms over the floor)",
        full.median / floor_plain.median,
        full.median,
        floor_plain.median,
        full.median - floor_plain.median
    );
    let _ = writeln!(
        o,
        "  full run max RSS over the floor: {:+.1} MiB ({:.1} MiB; the floor's {:.1} MiB is the spawn baseline)",
        full_rss.median - floor_rss.median,
        full_rss.median,
        floor_rss.median
    );

    // Validate: time and memory per 1,000 questions between sizes.
    let _ = writeln!(o);
    let _ = writeln!(o, "validate, growth between generated banks");
    let _ = writeln!(
        o,
        "  {:<18} {:>12} {:>14} {:>16} {:>16}",
        "questions", "median ms", "max RSS MiB", "ms / 1k q", "MiB / 1k q"
    );
    let mut slopes: Vec<f64> = Vec::new();
    let mut prev: Option<(usize, f64, f64)> = None;
    let mut vlarge = None;
    for (n, _, samples) in r.validate {
        let t = time_stats(samples).median;
        let m = rss_stats(samples).median;
        let (dt, dm) = match prev {
            Some((pn, pt, pm)) => {
                let k = (n - pn) as f64 / 1000.0;
                slopes.push((m - pm) / k);
                (
                    format!("{:.2}", (t - pt) / k),
                    format!("{:.3}", (m - pm) / k),
                )
            }
            None => (String::new(), String::new()),
        };
        let _ = writeln!(
            o,
            "  {:<18} {t:>12.2} {m:>14.1} {dt:>16} {dm:>16}",
            thousands(*n)
        );
        if *n == LARGE {
            vlarge = Some(t);
        }
        prev = Some((*n, t, m));
    }
    let linear = slopes.len() == 2 && {
        let q = slopes[1] / slopes[0];
        slopes[0] > 0.0 && (0.67..=1.5).contains(&q)
    };
    let vlarge = vlarge.unwrap_or(f64::NAN);

    let _ = writeln!(o);
    let _ = writeln!(o, "targets");
    let _ = writeln!(
        o,
        "  {:<46} {:>22}  {}",
        format!("time to first screen <= {FIRST_PROMPT_RATIO}x floor (pty)"),
        format!("{ratio:.2}x"),
        met(ratio <= FIRST_PROMPT_RATIO)
    );
    let _ = writeln!(
        o,
        "  {:<46} {:>22}  {}",
        format!("full non-interactive run < {FULL_RUN_MS} ms"),
        format!("{:.2} ms", full.median),
        met(full.median < FULL_RUN_MS)
    );
    let _ = writeln!(
        o,
        "  {:<46} {:>22}  {}",
        format!(
            "validate {} questions < {VALIDATE_LARGE_MS} ms",
            thousands(LARGE)
        ),
        format!("{vlarge:.2} ms"),
        met(vlarge < VALIDATE_LARGE_MS)
    );
    let _ = writeln!(
        o,
        "  {:<46} {:>22}  {}",
        "validate memory grows linearly",
        if slopes.len() == 2 {
            format!("{:.3} vs {:.3} MiB/1k", slopes[0], slopes[1])
        } else {
            "?".to_string()
        },
        met(linear)
    );
    let _ = writeln!(
        o,
        "  {:<46} {:>22}  {}",
        format!("peak memory of a normal run < {NORMAL_RUN_MB} MB"),
        format!("{:.1} MiB", full_rss.max),
        met(full_rss.max * 1.048_576 < NORMAL_RUN_MB)
    );
    let _ = writeln!(o);
    let _ = writeln!(
        o,
        "Medians are compared with the targets, except peak memory (the largest of all runs).\n\
         \"Linear\" means the memory per 1,000 questions from 1,000 to 3,000 is within\n\
         0.67x-1.5x of that from 200 to 1,000. \"CPU med\" is the child's user + system\n\
         time (from wait4): less sensitive than wall time to other load on the machine."
    );
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(o.as_bytes());
    let _ = stdout.flush();
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

// ------------------------------------------------- generated banks
// Copied from benches/bank.rs (keep the two in step).
