//! The command line, as clap definitions. Nothing here does any work.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

const ABOUT: &str = "Think through a therapist's suggestion of an Intensive Outpatient Program (IOP), \
and bring a clear summary to your next session.";

const AFTER_HELP: &str = "\
Examples:
  iop-check                      Answer the questions in this terminal
  iop-check --plain              One question per line, for screen readers
  iop-check crisis               Show crisis resources right away
  iop-check validate my-bank.yaml

If you are in crisis right now, call or text 988 (US) or your local emergency number.";

#[derive(Debug, Parser)]
#[command(name = "iop-check", version, about = ABOUT, after_help = AFTER_HELP, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// With no command, iop-check runs the questions (`iop-check run`).
    #[command(flatten)]
    pub run: RunArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Answer the questions and get a summary (the default).
    #[command(after_help = "\
Examples:
  iop-check run
  iop-check run --plain < my-answers.txt
  iop-check run --answers answers.yaml
  iop-check run --bank clinic-bank.yaml")]
    Run(RunArgs),
    /// Check question bank files and list every problem found.
    #[command(after_help = "\
With no FILE, checks the built-in bank. Exits 0 when every file is valid, 3 otherwise.

Examples:
  iop-check validate
  iop-check validate questions/*.yaml")]
    Validate {
        /// Bank files to check (default: the built-in bank).
        files: Vec<PathBuf>,
    },
    /// Show crisis resources right away.
    #[command(after_help = "Example:\n  iop-check crisis")]
    Crisis {
        /// Show the crisis resources of this bank instead of the built-in one.
        #[arg(long, value_name = "FILE")]
        bank: Option<PathBuf>,
    },
}

/// Options for answering the questions.
#[derive(Debug, Args, Default, Clone)]
pub struct RunArgs {
    /// Use this question bank instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    pub bank: Option<PathBuf>,
}
