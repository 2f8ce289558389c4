//! The command line, as clap definitions. Nothing here does any work.

use crate::i18n::Said;
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

On a terminal, a summary longer than the screen opens in a pager: $IOP_CHECK_PAGER
or $PAGER, else `less -R` (PAGER=cat turns it off). `iop-check man` lists every
environment variable. How the questions were written, and from which sources:
docs/content.md.

If you are in crisis right now, call or text 988 (US) or your local emergency number.";

#[derive(Debug, Parser)]
#[command(name = "iop-check", version = VERSION, about = ABOUT, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// With no command, iop-check runs the questions (`iop-check run`).
    #[command(flatten)]
    pub run: RunArgs,
    /// Accepted before or after any command.
    #[command(flatten)]
    pub global: GlobalArgs,
}

/// Options every command takes, before or after its name
/// (`iop-check --data-dir X summary` and `iop-check summary --data-dir X`).
/// [`Cli::settle`] copies them into the command's own arguments.
#[derive(Debug, Args, Default, Clone)]
pub struct GlobalArgs {
    /// Plain mode: no colour or cursor movement, numbered options, one line per answer.
    /// For screen readers and for input from a pipe.
    #[arg(long, global = true)]
    pub plain: bool,

    /// Keep nothing on disk: no draft, no saved check-in, no program.
    #[arg(long, global = true)]
    pub no_save: bool,

    /// Keep drafts, check-ins and programs in this folder
    /// (default: $XDG_DATA_HOME/iop-check, or your platform's data folder).
    #[arg(long, value_name = "DIR", env = "IOP_CHECK_DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// The language of the questions and screens: en (English) or es
    /// (español). Default: from LC_ALL, LC_MESSAGES or LANG, else English;
    /// a paused run goes on in the language it began in.
    #[arg(long, value_enum, value_name = "LANG", global = true)]
    pub lang: Option<crate::i18n::Lang>,
}

impl Cli {
    /// Whether the command writes its result to standard output (rather
    /// than to an `--output` file, or only to stderr), so that a closed
    /// stdout is said before any work whose result would be lost.
    pub fn writes_stdout(&self) -> bool {
        match &self.command {
            None => self.run.output.is_none(),
            Some(Command::Run(args)) => args.output.is_none(),
            Some(Command::Summary { output, .. })
            | Some(Command::History { output, .. })
            | Some(Command::ExportBank { output, .. }) => output.is_none(),
            Some(Command::Programs { command }) => match command {
                // A worksheet says what it kept on stderr; with --no-save
                // it shows the program on stdout instead.
                ProgramsCommand::Add(args) | ProgramsCommand::Edit { args, .. } => args.no_save,
                ProgramsCommand::Compare { output, .. } => output.is_none(),
                _ => true,
            },
            Some(Command::Progress(p)) => match &p.command {
                None => p.run.output.is_none(),
                Some(
                    ProgressCommand::History { output, .. }
                    | ProgressCommand::Summary { output, .. },
                ) => output.is_none(),
                Some(ProgressCommand::Template) => true,
            },
            Some(_) => true,
        }
    }

