//! Long output on a terminal opens in a pager, as git and gh do.
//!
//! A summary is often longer than the screen, and a person who is tired or
//! anxious should not have to scroll back to find its start. So when stdout
//! is a terminal and the text has more lines than the terminal has rows,
//! it goes through a pager: `$IOP_CHECK_PAGER`, else `$PAGER`, else
//! `less -R`. As git does, `LESS=FRX` is set when LESS is not (quit when the
//! text fits, keep colours, leave the text on screen), and `LV=-c` for lv.
//!
//! The pager is never used when stdout is not a terminal (a pipe, a file),
//! nor for `--output FILE` (callers do not come here then). An empty pager
//! variable, or `cat`, means no pager. A pager that cannot be started is not
//! an error: the text is printed directly. A pager that is quit early (`q`)
//! is not an error either: what it did not read is dropped quietly.
//!
//! Every format goes through it, not only text: like `git log --format` or
//! `gh … --json`, the choice is about where the output goes (a screen too
//! small for it), not about what it is.

use std::io::{IsTerminal, Write};
use std::process::{Command, Stdio};

use crate::error::Result;
use crate::output;

/// Shows `text` on stdout, through a pager when stdout is a terminal too
/// small for it. For output that has no `--output FILE`.
pub fn show(text: &str) -> Result<()> {
    if !std::io::stdout().is_terminal() {
        return output::stdout(text);
    }
    let Some((rows, cols)) = console::Term::stdout().size_checked() else {
        return output::stdout(text);
    };
    if !too_long(text, usize::from(rows), usize::from(cols)) {
        return output::stdout(text);
    }
    let var = |k: &str| std::env::var(k).ok();
    let Some(argv) = command(var("IOP_CHECK_PAGER"), var("PAGER")) else {
        return output::stdout(text);
    };
    match through(&argv, text) {
        Some(()) => Ok(()),
        // Not started (not installed, not runnable): print directly.
        None => output::stdout(text),
    }
}

/// Whether `text` needs more rows than the screen has, leaving one for the
/// shell's prompt after it. Lines wider than the screen take several rows.
pub fn too_long(text: &str, rows: usize, cols: usize) -> bool {
    let cols = cols.max(1);
    let needed: usize = text
        .lines()
        .map(|l| console::measure_text_width(l).div_ceil(cols).max(1))
        .sum();
    needed >= rows
}

/// The pager to run, as a program and its arguments: the first pager
/// variable that is set, split like a shell word list, else `less -R`.
/// None when the variable is empty (or only spaces) or `cat`: no pager.
pub fn command(tool_pager: Option<String>, pager: Option<String>) -> Option<Vec<String>> {
    let chosen = tool_pager.or(pager);
    let Some(value) = chosen else {
        return Some(vec!["less".into(), "-R".into()]);
    };
    let words = split(&value)?;
    if words.is_empty() || words == ["cat"] {
        None
    } else {
        Some(words)
    }
}

