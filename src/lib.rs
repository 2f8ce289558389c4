//! iop-check: think through a therapist's suggestion of an Intensive
//! Outpatient Program and bring a clear summary to your next session.
//!
//! The flow runs one way: a YAML [`bank`] is loaded and checked, the engine
//! asks its questions through a prompter, and the answers are scored and
//! rendered. [`main`] is the whole program; `main.rs` only calls it.

// File modes, advisory locks, signals and the terminal are used the Unix
// way throughout (std::os::unix, libc); say so at once elsewhere.
#[cfg(not(unix))]
compile_error!("iop-check runs on Unix-like systems only (Linux, macOS, the BSDs).");

pub mod answers;
pub mod bank;
pub mod bidi;
pub mod cli;
pub mod commands;
pub mod crisis;
pub mod engine;
pub mod error;
pub mod fhir;
pub mod files;
pub mod i18n;
pub mod output;
pub mod pager;
pub mod problem;
pub mod programs;
pub mod progress;
pub mod prompt;
pub mod score;
pub mod session;
pub mod signals;
pub mod size;
pub mod store;
pub mod style;
pub mod summary;
pub mod text;
pub mod yaml;

use std::process::ExitCode;

use clap::Parser;

/// Runs iop-check with the process's arguments and returns its exit code.
/// Every error is rendered here, in one place. `stdout_closed`: the process
/// began with its stdout closed (as with `iop-check summary >&-`); the
/// Rust runtime then quietly puts /dev/null there, so a result would be
/// lost without a word (`main.rs` looks before the runtime does).
pub fn main(stdout_closed: bool) -> ExitCode {
    if std::env::var_os("IOP_CHECK_DATA_DIR").is_some_and(|v| v.is_empty()) {
        // An empty IOP_CHECK_DATA_DIR (as `IOP_CHECK_DATA_DIR= iop-check`
        // leaves it) means "not set", as for most variables, not a usage
        // error. SAFETY: no other thread runs yet.
        unsafe { std::env::remove_var("IOP_CHECK_DATA_DIR") };
    }
    if std::env::var_os("NO_COLOR").is_some_and(|v| v.is_empty()) {
        // https://no-color.org: only a NO_COLOR that is set and not empty
        // turns colour off. clap (help and errors) reads it that way; the
        // console crate (questions and summary) would take an empty one as
        // set, so it is removed here and every output follows one rule.
        // SAFETY: no other thread runs yet.
        unsafe { std::env::remove_var("NO_COLOR") };
    }
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help and version to stdout, mistakes to stderr.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                error::exit::USAGE
            } else {
                error::exit::OK
            });
        }
    };
    // The language of everything said from here on; a command that learns
    // it is another (a paused run's draft, a bank in another language)
    // changes it, so that its errors are said in the language of its screens.
    let mut lang = i18n::from_env(cli.global.lang);
    let cli = match cli.settle() {
        Ok(cli) => cli,
        Err(said) => {
            let e = error::Error::Cannot(said);
            output::stderr(&e.render(&i18n::Messages::new(lang)));
            return ExitCode::from(e.exit_code());
        }
    };
    if stdout_closed && cli.writes_stdout() {
        let e = error::Error::StdoutClosed;
        output::stderr(&e.render(&i18n::Messages::new(lang)));
        return ExitCode::from(e.exit_code());
    }
    match commands::dispatch(cli, &mut lang) {
        Ok(()) => ExitCode::from(error::exit::OK),
        Err(e) => {
            output::stderr(&e.render(&i18n::Messages::new(lang)));
            ExitCode::from(e.exit_code())
        }
    }
}
