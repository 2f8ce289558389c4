//! The command line as a well-behaved tool: help with examples everywhere,
//! --version naming the built-in bank, completions that load in bash, a man
//! page that renders, and results on stdout with messages on stderr.

use crate::common;

use common::Run;
use std::process::Command;

const SUBCOMMANDS: &[&str] = &[
    "run",
    "validate",
    "crisis",
    "summary",
    "history",
    "forget",
    "export-bank",
    "completions",
    "man",
    "template",
];

#[test]
fn every_subcommand_has_help_with_examples() {
    for sub in SUBCOMMANDS {
        let out = Run::new([sub, &"--help"]).run();
        out.assert_code(0);
        assert!(
            out.stdout.contains("Usage: iop-check"),
            "{sub}: {}",
            out.stdout
        );
        assert!(
            out.stdout.contains("Example"),
            "{sub} --help has no examples:\n{}",
            out.stdout
        );
        assert!(out.stderr.is_empty(), "{sub}: help goes to stdout");
    }
    let top = Run::new(["--help"]).run();
    for sub in SUBCOMMANDS {
        assert!(
            top.stdout.contains(sub),
            "top-level help does not list {sub}"
        );
    }
    assert!(
        top.stdout.contains("988"),
        "crisis line in the top-level help"
    );
}

#[test]
fn version_names_the_builtin_bank() {
    let out = Run::new(["--version"]).run();
    out.assert_code(0);
    let bank = iop_check::bank::builtin().expect("built-in bank");
    assert_eq!(
        out.stdout.trim(),
        format!(
            "iop-check {} (built-in bank {} {})",
            env!("CARGO_PKG_VERSION"),
            bank.id,
            bank.version
        )
    );
}

#[test]
fn usage_mistakes_go_to_stderr_with_code_2() {
    let out = Run::new(["--no-such-flag"]).run();
    out.assert_code(2);
    assert!(out.stdout.is_empty());
    assert!(out.stderr.contains("--no-such-flag"));
    let out = Run::new(["run", "--resume", "--fresh"]).run();
    out.assert_code(2);
}

#[test]
fn completions_generate_for_every_shell_and_load_in_bash() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = Run::new(["completions", shell]).run();
        out.assert_code(0);
        assert!(out.stdout.contains("iop-check"), "{shell}");
        assert!(
            out.stdout.contains("export-bank"),
            "{shell} completes subcommands"
        );
    }
    let has_bash = !common::hidden("bash")
        && Command::new("bash")
            .arg("-c")
            .arg("true")
            .status()
            .is_ok_and(|s| s.success());
    if !has_bash {
        common::tool_missing("bash", "apt-get install bash");
        return;
    }
    let script = format!(
        "source <('{}' completions bash) && complete -p iop-check",
        env!("CARGO_BIN_EXE_iop-check")
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(&script)
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("complete -o"));
}

#[test]
fn the_man_page_covers_every_command_and_renders() {
    let out = Run::new(["man"]).run();
    out.assert_code(0);
    let roff = &out.stdout;
    assert!(
        roff.starts_with(".ie") || roff.contains(".TH iop-check"),
        "{}",
        &roff[..roff.len().min(200)]
    );
    for sub in SUBCOMMANDS {
        assert!(
            roff.contains(&format!("IOP-CHECK {}", sub.to_uppercase())),
            "man page lacks {sub}"
        );
    }
    assert!(roff.contains("EXIT STATUS"));
    // Render it, where man is installed.
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("iop-check.1");
    std::fs::write(&page, roff).expect("writes");
    match Command::new("man")
        .arg("-l")
        .arg(&page)
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "80")
        .output()
    {
        Ok(out) if out.status.success() => {
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(text.contains("EXIT STATUS"), "{text}");
            assert!(
                text.contains("iop-check export-bank") || text.contains("IOP-CHECK EXPORT-BANK"),
                "{text}"
            );
        }
        Ok(out) => panic!("man -l failed: {}", String::from_utf8_lossy(&out.stderr)),
        Err(_) => common::tool_missing("man", "apt-get install man-db"),
    }
}

