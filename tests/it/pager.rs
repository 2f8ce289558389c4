//! The summary opens in a pager on a terminal too small for it, as git's
//! output does: through `$PAGER` (split like shell words), with `LESS=FRX`
//! when LESS is not set; never when stdout is piped or with `-o FILE`.
//!
//! The pager here is a small script that records its input, arguments and
//! LESS to files next to itself, so a test can tell what went through it.

use crate::common;

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use common::{Exit, Pty, PtyOptions, Run, fixture};

/// A pager script in a folder whose name has a space (so PAGER must be
/// quoted), and the files it records to.
struct Pager {
    _tmp: tempfile::TempDir,
    script: PathBuf,
    data: PathBuf,
}

impl Pager {
    /// The script runs `body`; a copy named `less` stands in for the real
    /// one when the test puts its folder first on PATH.
    fn new(body: &str) -> Pager {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("my pager");
        std::fs::create_dir(&dir).expect("folder");
        let script = dir.join("pager.sh");
        for name in ["pager.sh", "less"] {
            let path = dir.join(name);
            std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("script");
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        }
        let data = tmp.path().join("data");
        Pager {
            _tmp: tmp,
            script,
            data,
        }
    }

    /// PATH with the stand-in `less` first.
    fn path(&self) -> String {
        let dir = self.script.parent().expect("a folder");
        format!(
            "{}:{}",
            dir.display(),
            std::env::var("PATH").unwrap_or_default()
        )
    }

    /// What the stand-in `less` recorded.
    fn less_recorded(&self, what: &str) -> Option<String> {
        let path = self.script.with_file_name(format!("less.{what}"));
        std::fs::read_to_string(path).ok()
    }

    /// Records everything.
    fn recording() -> Pager {
        Pager::new(
            "printf '%s\\n' \"${LESS-unset}\" > \"$0.less\"\n\
             printf '%s\\n' \"$@\" > \"$0.args\"\n\
             cat > \"$0.paged\"",
        )
    }

    /// PAGER: the script, quoted, with one argument.
    fn var(&self) -> String {
        format!("'{}' --from-test", self.script.display())
    }

    fn recorded(&self, what: &str) -> Option<String> {
        let path = PathBuf::from(format!("{}.{what}", self.script.display()));
        std::fs::read_to_string(path).ok()
    }

    fn paged(&self) -> Option<String> {
        self.recorded("paged")
    }

    /// `iop-check ARGS…` in a terminal of `rows` rows, with this pager.
    fn pty(&self, args: &[&str], rows: u16) -> Pty {
        self.pty_env(args, rows, vec![("PAGER".into(), self.var())])
    }

    fn pty_env(&self, args: &[&str], rows: u16, env: Vec<(String, String)>) -> Pty {
        let opts = PtyOptions {
            rows,
            env,
            ..PtyOptions::default()
        };
        Pty::spawn_with(args, &self.data, opts)
    }
}

fn answers() -> String {
    fixture("answers/builtin-some.yaml").display().to_string()
}

fn checkin() -> String {
    fixture("checkin-v1.json").display().to_string()
}

/// The summary of the check-in fixture as a pipe gets it (80 columns, no
/// colour, as in the terminal of these tests).
fn piped_summary() -> String {
    let out = Run::new(["summary", &checkin()])
        .env("NO_COLOR", "1")
        .env("PAGER", "cat")
        .run();
    out.assert_code(0);
    out.stdout
}

fn finish(pty: &mut Pty) -> String {
    assert_eq!(pty.wait_exit(), Exit::Code(0), "{}", pty.text());
    pty.text()
}

#[test]
fn a_long_summary_goes_through_the_pager() {
    let whole = piped_summary();
    assert!(whole.lines().count() > 30, "the fixture's summary is long");

    let pager = Pager::recording();
    let mut pty = pager.pty(&["summary", &checkin()], 24);
    let screen = finish(&mut pty);
    // All of it, exactly as a pipe gets it, went to the pager, and none of
    // it straight to the terminal.
    assert_eq!(pager.paged().as_deref(), Some(whole.as_str()));
    let last_line = whole.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
    assert!(!screen.contains(last_line.trim()), "{screen}");
    // PAGER was split like shell words; LESS set as git sets it.
    assert_eq!(pager.recorded("args").as_deref(), Some("--from-test\n"));
    assert_eq!(pager.recorded("less").as_deref(), Some("FRX\n"));

    // A LESS of the person's own is left alone.
    let pager = Pager::recording();
    let env = vec![("PAGER".into(), pager.var()), ("LESS".into(), "-S".into())];
    finish(&mut pager.pty_env(&["summary", &checkin()], 24, env));
    assert_eq!(pager.recorded("less").as_deref(), Some("-S\n"));
    assert_eq!(pager.paged().as_deref(), Some(whole.as_str()));
}

