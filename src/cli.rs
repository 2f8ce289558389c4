//! The command line, as clap definitions. Nothing here does any work.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::summary::Format;

const ABOUT: &str = "Think through a therapist's suggestion of an Intensive Outpatient Program (IOP), \
and bring a clear summary to your next session.";

/// `--version`: the program's version and the built-in bank's id and version.
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (built-in bank ",
    env!("IOP_BANK_ID"),
    " ",
    env!("IOP_BANK_VERSION"),
    ")"
);

const AFTER_HELP: &str = "\
Examples:
  iop-check                      Answer the questions in this terminal
  iop-check --plain              One question per line, for screen readers
  iop-check --resume             Pick up where you left off
  iop-check crisis               Show crisis resources right away
  iop-check validate my-bank.yaml

If you are in crisis right now, call or text 988 (US) or your local emergency number.";

#[derive(Debug, Parser)]
#[command(name = "iop-check", version = VERSION, about = ABOUT, after_help = AFTER_HELP, args_conflicts_with_subcommands = true)]
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
Keys: on choice questions, arrows move, Enter chooses and Esc goes back. On text and \
number questions, an empty line skips, < goes back and ? shows help. Every question has \
Skip and Help (with crisis resources).

Your answers are saved after each one, so Ctrl-C or a closed window loses nothing; \
run `iop-check --resume` to go on.

In plain mode, s, b, q and ? are commands on every question; on a text question, type \\s \
(a backslash first) to answer just \"s\".

Examples:
  iop-check run
  iop-check run --plain < my-answers.txt
  iop-check run --answers answers.yaml
  iop-check run --answers answers.yaml --keep
  iop-check run --answers response.fhir.json
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
    /// Show a kept check-in again, in any format (the latest by default).
    #[command(after_help = "\
Examples:
  iop-check summary
  iop-check summary --format html --output for-my-therapist.html
  iop-check summary 20261127-142501 --format markdown
  iop-check summary --format json | jq .sections
  iop-check summary --format fhir > response.fhir.json
  iop-check summary --draft")]
    Summary {
        /// A check-in id from `iop-check history`, or a check-in JSON file.
        #[arg(value_name = "ID|FILE", conflicts_with = "draft")]
        target: Option<String>,
        /// Show the unfinished draft instead (FHIR status "in-progress").
        #[arg(long)]
        draft: bool,
        /// The question bank the answers came from (for --format fhir and --draft;
        /// default: the built-in one).
        #[arg(long, value_name = "FILE")]
        bank: Option<PathBuf>,
        /// The format (default: text).
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<Format>,
        /// Write to this file (created private, 0600) instead of the screen.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Add every answer, in the order they were asked.
        #[arg(long)]
        all_answers: bool,
        #[command(flatten)]
        data: DataArgs,
    },
    /// List kept check-ins, with their scores and what changed.
    #[command(after_help = "Example:\n  iop-check history")]
    History {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Delete kept check-ins (and, with --all, any saved draft and your programs).
    #[command(after_help = "\
Asks before deleting, unless you add --yes.

Examples:
  iop-check forget 20261127-142501
  iop-check forget --all")]
    Forget {
        /// The check-in to delete (see `iop-check history`).
        #[arg(
            value_name = "ID",
            required_unless_present = "all",
            conflicts_with = "all"
        )]
        id: Option<String>,
        /// Delete every kept check-in, any saved draft and your programs.
        #[arg(long)]
        all: bool,
        /// Do not ask for confirmation.
        #[arg(long, short)]
        yes: bool,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Keep notes on IOP programs you are looking at, and compare them.
    #[command(after_help = "\
Each program gets a short worksheet: schedule, care, insurance, travel. Any answer can \
be \"I don't know yet\"; it becomes a question to ask. Costs and hours are estimates.

Examples:
  iop-check programs add
  iop-check programs list
  iop-check programs compare
  iop-check programs compare 1 3 --format html -o programs.html
  iop-check programs edit 2
  iop-check programs remove 2")]
    Programs {
        #[command(subcommand)]
        command: ProgramsCommand,
    },
    /// Write the question bank in another format (FHIR R4 Questionnaire).
    #[command(
        name = "export-bank",
        after_help = "\
Examples:
  iop-check export-bank --format fhir > iop-decision.questionnaire.json
  iop-check export-bank --format fhir --bank clinic-bank.yaml -o clinic.json

See docs/fhir.md for how to load the file into a FHIR server or form filler."
    )]
    ExportBank {
        /// The format.
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: BankFormat,
        /// Use this question bank instead of the built-in one.
        #[arg(long, value_name = "FILE")]
        bank: Option<PathBuf>,
        /// Write to this file instead of the screen.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Print shell completions (bash, zsh, fish, elvish, powershell).
    #[command(after_help = "\
Examples:
  source <(iop-check completions bash)        # this shell only
  iop-check completions bash > ~/.local/share/bash-completion/completions/iop-check
  iop-check completions zsh > \"${fpath[1]}/_iop-check\"
  iop-check completions fish > ~/.config/fish/completions/iop-check.fish")]
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), including every command.
    #[command(after_help = "\
Examples:
  iop-check man | man -l -
  iop-check man > ~/.local/share/man/man1/iop-check.1")]
    Man,
    /// Print an answers file to fill in, for `run --answers`.
    #[command(after_help = "\
Every question is listed in order, with its kind and its choices as comments and its \
answer left empty. An empty answer is not answered (nothing is said for you); `skip` \
says you chose to skip. A file with no answers at all is refused (exit code 4).