#[test]
fn json_on_stdout_is_only_json() {
    let dir = tempfile::tempdir().expect("tempdir");
    let answers = dir.path().join("a.yaml");
    std::fs::write(&answers, common::example_answers(None)).expect("writes");
    let out = Run::new(["run", "--answers"])
        .arg(&answers)
        .args(["--format", "json"])
        .run();
    out.assert_code(0);
    let v: serde_json::Value =
        serde_json::from_str(&out.stdout).expect("stdout is one JSON document");
    assert_eq!(v["schema_version"], 3);
}

#[test]
fn messages_never_carry_terminal_escapes_from_a_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bank = dir.path().join("evil.yaml");
    std::fs::write(&bank, "id: x\n\"\\e]0;pwned\\a\\e[31m\": 1\n").expect("writes");
    let out = Run::new(["validate"]).arg(&bank).run();
    out.assert_code(3);
    assert!(out.stderr.contains("unknown key"), "{}", out.stderr);
    assert!(
        !out.stderr.contains('\u{1b}'),
        "an escape reached the terminal: {:?}",
        out.stderr
    );
    assert!(!out.stderr.contains('\u{7}'));
}

/// Asks bash's completion function of `iop-check completions bash` what it
/// offers for each command line (the last word is the one being completed),
/// as bash itself calls it on TAB.
fn bash_completes(lines: &[&[&str]]) -> Option<Vec<String>> {
    let has_bash = !common::hidden("bash")
        && Command::new("bash")
            .arg("-c")
            .arg("true")
            .status()
            .is_ok_and(|s| s.success());
    if !has_bash {
        common::tool_missing("bash", "apt-get install bash");
        return None;
    }
    let mut script = format!(
        "source <('{}' completions bash) || exit 1\n\
         t() {{ COMP_WORDS=(\"$@\"); COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 )); \
         COMP_LINE=\"$*\"; COMP_POINT=${{#COMP_LINE}}; COMPREPLY=(); \
         _iop__check \"$1\" \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
         echo \"${{COMPREPLY[*]}}\"; }}\n",
        env!("CARGO_BIN_EXE_iop-check")
    );
    for words in lines {
        let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
        script.push_str(&format!("t {}\n", quoted.join(" ")));
    }
    let out = Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect(),
    )
}

#[test]
fn bash_completes_after_a_subcommand() {
    let Some(got) = bash_completes(&[
        &["iop-check", "summary", "--format", ""],
        &["iop-check", "summary", "--fo"],
        &["iop-check", "export-bank", "--format", ""],
        &["iop-check", "forget", "--"],
        &["iop-check", "su"],
        &["iop-check", "--format", ""],
    ]) else {
        return;
    };
    assert_eq!(
        got,
        [
            "text markdown html json fhir",
            "--format",
            "fhir",
            "--all --yes --plain --no-save --data-dir --lang --help",
            "summary",
            "text markdown html json fhir",
        ],
    );
}

#[test]
fn the_readme_and_the_man_page_list_every_exit_code() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let section = readme
        .split("## Exit codes")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .expect("an Exit codes section");
    let rows: Vec<(u8, String)> = section
        .lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l
                .trim()
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect();
            Some((cells.first()?.parse().ok()?, cells.get(1)?.to_string()))
        })
        .collect();
    let expected: Vec<(u8, String)> = iop_check::error::EXIT_CODES
        .iter()
        .map(|(c, m)| (*c, m.to_string()))
        .collect();
    assert_eq!(rows, expected, "README.md's exit code table");

    let man = Run::new(["man"]).run();
    man.assert_code(0);
    let status = man
        .stdout
        .split(".SH \"EXIT STATUS\"\n")
        .nth(1)
        .and_then(|s| s.split(".SH ").next())
        .expect("an EXIT STATUS section");
    let mut listed = String::new();
    for (code, meaning) in &expected {
        listed.push_str(&format!(
            ".TP\n{code}\n{}\n",
            meaning.replace('`', "").replace('-', "\\-")
        ));
    }
    assert_eq!(status, listed, "the man page's EXIT STATUS");
}