    /// Copies the options given before or after any command into that
    /// command's arguments, so each command reads them in one place. The
    /// options of answering the questions (`--quick`, `--bank`, …) belong
    /// to `run` or to no command at all: with another command they are a
    /// usage error, not silently ignored.
    /// A mistake is said in the person's language (a [`Said`]), unlike
    /// clap's own, which are English.
    pub fn settle(mut self) -> Result<Cli, Said> {
        if let Some(c) = &self.command {
            if self.run != RunArgs::default() {
                return Err(Said::new("usage-run-options").arg("command", c.name()));
            }
        }
        let g = self.global.clone();
        let data = |d: &mut DataArgs| {
            if g.data_dir.is_some() {
                d.data_dir = g.data_dir.clone();
            }
        };
        // Pairs that cannot go together, now that both are known.
        let clash = |plain: bool, answers: bool, resume: bool| -> Result<(), Said> {
            if plain && answers {
                return Err(Said::new("usage-plain-answers"));
            }
            if g.no_save && resume {
                return Err(Said::new("usage-resume-no-save"));
            }
            Ok(())
        };
        if g.no_save && (self.run.keep || matches!(&self.command, Some(Command::Run(r)) if r.keep))
        {
            return Err(Said::new("usage-keep-no-save"));
        }
        let run = |r: &mut RunArgs| {
            r.plain |= g.plain;
            r.no_save |= g.no_save;
            if g.data_dir.is_some() {
                r.data_dir = g.data_dir.clone();
            }
            clash(r.plain, r.answers.is_some(), r.resume)
        };
        run(&mut self.run)?;
        match &mut self.command {
            Some(Command::Run(r)) => run(r)?,
            Some(
                Command::Summary { data: d, .. }
                | Command::History { data: d, .. }
                | Command::Forget { data: d, .. },
            ) => data(d),
            Some(Command::Programs { command }) => match command {
                ProgramsCommand::Add(w) | ProgramsCommand::Edit { args: w, .. } => {
                    w.plain |= g.plain;
                    w.no_save |= g.no_save;
                    data(&mut w.data);
                    clash(w.plain, w.answers.is_some(), false)?;
                }
                ProgramsCommand::List { data: d } | ProgramsCommand::Remove { data: d, .. } => {
                    data(d)
                }
                ProgramsCommand::Compare { plain, data: d, .. } => {
                    *plain |= g.plain;
                    data(d);
                }
                ProgramsCommand::Template => {}
            },
            Some(Command::Progress(p)) => {
                let r = &mut p.run;
                r.plain |= g.plain;
                r.no_save |= g.no_save;
                data(&mut r.data);
                clash(r.plain, r.answers.is_some(), false)?;
                if r.no_save && r.keep {
                    return Err(Said::new("usage-keep-weekly-no-save"));
                }
                match &mut p.command {
                    Some(
                        ProgressCommand::History { data: d, .. }
                        | ProgressCommand::Summary { data: d, .. },
                    ) => data(d),
                    Some(ProgressCommand::Template) | None => {}
                }
            }
            _ => {}
        }
        Ok(self)
    }
}

impl Command {
    /// The command's name, as typed.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Run(_) => "run",
            Command::Validate { .. } => "validate",
            Command::Crisis { .. } => "crisis",
            Command::Summary { .. } => "summary",
            Command::History { .. } => "history",
            Command::Forget { .. } => "forget",
            Command::Programs { .. } => "programs",
            Command::Progress(_) => "progress",
            Command::ExportBank { .. } => "export-bank",
            Command::Completions { .. } => "completions",
            Command::Man => "man",
            Command::Template { .. } => "template",
        }
    }
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
    /// A weekly check-in during care: how the week went, your goals, how the care fits.
    #[command(after_help = "\
About four minutes once a week, whatever care you are in (weekly therapy, an IOP, a PHP \
or something else). Safety questions come first every time. Your goals from your last \
check-in are asked back by name. Keep the weeks to see trends (`progress history`) and \
to make a one-page summary for your care team (`progress summary`).

Examples:
  iop-check progress
  iop-check progress --quick
  iop-check progress --plain
  iop-check progress template > week.yaml
  iop-check progress --answers week.yaml --keep
  iop-check progress history
  iop-check progress history --format html -o progress.html
  iop-check progress summary --format html -o for-my-care-team.html")]
    Progress(ProgressArgs),
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
        /// The summary's language: the same answers with the questions in
        /// English or Spanish (default: the bank's, English for the built-in
        /// bank). Notes are kept as written.
        #[arg(long, value_enum, value_name = "LANG")]
        summary_lang: Option<crate::summary::Lang>,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Where you stood at each kept check-in: stage, leaning, gut feeling, readiness.
    #[command(after_help = "\
One row per kept check-in: where you were in deciding, which way you leaned, your gut \
feeling, and how many readiness questions you were sure about. No scores. The HTML page \
adds a chart that prints well.