Example:
  iop-check template > answers.yaml
  iop-check run --answers answers.yaml")]
    Template {
        /// Use this question bank instead of the built-in one.
        #[arg(long, value_name = "FILE")]
        bank: Option<PathBuf>,
    },
}

/// `iop-check programs …`.
#[derive(Debug, Subcommand)]
pub enum ProgramsCommand {
    /// Add a program: answer a short worksheet about it.
    #[command(after_help = "\
Examples:
  iop-check programs add
  iop-check programs add --plain
  iop-check programs template > program.yaml
  iop-check programs add --answers program.yaml")]
    Add(WorksheetArgs),
    /// Change what you wrote about a program (by number or name).
    #[command(after_help = "\
Shows your answers; choose any to change. With --answers, the answers in the file \
replace those you gave before.

Examples:
  iop-check programs edit 2
  iop-check programs edit \"Riverside IOP\" --answers more.yaml")]
    Edit {
        /// The program's number (see `iop-check programs list`) or name.
        #[arg(value_name = "PROGRAM")]
        program: String,
        #[command(flatten)]
        args: WorksheetArgs,
    },
    /// List your programs.
    #[command(after_help = "Example:\n  iop-check programs list")]
    List {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Compare 1 to 4 programs side by side, with cost and time estimates.
    #[command(after_help = "\
With no PROGRAM, compares all of them (up to 4). Marks show what fits what you said in \
your latest check-in: in person or online, and the hours you could free.

Examples:
  iop-check programs compare
  iop-check programs compare 1 3 --plain
  iop-check programs compare --format markdown > programs.md
  iop-check programs compare --format html -o programs.html
  iop-check programs compare --format json | jq .programs")]
    Compare {
        /// Programs to compare, by number or name (default: all, up to 4).
        #[arg(value_name = "PROGRAM")]
        programs: Vec<String>,
        /// The format (default: text).
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<crate::programs::render::CompareFormat>,
        /// Write to this file (created private, 0600) instead of the screen.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Plain text: one program after another, no table.
        #[arg(long)]
        plain: bool,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Delete a program (by number or name).
    #[command(after_help = "\
Asks before deleting, unless you add --yes.

Example:
  iop-check programs remove 2")]
    Remove {
        /// The program's number (see `iop-check programs list`) or name.
        #[arg(value_name = "PROGRAM")]
        program: String,
        /// Do not ask for confirmation.
        #[arg(long, short)]
        yes: bool,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Print a worksheet answers file to fill in, for `programs add --answers`.
    #[command(after_help = "\
Example:
  iop-check programs template > program.yaml
  iop-check programs add --answers program.yaml")]
    Template,
}

/// Options for answering the programs worksheet.
#[derive(Debug, Args, Default, Clone)]
pub struct WorksheetArgs {
    /// Plain mode: no colour or cursor movement, numbered options, one line per answer.
    #[arg(long)]
    pub plain: bool,
    /// Answer from a YAML or JSON file instead of asking (see `iop-check programs template`).
    #[arg(long, value_name = "FILE", conflicts_with = "plain")]
    pub answers: Option<PathBuf>,
    /// Keep nothing on disk: the program is shown, not kept.
    #[arg(long)]
    pub no_save: bool,
    #[command(flatten)]
    pub data: DataArgs,
}

/// Formats a bank can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BankFormat {
    /// An HL7 FHIR R4 Questionnaire (JSON).
    Fhir,
}

/// Options for answering the questions.
#[derive(Debug, Args, Default, Clone)]
pub struct RunArgs {
    /// Use this question bank instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    pub bank: Option<PathBuf>,

    /// Plain mode: no colour or cursor movement, numbered options, one line per answer.
    /// For screen readers and for input from a pipe.
    #[arg(long)]
    pub plain: bool,

    /// Answer from a file instead of asking: YAML or JSON (see `iop-check template`),
    /// or a FHIR R4 QuestionnaireResponse for the bank.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["plain", "resume", "fresh"])]
    pub answers: Option<PathBuf>,

    /// With --answers: keep the check-in, so that `iop-check history` can compare
    /// it next time (an answers run keeps nothing otherwise).
    #[arg(long, requires = "answers", conflicts_with = "no_save")]
    pub keep: bool,

    /// The short path: about 15 core questions, for when you are tired or short of time.
    #[arg(long, conflicts_with = "answers")]
    pub quick: bool,

    /// Pick up a saved draft without asking.
    #[arg(long, conflicts_with = "fresh")]
    pub resume: bool,

    /// Start over without asking, deleting any saved draft.
    #[arg(long)]
    pub fresh: bool,

    /// Keep nothing on disk: no draft, no saved check-in.
    #[arg(long, conflicts_with = "resume")]
    pub no_save: bool,

    /// Keep drafts and check-ins in this folder
    /// (default: $XDG_DATA_HOME/iop-check, or your platform's data folder).
    #[arg(long, value_name = "DIR", env = "IOP_CHECK_DATA_DIR")]
    pub data_dir: Option<PathBuf>,

    /// The summary's format (default: text).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// Write the summary to this file (created private, 0600) instead of the screen.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Add every answer to the summary, in the order they were asked.
    #[arg(long)]
    pub all_answers: bool,
}

/// Where kept check-ins and drafts live.
#[derive(Debug, Args, Default, Clone)]
pub struct DataArgs {
    /// The data folder (default: $XDG_DATA_HOME/iop-check, or your platform's data folder).
    #[arg(long, value_name = "DIR", env = "IOP_CHECK_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
}
