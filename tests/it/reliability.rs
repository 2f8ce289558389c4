//! Reliability round 3 (issue 18): what iop-check writes it can read back,
//! nothing hangs, and nothing hostile reaches a terminal. One test (or
//! two) per numbered case of the issue, each running the real binary.

use crate::common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{BIN, Exit, Pty, Run, fixture};
use serde_json::Value;

const SMALL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/banks/valid/small.yaml");

/// Every character the one sanitiser removes: C0 and C1 controls (but
/// newline and tab), every Bidi_Control character, and the Unicode line and
/// paragraph separators.
fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(
            c,
            '\u{061c}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// Every string in a JSON document (keys too).
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        Value::Object(m) => {
            for (k, v) in m {
                out.push(k.clone());
                strings(v, out);
            }
        }
        _ => {}
    }
}

fn assert_clean_json(doc: &str, what: &str) {
    let v: Value = serde_json::from_str(doc).unwrap_or_else(|e| panic!("{what}: {e}\n{doc}"));
    let mut all = Vec::new();
    strings(&v, &mut all);
    for s in all {
        assert!(!s.chars().any(is_unsafe), "{what}: {s:?} holds a control");
    }
}

/// `s` as a YAML double-quoted string, every character outside printable
/// ASCII written as an escape, so that any character can be given.
fn yaml_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c => out.push_str(&format!("\\u{:04X}", u32::from(c))),
        }
    }
    out.push('"');
    out
}

/// The small bank's answers with `note` as the text answer.
fn answers_with_note(dir: &Path, note: &str) -> PathBuf {
    let path = dir.join("answers.yaml");
    let text = format!(
        "safe-now: \"no\"\nhas-insurance: \"yes\"\nin-network: agree\ncost-worry: agree\nhours-free: 9\ncosts-notes: {}\n",
        yaml_quote(note)
    );
    std::fs::write(&path, text).expect("write answers");
    path
}

/// Runs `cmd` with stdin from `stdin`, killing it (and failing) if it is
/// still running after `limit`: a hang becomes a failure, not a stuck run.
fn run_with_stdin(mut cmd: Command, stdin: Stdio, limit: Duration) -> common::Output {
    cmd.stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn");
    let start = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{cmd:?} still ran after {limit:?}: it hangs");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let out = child.wait_with_output().expect("output");
    common::Output {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).expect("path");
    // SAFETY: a valid C string; mkfifo has no other effect.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

// ---------------------------------------------------------------------------
// 1. `-o /dev/stdout` keeps what the shell set up
// ---------------------------------------------------------------------------

#[test]
fn case1_output_to_dev_stdout_appends_where_the_shell_said() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let log = tmp.path().join("log");
    std::fs::write(&log, "an earlier line\n").expect("write");
    let answers = fixture("answers/builtin-some.yaml");
    let script = format!(
        "\"$0\" run --answers '{}' --no-save --format markdown -o /dev/stdout >> '{}'",
        answers.display(),
        log.display()
    );
    let out = Run::from_command({
        let mut c = Command::new("/bin/sh");
        c.arg("-c").arg(&script).arg(BIN);
        c
    })
    .run();
    out.assert_code(0);
    let text = std::fs::read_to_string(&log).expect("log");
    assert!(text.starts_with("an earlier line\n"), "{text}");
    assert!(text.contains("# "), "the summary was appended:\n{text}");

    // `> log` with output before it in the same redirection: kept too.
    let script = format!(
        "{{ echo first; \"$0\" run --answers '{}' --no-save --format markdown -o /dev/stdout; echo last; }} > '{}'",
        answers.display(),
        log.display()
    );
    Run::from_command({
        let mut c = Command::new("/bin/sh");
        c.arg("-c").arg(&script).arg(BIN);
        c
    })
    .run()
    .assert_code(0);
    let text = std::fs::read_to_string(&log).expect("log");
    assert!(text.starts_with("first\n"), "{text}");
    assert!(text.ends_with("last\n"), "{text}");
    assert!(text.contains("# "), "{text}");
}

// ---------------------------------------------------------------------------
// 2. No control characters in the JSON summary
// ---------------------------------------------------------------------------