/// The man page's sections (`.SH NAME` up to the next `.SH`), by name.
fn man_section(roff: &str, name: &str) -> String {
    let head = if name.contains(' ') {
        format!(".SH \"{name}\"\n")
    } else {
        format!(".SH {name}\n")
    };
    roff.split(&head)
        .nth(1)
        .and_then(|s| s.split("\n.SH ").next())
        .unwrap_or_else(|| panic!("the man page has no {name} section"))
        .to_string()
}

#[test]
fn the_readme_and_the_man_page_point_to_docs_content_md() {
    let root = env!("CARGO_MANIFEST_DIR");
    let content =
        std::fs::read_to_string(format!("{root}/docs/content.md")).expect("docs/content.md");
    // What a decision-aid standard asks its makers to say.
    for part in [
        "## Who it is for, and who it is not for",
        "## How the content was developed",
        "## No clinician has reviewed it yet",
        "## How the content is kept up to date",
        "## Funding and conflicts of interest",
        "## How to report a wrong fact",
        "the project's issue tracker",
        "last_reviewed",
    ] {
        assert!(content.contains(part), "docs/content.md lacks {part:?}");
    }
    // Every source the built-in bank cites is named there.
    let bank = iop_check::bank::load(None, iop_check::i18n::Lang::En).expect("the built-in bank");
    let flat = content.split_whitespace().collect::<Vec<_>>().join(" ");
    for source in [
        "TIP 47",
        "ASAM",
        "McCarty",
        "Medicare",
        "MACPAC",
        "FMLA",
        "EEOC",
        "Telehealth",
        "FindTreatment",
        "ASQ",
        "988",
    ] {
        assert!(
            flat.contains(source),
            "docs/content.md lacks the source {source}"
        );
    }
    assert!(!bank.last_reviewed.is_empty());

    let readme = std::fs::read_to_string(format!("{root}/README.md")).expect("README");
    assert!(
        readme.contains("(docs/content.md)"),
        "README links docs/content.md"
    );
    let man = Run::new(["man"]).run();
    man.assert_code(0);
    assert!(
        man_section(&man.stdout, "SEE ALSO").contains("docs/content.md"),
        "the man page's SEE ALSO names docs/content.md"
    );
    let help = Run::new(["--help"]).run();
    assert!(help.stdout.contains("docs/content.md"), "{}", help.stdout);
}

#[test]
fn the_man_page_lists_the_environment_variables() {
    let man = Run::new(["man"]).run();
    man.assert_code(0);
    let env = man_section(&man.stdout, "ENVIRONMENT");
    for var in [
        "IOP_CHECK_DATA_DIR",
        "XDG_DATA_HOME",
        "IOP_CHECK_PAGER",
        "PAGER",
        "LESS",
        "NO_COLOR",
        "TERM",
    ] {
        assert!(env.contains(var), "ENVIRONMENT lacks {var}:\n{env}");
    }
    assert!(env.contains("less \\-R"), "{env}");
    let help = Run::new(["--help"]).run();
    for var in ["$PAGER", "less -R", "iop-check man"] {
        assert!(help.stdout.contains(var), "--help lacks {var}");
    }
}