#[test]
fn the_summary_at_the_end_of_a_run_goes_through_the_pager() {
    let pager = Pager::recording();
    let mut pty = pager.pty(&["run", "--answers", &answers(), "--no-save"], 24);
    finish(&mut pty);
    let paged = pager.paged().expect("the summary went through the pager");
    assert!(
        paged.contains("Thinking through an IOP suggestion"),
        "{paged}"
    );
    assert!(paged.lines().count() > 24, "{paged}");

    // IOP_CHECK_PAGER wins over PAGER, as GIT_PAGER does.
    let own = Pager::recording();
    let env = vec![
        ("PAGER".into(), "/nonexistent/pager".into()),
        ("IOP_CHECK_PAGER".into(), own.var()),
    ];
    finish(&mut own.pty_env(&["run", "--answers", &answers(), "--no-save"], 24, env));
    assert!(own.paged().is_some(), "IOP_CHECK_PAGER was used");
}

#[test]
fn a_summary_that_fits_the_screen_is_printed_directly() {
    let whole = piped_summary();
    let rows = u16::try_from(whole.lines().count() + 10).expect("rows");
    let pager = Pager::recording();
    let mut pty = pager.pty(&["summary", &checkin()], rows);
    let screen = finish(&mut pty);
    assert_eq!(pager.paged(), None, "no pager for a summary that fits");
    let last_line = whole.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
    assert!(screen.contains(last_line.trim()), "{screen}");
}

#[test]
fn piped_output_never_goes_through_the_pager() {
    let pager = Pager::recording();
    let out = Run::new(["summary", &checkin()])
        .env("PAGER", pager.var())
        .env("NO_COLOR", "1")
        .run();
    out.assert_code(0);
    assert_eq!(pager.paged(), None);
    assert_eq!(out.stdout, piped_summary());

    let out = Run::new(["run", "--answers", &answers(), "--no-save"])
        .env("PAGER", pager.var())
        .run();
    out.assert_code(0);
    assert_eq!(pager.paged(), None);
    assert!(out.stdout.contains("Thinking through an IOP suggestion"));
}

#[test]
fn output_to_a_file_never_goes_through_the_pager() {
    let pager = Pager::recording();
    let file = pager.data.with_file_name("summary.txt");
    let file_arg = file.display().to_string();
    let mut pty = pager.pty(&["summary", &checkin(), "-o", &file_arg], 24);
    finish(&mut pty);
    assert_eq!(pager.paged(), None);
    assert_eq!(
        std::fs::read_to_string(&file).expect("the file"),
        piped_summary()
    );

    std::fs::remove_file(&file).expect("remove");
    let mut pty = pager.pty(
        &["run", "--answers", &answers(), "--no-save", "-o", &file_arg],
        24,
    );
    let screen = finish(&mut pty);
    assert_eq!(pager.paged(), None);
    assert!(screen.contains("Summary written to"), "{screen}");
    assert!(file.exists());
}

#[test]
fn a_pager_quit_early_is_not_an_error() {
    // The pager reads one line and quits, as after `q`.
    let pager = Pager::new("head -n 1 > \"$0.paged\"");
    let mut pty = pager.pty(&["summary", &checkin()], 24);
    let screen = finish(&mut pty);
    assert_eq!(pager.paged().map(|p| p.lines().count()), Some(1));
    let lower = screen.to_lowercase();
    assert!(!lower.contains("error"), "{screen}");
    assert!(!lower.contains("broken pipe"), "{screen}");
}

#[test]
fn a_pager_that_cannot_start_leaves_the_summary_on_screen() {
    let whole = piped_summary();
    let last_line = whole.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
    for pager_var in ["/nonexistent/pager -R", "''"] {
        let pager = Pager::recording();
        let env = vec![("PAGER".into(), pager_var.to_string())];
        let mut pty = pager.pty_env(&["summary", &checkin()], 24, env);
        let screen = finish(&mut pty);
        assert!(screen.contains(last_line.trim()), "{pager_var}: {screen}");
    }
}

#[test]
fn without_a_pager_variable_less_is_used_as_git_uses_it() {
    let whole = piped_summary();
    let pager = Pager::recording();
    let opts = PtyOptions {
        rows: 24,
        env: vec![("PATH".into(), pager.path())],
        env_remove: vec!["PAGER".into(), "IOP_CHECK_PAGER".into(), "LESS".into()],
        ..PtyOptions::default()
    };
    let mut pty = Pty::spawn_with(&["summary", &checkin()], &pager.data, opts);
    finish(&mut pty);
    assert_eq!(
        pager.less_recorded("paged").as_deref(),
        Some(whole.as_str())
    );
    assert_eq!(pager.less_recorded("args").as_deref(), Some("-R\n"));
    assert_eq!(pager.less_recorded("less").as_deref(), Some("FRX\n"));
}

#[test]
fn an_empty_pager_or_cat_means_no_pager() {
    let whole = piped_summary();
    let last_line = whole.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
    for value in ["", "cat"] {
        let pager = Pager::recording();
        let env = vec![
            ("PAGER".into(), value.to_string()),
            ("PATH".into(), pager.path()),
        ];
        let mut pty = pager.pty_env(&["summary", &checkin()], 24, env);
        let screen = finish(&mut pty);
        assert_eq!(pager.less_recorded("paged"), None, "PAGER={value:?}");
        assert!(
            screen.contains(last_line.trim()),
            "PAGER={value:?}: {screen}"
        );
    }
}