#[test]
fn case2_json_output_carries_no_control_characters() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let note =
        "ask \u{1b}[31mred\u{1b}[0m \u{7}bell\r\u{8}x \u{9b}2J \u{85}end\u{2028}line\u{2029}para";
    let answers = answers_with_note(tmp.path(), note);
    for format in ["json", "fhir"] {
        let out = Run::new(["run", "--bank", SMALL, "--all-answers", "--format", format])
            .arg("--answers")
            .arg(&answers)
            .run();
        out.assert_code(0);
        assert!(out.stdout.contains("bell"), "{format}: the note is there");
        assert_clean_json(&out.stdout, format);
        assert!(!out.stdout.contains("\\u001b"), "{format}: {}", out.stdout);
        assert!(!out.stdout.contains("\\r"), "{format}");
    }
    // A kept check-in edited by hand, shown again as JSON.
    let data = tmp.path().join("data");
    std::fs::create_dir_all(data.join("checkins")).expect("mkdir");
    let mut v: Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("checkin-v1.json")).expect("fixture"),
    )
    .expect("json");
    v["name"] = Value::String("S\u{1b}]0;owned\u{7}am\u{9b}".into());
    std::fs::write(
        data.join("checkins/20261127-120000.json"),
        serde_json::to_string(&v).expect("json"),
    )
    .expect("write");
    let out = Run::new(["summary", "--format", "json"])
        .data_dir(&data)
        .run();
    out.assert_code(0);
    assert!(out.stdout.contains("Sam"), "{}", out.stdout);
    assert_clean_json(&out.stdout, "summary of a check-in");
}

// ---------------------------------------------------------------------------
// 3. The direction marks U+200E, U+200F and U+061C pass nowhere
// ---------------------------------------------------------------------------

const MARKS: [char; 3] = ['\u{200e}', '\u{200f}', '\u{061c}'];

#[test]
fn case3_direction_marks_reach_no_format() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let answers = answers_with_note(tmp.path(), "ask \u{200e}about\u{200f} it\u{61c}now");
    for format in ["text", "markdown", "html", "json", "fhir"] {
        let out = Run::new(["run", "--bank", SMALL, "--all-answers", "--format", format])
            .arg("--answers")
            .arg(&answers)
            .run();
        out.assert_code(0);
        assert!(out.stdout.contains("about"), "{format}: the note is there");
        assert!(!out.stdout.contains(MARKS), "{format}: a mark got through");
        assert!(!out.stdout.contains("\\u200"), "{format}: an escaped mark");
    }
    // Typed in plain mode.
    let out = Run::new(["--plain", "--no-save", "--bank", SMALL])
        .lines(&[
            "1",
            "1",
            "1",
            "1",
            "5",
            "typed \u{200f}mark\u{200e} here\u{61c}",
            "",
            "",
        ])
        .run();
    out.assert_code(0);
    assert!(out.stdout.contains("mark"), "{}", out.stdout);
    assert!(!out.stdout.contains(MARKS), "typed marks got through");
    // A program's name.
    let data = tmp.path().join("data");
    let f = tmp.path().join("program.yaml");
    std::fs::write(&f, "name: \"Sun\u{200f}rise\u{61c} IOP\"\n").expect("write");
    Run::new(["programs", "add", "--answers"])
        .arg(&f)
        .data_dir(&data)
        .run()
        .assert_code(0);
    for args in [
        vec!["programs", "list"],
        vec!["programs", "compare", "--format", "json"],
    ] {
        let out = Run::new(&args).data_dir(&data).run();
        out.assert_code(0);
        assert!(out.stdout.contains("IOP"), "{args:?}: {}", out.stdout);
        assert!(!out.stdout.contains(MARKS), "{args:?}: a mark got through");
    }
}

#[test]
fn case3_validate_names_direction_marks_and_controls_in_a_bank() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let text = std::fs::read_to_string(SMALL).expect("bank");
    let from = "prompt: Anything else about costs you want to remember?";
    assert!(text.contains(from));
    let text = text.replacen(
        from,
        "prompt: \"Anything else \u{200f}about\u{200e} costs\u{61c} you want to \\e[31mremember?\"",
        1,
    );
    let path = tmp.path().join("bank.yaml");
    std::fs::write(&path, &text).expect("write");
    let out = Run::new(["validate"]).arg(&path).run();
    out.assert_code(3);
    for name in [
        "U+200F RIGHT-TO-LEFT MARK",
        "U+200E LEFT-TO-RIGHT MARK",
        "U+061C ARABIC LETTER MARK",
    ] {
        assert!(out.stderr.contains(name), "{name}:\n{}", out.stderr);
    }
    // Once the marks are gone, the escaped ESC is still found, by its path.
    let text = text.replace(MARKS, "");
    std::fs::write(&path, &text).expect("write");
    let out = Run::new(["validate"]).arg(&path).run();
    out.assert_code(3);
    assert!(out.stderr.contains("U+001B"), "{}", out.stderr);
    assert!(out.stderr.contains("costs-notes"), "{}", out.stderr);
}