#[test]
fn data_dir_plain_and_no_save_go_before_or_after_any_command() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let folder = data.to_str().expect("utf-8");
    // A kept check-in in that folder, so each command has something to find.
    let checkin = Run::new(["run", "--no-save", "--format", "json", "--answers"])
        .arg(common::fixture("answers/print-heading-at-foot.yaml"))
        .run();
    checkin.assert_code(0);
    std::fs::create_dir_all(data.join("checkins")).expect("folder");
    std::fs::write(data.join("checkins/20261201-120000.json"), &checkin.stdout).expect("writes");
    for command in [
        &["summary"][..],
        &["history"][..],
        &["programs", "list"][..],
    ] {
        let before = Run::new(["--data-dir", folder]).args(command).run();
        let after = Run::new(command).args(["--data-dir", folder]).run();
        before.assert_code(0);
        after.assert_code(0);
        assert_eq!(before.stdout, after.stdout, "{command:?}");
    }
    let history = Run::new(["--data-dir", folder, "history"]).run();
    assert!(
        history.stdout.contains("20261201-120000"),
        "{}",
        history.stdout
    );
    // --no-save before a command that writes: nothing is written.
    let program = dir.path().join("program.yaml");
    std::fs::write(&program, "name: Riverside\n").expect("writes");
    Run::new([
        "--no-save",
        "--data-dir",
        folder,
        "programs",
        "add",
        "--answers",
    ])
    .arg(&program)
    .run()
    .assert_code(0);
    assert!(!data.join("programs.json").exists());
    // --plain before any command is accepted.
    Run::new(["--plain", "--data-dir", folder, "programs", "list"])
        .run()
        .assert_code(0);
    // What only answering takes is a usage error with other commands.
    let out = Run::new(["--quick", "summary"]).run();
    out.assert_code(2);
    assert!(
        out.stderr.contains("after `iop-check run`"),
        "{}",
        out.stderr
    );
    let out = Run::new(["--plain", "run", "--answers"])
        .arg(&program)
        .run();
    out.assert_code(2);
    assert!(out.stderr.contains("use one of them"), "{}", out.stderr);
}

#[test]
fn an_empty_no_color_leaves_colour_on_everywhere() {
    use common::{Pty, PtyOptions};
    let dir = tempfile::tempdir().expect("tempdir");
    let checkin = common::fixture("checkin-v2.json");
    let checkin = checkin.to_str().expect("utf-8");
    let coloured = |args: &[&str], no_color: &str| -> bool {
        let mut pty = Pty::spawn_with(
            args,
            dir.path(),
            PtyOptions {
                no_color: false,
                env: vec![("NO_COLOR".into(), no_color.into())],
                ..PtyOptions::default()
            },
        );
        pty.wait_exit();
        pty.raw().contains("\u{1b}[")
    };
    // The summary, the help and a usage error, on a terminal.
    for args in [
        &["summary", checkin][..],
        &["--help"][..],
        &["--no-such-flag"][..],
    ] {
        assert!(
            coloured(args, ""),
            "NO_COLOR= (empty) keeps colour: {args:?}"
        );
        assert!(!coloured(args, "1"), "NO_COLOR=1 turns it off: {args:?}");
    }
}

#[test]
fn the_man_page_has_a_date_and_examples_that_copy_as_typed() {
    let man = Run::new(["man"]).run();
    man.assert_code(0);
    let th = man
        .stdout
        .lines()
        .find(|l| l.starts_with(".TH "))
        .expect("a .TH line");
    let date = th.split_whitespace().nth(3).expect("a date in .TH");
    assert!(
        date.len() == 10 && date.chars().filter(|c| *c == '-').count() == 2,
        "{th}"
    );
    assert!(date.parse::<jiff::civil::Date>().is_ok(), "{th}");
    // Left-aligned, and every example line is inside a no-fill block.
    assert!(man.stdout.contains(".TH iop-check 1"), "{th}");
    assert!(man.stdout.contains("\n.ad l\n"));
    let mut filled = true;
    let mut examples = 0;
    for line in man.stdout.lines() {
        match line {
            ".nf" => filled = false,
            ".fi" => filled = true,
            l if l.starts_with("  iop\\-check") => {
                examples += 1;
                assert!(!filled, "an example in filled text: {l}");
            }
            _ => {}
        }
    }
    assert!(examples > 20, "{examples} examples");
}