/// Splits a command line into words as a POSIX shell would, for the
/// quoting people use in PAGER: spaces separate words, 'single quotes' and
/// "double quotes" keep spaces, a backslash escapes the next character
/// (inside double quotes, only `$`, `` ` ``, `"`, `\` and a newline). None
/// for an unclosed quote.
pub fn split(line: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next()? {
                        '\'' => break,
                        c => word.push(c),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next()? {
                        '"' => break,
                        '\\' => match chars.next()? {
                            c @ ('$' | '`' | '"' | '\\') => word.push(c),
                            '\n' => {}
                            c => {
                                word.push('\\');
                                word.push(c);
                            }
                        },
                        c => word.push(c),
                    }
                }
            }
            '\\' => {
                in_word = true;
                match chars.next() {
                    Some('\n') => {}
                    Some(c) => word.push(c),
                    None => word.push('\\'),
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Some(words)
}

/// Runs the pager with `text` on its input and waits for it to end. None if
/// it could not be started. Ctrl-C while it runs belongs to the pager (less
/// uses it to stop a search), so iop-check ignores it until the pager ends,
/// instead of leaving the pager behind on the terminal.
fn through(argv: &[String], text: &str) -> Option<()> {
    let (program, args) = argv.split_first()?;
    let mut cmd = Command::new(program);
    cmd.args(args).stdin(Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        cmd.env("LESS", "FRX");
    }
    if std::env::var_os("LV").is_none() {
        cmd.env("LV", "-c");
    }
    let mut child = cmd.spawn().ok()?;
    if std::io::stderr().is_terminal() {
        // The question screens may have hidden it.
        let _ = console::Term::stderr().show_cursor();
    }
    let _quiet = IgnoreInterrupt::new();
    if let Some(mut input) = child.stdin.take() {
        let text = crate::text::strip_bidi(text);
        // A pager quit before reading everything closes the pipe: fine.
        let _ = input.write_all(text.as_bytes()).and_then(|_| input.flush());
    }
    let _ = child.wait();
    Some(())
}

/// Ignores SIGINT and SIGQUIT while it lives, then puts back what was there
/// before (the default, or the handler that keeps a run's draft).
struct IgnoreInterrupt {
    old: [(libc::c_int, libc::sigaction); 2],
}

impl IgnoreInterrupt {
    fn new() -> IgnoreInterrupt {
        let ignore = |sig: libc::c_int| {
            // SAFETY: sigaction with a zeroed struct set to SIG_IGN, and an
            // out-parameter that sigaction fills.
            unsafe {
                let mut new: libc::sigaction = std::mem::zeroed();
                new.sa_sigaction = libc::SIG_IGN;
                libc::sigemptyset(&mut new.sa_mask);
                let mut old: libc::sigaction = std::mem::zeroed();
                libc::sigaction(sig, &new, &mut old);
                (sig, old)
            }
        };
        IgnoreInterrupt {
            old: [ignore(libc::SIGINT), ignore(libc::SIGQUIT)],
        }
    }
}

impl Drop for IgnoreInterrupt {
    fn drop(&mut self) {
        for (sig, old) in &self.old {
            // SAFETY: restores the action sigaction returned for this signal.
            unsafe {
                libc::sigaction(*sig, old, std::ptr::null_mut());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(v: &[&str]) -> Option<Vec<String>> {
        Some(v.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn the_pager_is_chosen_as_git_chooses_it() {
        let s = |v: &str| Some(v.to_string());
        assert_eq!(command(None, None), words(&["less", "-R"]));
        assert_eq!(command(None, s("most")), words(&["most"]));
        assert_eq!(command(None, s("less -S -R")), words(&["less", "-S", "-R"]));
        // The tool's own variable wins, as GIT_PAGER and GH_PAGER do.
        assert_eq!(command(s("more"), s("most")), words(&["more"]));
        // Empty, blank or cat: no pager at all.
        assert_eq!(command(None, s("")), None);
        assert_eq!(command(None, s("   ")), None);
        assert_eq!(command(None, s("cat")), None);
        assert_eq!(command(s(""), s("less")), None);
        // `cat -v` is a program with arguments, so it is run.
        assert_eq!(command(None, s("cat -v")), words(&["cat", "-v"]));
        // An unclosed quote cannot be run.
        assert_eq!(command(None, s("'less")), None);
    }

    #[test]
    fn pager_commands_split_like_shell_words() {
        assert_eq!(split("less -R"), words(&["less", "-R"]));
        assert_eq!(split("  less\t -R  "), words(&["less", "-R"]));
        assert_eq!(
            split("'/opt/my pager/p' --x"),
            words(&["/opt/my pager/p", "--x"])
        );
        assert_eq!(
            split(r#""a \"b\" \c" d\ e"#),
            words(&[r#"a "b" \c"#, "d e"])
        );
        assert_eq!(split("''"), words(&[""]));
        assert_eq!(split("\"unclosed"), None);
        assert_eq!(split(""), words(&[]));
    }

    #[test]
    fn text_is_too_long_when_it_fills_the_screen() {
        let lines = |n: usize| "line\n".repeat(n);
        assert!(!too_long(&lines(22), 24, 80));
        // One row is left for the prompt after it.
        assert!(too_long(&lines(24), 24, 80));
        assert!(too_long(&lines(100), 24, 80));
        // A line twice as wide as the screen takes two rows.
        let wide = format!("{}\n", "x".repeat(160));
        assert!(!too_long(&wide.repeat(11), 24, 80));
        assert!(too_long(&wide.repeat(12), 24, 80));
        // Colour escapes take no room.
        let red = "\x1b[31mred\x1b[0m\n".repeat(10);
        assert!(!too_long(&red, 24, 4));
    }
}