// ---------------------------------------------------------------------------
// 4. What it writes, it can read back
// ---------------------------------------------------------------------------

/// The issue's bank: `text_questions` text questions of `max_length` each.
fn bank_with_text_questions(text_questions: usize, max_length: usize) -> String {
    let text = std::fs::read_to_string(SMALL).expect("bank");
    let anchor = "      - id: costs-notes\n";
    let at = text.find(anchor).expect("anchor");
    let mut extra = String::new();
    for i in 0..text_questions {
        extra.push_str(&format!(
            "      - id: note-{i}\n        kind: text\n        prompt: Note {i}?\n        max_length: {max_length}\n"
        ));
    }
    format!("{}{extra}{}", &text[..at], &text[at..])
}

#[test]
fn case4_a_bank_whose_check_in_could_not_be_read_back_is_refused() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let path = tmp.path().join("bank.yaml");
    std::fs::write(&path, bank_with_text_questions(280, 100_000)).expect("write");
    let out = Run::new(["validate"]).arg(&path).run();
    out.assert_code(3);
    assert!(
        out.stderr
            .contains("more than the 16.0 MiB iop-check reads back"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("max_length"), "{}", out.stderr);
    // A run refuses it the same way, before asking anything or touching
    // the data folder.
    let data = tmp.path().join("data");
    let out = Run::new(["--plain", "--bank"])
        .arg(&path)
        .data_dir(&data)
        .lines(&["1"])
        .run();
    out.assert_code(3);
    assert!(!data.join("draft.json").exists());

    // A bank within the limit: the longest answers a line can hold are
    // kept, and the check-in is read back.
    std::fs::write(&path, bank_with_text_questions(20, 30_000)).expect("write");
    Run::new(["validate"]).arg(&path).run().assert_code(0);
    let long = "\"é".repeat(15_000);
    let mut lines = vec!["1", "1", "1", "1", "5"];
    lines.extend(std::iter::repeat_n(long.as_str(), 21));
    lines.extend(["", "", "y", ""]);
    let out = Run::new(["--plain", "--bank"])
        .arg(&path)
        .data_dir(&data)
        .lines(&lines)
        .run();
    out.assert_code(0);
    let out = Run::new(["history"]).data_dir(&data).run();
    out.assert_code(0);
    assert!(!out.stderr.contains("could not"), "{}", out.stderr);
    let out = Run::new(["summary", "--format", "json"])
        .data_dir(&data)
        .run();
    out.assert_code(0);
    // As JSON writes it: each quote escaped.
    assert!(
        out.stdout.contains(&"\\\"é".repeat(100)),
        "the answer is read back"
    );
}

#[test]
fn case4_programs_add_stops_at_the_most_programs_before_writing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).expect("mkdir");
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    let programs: Vec<Value> = (1..=50)
        .map(|n| {
            serde_json::json!({
                "name": format!("Program {n}"),
                "added": "2026-11-27T12:00:00Z",
                "updated": "2026-11-27T12:00:00Z",
                "answers": { "name": format!("Program {n}") },
            })
        })
        .collect();
    let file = data.join("programs.json");
    let body = serde_json::json!({ "format": 1, "programs": programs }).to_string();
    std::fs::write(&file, &body).expect("write");
    let f = tmp.path().join("program.yaml");
    std::fs::write(&f, "name: One more\n").expect("write");
    let out = Run::new(["programs", "add", "--answers"])
        .arg(&f)
        .data_dir(&data)
        .run();
    out.assert_code(2);
    assert!(out.stderr.contains("up to 50"), "{}", out.stderr);
    assert!(out.stderr.contains("programs remove"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&file).expect("read"), body);
    Run::new(["programs", "list"])
        .data_dir(&data)
        .run()
        .assert_code(0);
}

