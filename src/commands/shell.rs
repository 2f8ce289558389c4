//! `completions` and `man`: what a well-behaved command-line tool installs.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::{Error, Result};

pub fn completions(shell: clap_complete::Shell) -> Result<()> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "iop-check", &mut out);
    let mut script = String::from_utf8_lossy(&out).into_owned();
    if shell == clap_complete::Shell::Bash {
        script = fix_bash(&script);
    }
    crate::output::stdout(&script)
}

/// Works around a clap_complete bug (4.6): for a name with a dash, the bash
/// script sets `cmd` to `iop__check__subcmd__summary` after a subcommand, but
/// names the case that completes it `iop__subcmd__check__subcmd__summary`,
/// so nothing after a subcommand was completed (`iop-check summary --format
/// <TAB>` listed files). One spelling is made the other. tests/it/cli.rs checks
/// the result in a real bash, so a fixed clap_complete shows up there.
fn fix_bash(script: &str) -> String {
    script.replace("iop__subcmd__check", "iop__check")
}

/// The man page: the main command, then a section for each subcommand.
pub fn man() -> Result<()> {
    let cmd = Cli::command();
    let fail = |e: std::io::Error| Error::io("write", "the manual page", e);
    let mut out = Vec::new();
    let root = clap_mangen::Man::new(cmd.clone())
        .date(env!("IOP_BUILD_DATE"))
        .manual("iop-check manual");
    root.render_title(&mut out).map_err(fail)?;
    root.render_name_section(&mut out).map_err(fail)?;
    root.render_synopsis_section(&mut out).map_err(fail)?;
    root.render_description_section(&mut out).map_err(fail)?;
    root.render_options_section(&mut out).map_err(fail)?;
    root.render_subcommands_section(&mut out).map_err(fail)?;
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("iop-check {}", sub.get_name());
        let page = clap_mangen::Man::new(sub.clone().bin_name(name.clone()));
        out.extend_from_slice(format!(".SH \"{}\"\n", name.to_uppercase()).as_bytes());
        let mut part = Vec::new();
        page.render_synopsis_section(&mut part).map_err(fail)?;
        page.render_description_section(&mut part).map_err(fail)?;
        page.render_options_section(&mut part).map_err(fail)?;
        page.render_extra_section(&mut part).map_err(fail)?;
        // Subsections under the command's own heading.
        out.extend_from_slice(
            String::from_utf8_lossy(&part)
                .replace(".SH ", ".SS ")
                .as_bytes(),
        );
    }
    root.render_extra_section(&mut out).map_err(fail)?;
    root.render_version_section(&mut out).map_err(fail)?;
    out.extend_from_slice(exit_status().as_bytes());
    out.extend_from_slice(FILES.as_bytes());
    out.extend_from_slice(ENVIRONMENT.as_bytes());
    out.extend_from_slice(SEE_ALSO.as_bytes());
    crate::output::stdout(&examples_unfilled(&String::from_utf8_lossy(&out)))
}

/// The page left-aligned (no stretched spaces), with each run of indented
/// lines (the examples in every command's notes) kept as typed, one per
/// line, so they can be copied as they are.
fn examples_unfilled(roff: &str) -> String {
    let mut out = String::with_capacity(roff.len() + 256);
    let mut in_block = false;
    for line in roff.lines() {
        let example = line.starts_with("  ") && !line.trim().is_empty();
        if example && !in_block {
            out.push_str(".nf\n");
            in_block = true;
        } else if !example && in_block {
            out.push_str(".fi\n");
            in_block = false;
        }
        out.push_str(line);
        out.push('\n');
        if line.starts_with(".TH ") {
            out.push_str(".ad l\n");
        }
    }
    if in_block {
        out.push_str(".fi\n");
    }
    out
}

/// The EXIT STATUS section, from the one table of exit codes.
fn exit_status() -> String {
    let mut roff = String::from(".SH \"EXIT STATUS\"\n");
    for (code, meaning) in crate::error::EXIT_CODES {
        let meaning = meaning.replace('`', "").replace('-', "\\-");
        roff.push_str(&format!(".TP\n{code}\n{meaning}\n"));
    }
    roff
}

const FILES: &str = r#".SH FILES
.TP
$XDG_DATA_HOME/iop\-check/draft.json
answers given so far (0600)
.TP
$XDG_DATA_HOME/iop\-check/checkins/
kept check\-ins (0700 folder, 0600 files)
.TP
$XDG_DATA_HOME/iop\-check/lock
held by the iop\-check that is open on the folder, so that only one at a time changes it
"#;

const ENVIRONMENT: &str = r#".SH ENVIRONMENT
.TP
IOP_CHECK_DATA_DIR
the data folder, as \-\-data\-dir (empty counts as not set)
.TP
XDG_DATA_HOME
where the data folder is by default ($XDG_DATA_HOME/iop\-check)
.TP
IOP_CHECK_PAGER, PAGER
on a terminal, a summary (or history) longer than the screen opens in this
pager; IOP_CHECK_PAGER wins over PAGER. The value is split into words as a
shell would. Empty, or cat, means no pager. With neither set: less \-R. Never
used when the output is piped or goes to a file (\-o FILE). If the pager
cannot be started, the text is printed directly.
.TP
LESS
set to FRX for the pager when it is not set (as git does): less quits when
the text fits on one screen, keeps colours, and leaves the text on screen
.TP
NO_COLOR, CLICOLOR, CLICOLOR_FORCE
NO_COLOR (not empty) turns colour off; CLICOLOR=0 too; CLICOLOR_FORCE turns
it on even when not on a terminal
.TP
TERM
TERM=dumb asks in plain mode, as \-\-plain
.TP
LC_ALL, LC_CTYPE, LANG
a locale that is not UTF\-8 gets plain ASCII markers (> and [x])
.TP
LC_ALL, LC_MESSAGES, LANG
the language, when \-\-lang is not given: the first of them that is set and
not empty; a Spanish locale (es, es_US.UTF\-8, \&...) means Spanish, any other
English. A paused run goes on in the language it began in.
"#;

const SEE_ALSO: &str = r#".SH "SEE ALSO"
docs/content.md in the project: how the question bank's content was made and
from which sources, who it is for and not for, how it is kept up to date,
funding (none), that no clinician has reviewed it yet, and how to report a
wrong fact. questions/README.md: the question bank format.
"#;