Examples:
  iop-check history
  iop-check history --format html -o history.html
  iop-check history --format markdown > history.md
  iop-check history --format json | jq '.checkins[].leaning'")]
    History {
        /// The format (default: text).
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<crate::summary::history::HistoryFormat>,
        /// Write to this file (created private, 0600) instead of the screen.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
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
        /// Plain text, one program after another, no table: the global --plain.
        #[arg(skip)]
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
    /// The global --plain.
    #[arg(skip)]
    pub plain: bool,
    /// Answer from a YAML or JSON file instead of asking (see `iop-check programs template`).
    #[arg(long, value_name = "FILE")]
    pub answers: Option<PathBuf>,
    /// The global --no-save: the program is shown, not kept.
    #[arg(skip)]
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
#[derive(Debug, Args, Default, Clone, PartialEq)]
pub struct RunArgs {
    /// Use this question bank instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    pub bank: Option<PathBuf>,

    /// The global --plain.
    #[arg(skip)]
    pub plain: bool,

    /// Answer from a file instead of asking: YAML or JSON (see `iop-check template`),
    /// or a FHIR R4 QuestionnaireResponse for the bank.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["resume", "fresh"])]
    pub answers: Option<PathBuf>,

    /// With --answers: keep the check-in, so that `iop-check history` can compare
    /// it next time (an answers run keeps nothing otherwise).
    #[arg(long, requires = "answers")]
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

    /// The global --no-save.
    #[arg(skip)]
    pub no_save: bool,

    /// The global --data-dir.
    #[arg(skip)]
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

    /// The summary's language, for the person who reads it: the same answers
    /// with the questions in English or Spanish (default: the bank's, English
    /// for the built-in bank). Notes you wrote are kept as you wrote them.
    #[arg(long, value_enum, value_name = "LANG")]
    pub summary_lang: Option<crate::summary::Lang>,
}

/// Where kept check-ins and drafts live.
#[derive(Debug, Args, Default, Clone)]
pub struct DataArgs {
    /// The global --data-dir.
    #[arg(skip)]
    pub data_dir: Option<PathBuf>,
}

/// `iop-check progress`: a weekly check-in, or one of its subcommands.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ProgressArgs {
    #[command(subcommand)]
    pub command: Option<ProgressCommand>,
    #[command(flatten)]
    pub run: ProgressRunArgs,
}

#[derive(Debug, Subcommand)]
pub enum ProgressCommand {
    /// Print an answers file for this week's check-in, to fill in.
    Template,
    /// Every kept week: a table with a trend per measure, or a chart to print.
    #[command(after_help = "\
Examples:
  iop-check progress history
  iop-check progress history --format html -o progress.html
  iop-check progress history --format json | jq '.weeks[].values'
  iop-check progress history --format fhir > weeks.fhir.json")]
    History {
        /// The format (default: text).
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<crate::progress::trend::TrendFormat>,
        /// Write to this file (created private, 0600) instead of the screen.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        data: DataArgs,
    },
    /// One page for your care team, from the weeks you kept.
    #[command(after_help = "\
Examples:
  iop-check progress summary
  iop-check progress summary --format html -o for-my-care-team.html
  iop-check progress summary --format json")]
    Summary {
        /// The format (default: text; not fhir: use `progress history --format fhir`).
        #[arg(long, value_enum, value_name = "FORMAT")]
        format: Option<Format>,
        /// Write to this file (created private, 0600) instead of the screen.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        data: DataArgs,
    },
}

/// Options for answering the weekly check-in.
#[derive(Debug, Args, Default, Clone)]
pub struct ProgressRunArgs {
    /// The global --plain.
    #[arg(skip)]
    pub plain: bool,
    /// The global --no-save.
    #[arg(skip)]
    pub no_save: bool,
    /// Ask only the core questions (safety first, as always): about two minutes.
    #[arg(long)]
    pub quick: bool,
    /// Start over: delete the unfinished weekly check-in, if there is one.
    #[arg(long)]
    pub fresh: bool,
    /// Answer from a YAML or JSON file instead of asking (see `iop-check progress template`).
    #[arg(long, value_name = "FILE", conflicts_with = "fresh")]
    pub answers: Option<PathBuf>,
    /// With --answers: keep the week (an answers run keeps nothing otherwise).
    #[arg(long, requires = "answers")]
    pub keep: bool,
    /// The format of the summary for your care team shown at the end (default: text;
    /// fhir: this week as a FHIR QuestionnaireResponse).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
    /// Write that summary to this file (created private, 0600) instead of the screen.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub data: DataArgs,
}