// ---------------------------------------------------------------------------
// 5. A FIFO never hangs; files planted in a shared folder are refused
// ---------------------------------------------------------------------------

#[test]
fn case5_a_fifo_in_the_data_folder_never_hangs() {
    let limit = Duration::from_secs(20);
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    std::fs::create_dir_all(data.join("checkins")).expect("mkdir");
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    mkfifo(&data.join("draft.json"));
    mkfifo(&data.join("programs.json"));
    mkfifo(&data.join("checkins/20261127-120000.json"));
    let cmd = |args: &[&str]| {
        let mut c = Command::new(BIN);
        c.args(args)
            .arg("--data-dir")
            .arg(&data)
            .env("LANG", "C.UTF-8");
        c
    };
    let out = run_with_stdin(cmd(&["--plain", "--bank", SMALL]), Stdio::piped(), limit);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(out.stderr.contains("draft.json"), "{}", out.stderr);
    assert!(out.stderr.contains("named pipe (FIFO)"), "{}", out.stderr);
    let out = run_with_stdin(cmd(&["programs", "list"]), Stdio::null(), limit);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(out.stderr.contains("programs.json"), "{}", out.stderr);
    assert!(out.stderr.contains("named pipe (FIFO)"), "{}", out.stderr);
    for args in [&["history"][..], &["summary"][..]] {
        let out = run_with_stdin(cmd(args), Stdio::null(), limit);
        assert_ne!(out.code, Some(101), "{args:?}: {}", out.stderr);
        assert!(out.code.is_some(), "{args:?} was killed");
    }
    // A bank or answers file that is a FIFO with nobody writing: refused.
    let fifo = tmp.path().join("bank.yaml");
    mkfifo(&fifo);
    let mut c = Command::new(BIN);
    c.arg("validate").arg(&fifo);
    let out = run_with_stdin(c, Stdio::null(), limit);
    assert_eq!(out.code, Some(3), "{}", out.stderr);
}

#[test]
fn case5_files_of_another_user_in_a_shared_folder_are_refused() {
    // SAFETY: getuid cannot fail.
    if unsafe { libc::getuid() } != 0 {
        // Only root can make a file that belongs to someone else.
        if common::ci() {
            panic!("this test needs to run as root (CI runs as root) to chown a file");
        }
        common::skipped("not root: cannot give a file to another user");
        return;
    }
    let tmp = tempfile::tempdir().expect("tempdir");
    let shared = tmp.path().join("shared");
    std::fs::create_dir(&shared).expect("mkdir");
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o1777)).expect("chmod");
    let nobody = 65534;
    let plant = |name: &str, body: &str| {
        let p = shared.join(name);
        std::fs::write(&p, body).expect("write");
        std::os::unix::fs::chown(&p, Some(nobody), Some(nobody)).expect("chown");
        p
    };
    let draft = serde_json::json!({
        "format": 1, "bank_id": "small-clinic-bank", "bank_version": "1.0.0",
        "updated": "2026-11-27T12:00:00Z", "answers": { "safe-now": "no" }
    });
    plant("draft.json", &draft.to_string());
    let out = Run::new(["--plain", "--resume", "--bank", SMALL])
        .data_dir(&shared)
        .lines(&["q"])
        .run();
    out.assert_code(1);
    assert!(
        out.stderr.contains("belongs to another user"),
        "{}",
        out.stderr
    );
    std::fs::remove_file(shared.join("draft.json")).expect("rm");
    // A lock file planted by someone else: said plainly, not "Permission denied".
    let lock = plant("lock", "");
    std::fs::set_permissions(&lock, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let out = Run::new(["--plain", "--bank", SMALL])
        .data_dir(&shared)
        .lines(&["q"])
        .run();
    out.assert_code(1);
    assert!(out.stderr.contains("lock"), "{}", out.stderr);
    assert!(
        out.stderr.contains("belongs to another user"),
        "{}",
        out.stderr
    );
}

// ---------------------------------------------------------------------------
// 6. Ctrl-C in `programs add` after answers says the truth
// ---------------------------------------------------------------------------

#[test]
fn case6_ctrl_c_in_programs_add_after_answers_says_the_program_is_kept() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn(&["programs", "add", "--plain"], &data);
    pty.wait_text("question 1 of");
    pty.send("Sunrise IOP\r");
    pty.wait_text("question 2 of");
    pty.send("555-0100\r");
    pty.wait_text("question 3 of");
    pty.send("1\r");
    pty.wait_text("question 4 of");
    let mark = pty.mark();
    pty.signal(libc::SIGINT);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
    let said = common::flatten(&pty.text_since(mark));
    assert!(!said.contains("had not answered any"), "{said}");
    assert!(said.contains("programs edit 1"), "{said}");
    let out = Run::new(["programs", "list"]).data_dir(&data).run();
    out.assert_code(0);
    assert!(out.stdout.contains("Sunrise IOP"), "{}", out.stdout);
}

// ---------------------------------------------------------------------------
// 7. Temporary files left by kill -9 are cleaned up
// ---------------------------------------------------------------------------

#[test]
fn case7_stray_temp_files_of_our_own_pattern_are_removed_at_start() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    std::fs::create_dir_all(data.join("checkins")).expect("mkdir");
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    let old = std::time::SystemTime::now() - Duration::from_secs(3600);
    let make = |p: PathBuf| {
        let f = std::fs::File::create(&p).expect("create");
        std::io::Write::write_all(&mut &f, b"{\"answers\": \"private\"}").expect("write");
        f.set_modified(old).expect("mtime");
        p
    };
    let stray = [
        make(data.join(".draft.json.AbC123.tmp")),
        make(data.join(".programs.json.x9Y8z7.tmp")),
        make(data.join("checkins/.new.Qq1Ww2.tmp")),
    ];
    let others = [
        make(data.join(".notes.txt.AbC123.tmp")),
        make(data.join("draft.json.bak")),
    ];
    Run::new(["--plain", "--bank", SMALL])
        .data_dir(&data)
        .lines(&["q"])
        .run()
        .assert_code(5);
    for p in &stray {
        assert!(!p.exists(), "{} is left", p.display());
    }
    for p in &others {
        assert!(p.exists(), "{} is not ours and must stay", p.display());
    }
}

// ---------------------------------------------------------------------------
// 8. Ctrl-C on "Save a copy" never leads to a second check-in
// ---------------------------------------------------------------------------

#[test]
fn case8_ctrl_c_on_the_save_a_copy_screen_never_keeps_twice() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn(&["--plain", "--bank", SMALL], &data);
    for (wait, answer) in [
        ("question 1 of", "1"),
        ("question 2 of", "1"),
        ("question 3 of", "1"),
        ("question 4 of", "1"),
        ("question 5 of", "5"),
        ("question 6 of", "a note"),
        ("Review your answers", ""),
        ("first name or initials", ""),
        ("Keep this check-in", "y"),
    ] {
        pty.wait_text(wait);
        pty.send(&format!("{answer}\r"));
    }
    pty.wait_text("Save a copy");
    let mark = pty.mark();
    pty.signal(libc::SIGINT);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
    let said = common::flatten(&pty.text_since(mark));
    assert!(said.contains("kept as a check-in"), "{said}");
    assert!(!said.contains("--resume"), "{said}");
    assert!(!data.join("draft.json").exists(), "the draft is left");
    let kept = || {
        std::fs::read_dir(data.join("checkins"))
            .expect("dir")
            .count()
    };
    assert_eq!(kept(), 1);
    // Resuming finds nothing to keep again.
    let out = Run::new(["--plain", "--resume", "--bank", SMALL])
        .data_dir(&data)
        .lines(&["q"])
        .run();
    assert!(out.stderr.contains("no saved answers"), "{}", out.stderr);
    assert_eq!(kept(), 1);
}

// ---------------------------------------------------------------------------
// 9. Sizes in messages never read as equal
// ---------------------------------------------------------------------------

#[test]
fn case9_a_size_just_over_the_limit_is_given_exactly() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).expect("mkdir");
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    let f = std::fs::File::create(data.join("programs.json")).expect("create");
    f.set_len(16 * 1024 * 1024 + 1).expect("grow");
    let out = Run::new(["programs", "list"]).data_dir(&data).run();
    out.assert_code(1);
    assert!(
        out.stderr
            .contains("it is 16,777,217 bytes, larger than the 16 MiB (16,777,216 bytes)"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("16.0 MiB, larger than the 16.0 MiB"));
}

// ---------------------------------------------------------------------------
// 10. Endless input without line breaks stops and says why
// ---------------------------------------------------------------------------

#[test]
fn case10_plain_input_from_dev_zero_stops_after_a_bounded_read() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut c = Command::new(BIN);
    c.args(["--plain", "--bank", SMALL, "--data-dir"])
        .arg(tmp.path().join("data"))
        .env("LANG", "C.UTF-8");
    let zero = std::fs::File::open("/dev/zero").expect("/dev/zero");
    let out = run_with_stdin(c, Stdio::from(zero), Duration::from_secs(30));
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("without ending, so iop-check stopped reading"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("standard input"), "{}", out.stderr);
}

// ---------------------------------------------------------------------------
// 11. The FHIR export of a large bank takes memory for one item, not all
// ---------------------------------------------------------------------------

/// A valid bank of 3,000 questions on one scale of 45 options: small
/// itself (271 KB), but its FHIR Questionnaire is 56 MB.
fn wide_bank() -> String {
    let mut s = String::from(
        "id: limits-bank\nversion: 1.0.0\ntitle: A bank at the limits\nlanguage: en-US\nlast_reviewed: 2026-10-01\ndisclaimer: This tool does not diagnose anything or make any decision for you.\nsources:\n  - id: samhsa-tip-47\n    title: \"SAMHSA TIP 47\"\n    url: https://store.samhsa.gov/product/tip-47\ncrisis:\n  intro: If you might act on thoughts of harming yourself, please reach out now.\n  after_answer: Please reach your therapist, call or text 988, or call 911 first.\n  resources:\n    - { name: 988 Suicide & Crisis Lifeline, region: United States, call: \"988\", text: \"988\" }\nbands:\n  - { id: low, from: 0, to: 49, label: Low }\n  - { id: high, from: 50, to: 100, label: High }\nscales:\n  wide:\n    options:\n",
    );
    for i in 0..45 {
        s.push_str(&format!(
            "      - {{ id: o{i}, label: Option {i}, score: {} }}\n",
            i % 101
        ));
    }
    s.push_str(
        "sections:\n  - id: all\n    title: Everything\n    why: To measure.\n    questions:\n",
    );
    for i in 0..3000 {
        s.push_str(&format!(
            "      - id: q{i}\n        kind: scale\n        scale: wide\n        prompt: Statement {i}?\n"
        ));
    }
    s
}

#[test]
fn case11_the_fhir_export_of_a_large_bank_fits_in_a_small_memory_cap() {
    // Not a measurement: a hard cap on the heap (RLIMIT_DATA), as
    // tests/it/input_limits.rs does for long lines. Holding the Questionnaire
    // whole (as a tree, or as text) cannot fit in 48 MiB; writing it an
    // item at a time does.
    use std::os::unix::process::CommandExt;
    let tmp = tempfile::tempdir().expect("tempdir");
    let bank = tmp.path().join("wide.yaml");
    std::fs::write(&bank, wide_bank()).expect("write");
    Run::new(["validate"]).arg(&bank).run().assert_code(0);
    let out_file = tmp.path().join("q.json");
    let mut cmd = Command::new(BIN);
    cmd.args(["export-bank", "--format", "fhir", "--bank"])
        .arg(&bank)
        .arg("-o")
        .arg(&out_file);
    let cap: u64 = 48 * 1024 * 1024;
    // SAFETY: between fork and exec, only setrlimit.
    unsafe {
        cmd.pre_exec(move || {
            let limit = libc::rlimit {
                rlim_cur: cap,
                rlim_max: cap,
            };
            if libc::setrlimit(libc::RLIMIT_DATA, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    Run::from_command(cmd).run().assert_code(0);
    let size = std::fs::metadata(&out_file).expect("written").len();
    assert!(
        size > cap,
        "the Questionnaire is larger than the cap: {size}"
    );
    // And it is whole: every question, each with its 45 options, then the end.
    let text = std::fs::read_to_string(&out_file).expect("read");
    assert_eq!(text.matches("\"linkId\": \"q").count(), 3000);
    assert_eq!(text.matches("\"code\": \"o44\"").count(), 3000);
    assert!(text.ends_with("]\n}\n"), "{}", &text[text.len() - 200..]);
}
