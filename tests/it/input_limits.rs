//! Input is read within limits: a plain-mode line longer than 64 KiB is set
//! aside with a message (and memory stays small, even under a cap), and a
//! draft or check-in far larger than iop-check ever writes is refused before
//! it is read.

use crate::common;

use std::path::Path;

use common::{Output, Run};

const BANK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/banks/valid/small.yaml");
const SCRIPT: &str = "1\n1\n4\n2\n10\nnotes\n\nSam\ny\n\n";
const TOO_LONG: &str =
    "That line was too long (more than 64 KiB), so it was set aside. Please type a shorter answer.";

/// A run of the binary whose heap and other private memory may grow to
/// `bytes` at most.
fn capped_run(bytes: u64) -> Run {
    use std::os::unix::process::CommandExt;
    let mut cmd = std::process::Command::new(common::BIN);
    // SAFETY: between fork and exec, only setrlimit.
    unsafe {
        cmd.pre_exec(move || {
            let limit = libc::rlimit {
                rlim_cur: bytes,
                rlim_max: bytes,
            };
            if libc::setrlimit(libc::RLIMIT_DATA, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    Run::from_command(cmd)
}

#[test]
fn a_huge_line_in_plain_mode_is_set_aside_within_a_memory_cap() {
    // 64 MiB on one line, with the heap held to 32 MiB: reading the line
    // whole could not fit.
    let mut input = vec![b'x'; 64 * 1024 * 1024];
    input.push(b'\n');
    input.extend_from_slice(SCRIPT.as_bytes());
    let out: Output = capped_run(32 * 1024 * 1024)
        .args(["run", "--plain", "--no-save", "--bank", BANK])
        .env("NO_COLOR", "1")
        .stdin(input)
        .run();
    out.assert_code(0);
    assert_eq!(
        common::flatten(&out.stderr).matches(TOO_LONG).count(),
        1,
        "{}",
        out.stderr
    );
    assert!(out.stdout.contains("For Sam"), "{}", out.stdout);
}

#[test]
fn a_line_just_over_the_limit_is_set_aside_and_one_at_it_is_read() {
    // A name of exactly 64 KiB is read (and then cleaned and kept); one byte
    // more is set aside and the next line is used.
    let at = "y".repeat(64 * 1024);
    let over = "z".repeat(64 * 1024 + 3);
    let input = format!("1\n1\n4\n2\n10\nnotes\n\n{over}\n{at}\ny\n\n");
    let out = Run::new(["run", "--plain", "--no-save", "--bank", BANK])
        .env("NO_COLOR", "1")
        .stdin(input)
        .run();
    out.assert_code(0);
    assert_eq!(
        common::flatten(&out.stderr).matches(TOO_LONG).count(),
        1,
        "{}",
        out.stderr
    );
    assert!(!out.stdout.contains("zzz"));
}

fn big_file(path: &Path) {
    let mut bytes = vec![b' '; 16 * 1024 * 1024 + 1];
    bytes[0] = b'{';
    std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
    std::fs::write(path, bytes).expect("write");
}

#[test]
fn a_huge_draft_is_refused_before_it_is_read() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let draft = data.join("draft.json");
    big_file(&draft);
    let out = Run::new(["run", "--plain", "--resume", "--bank", BANK])
        .data_dir(&data)
        .stdin(SCRIPT)
        .run();
    out.assert_code(1);
    assert_eq!(
        out.stderr,
        format!(
            "error: could not read the saved file {}: it is 16,777,217 bytes, larger than the 16 MiB (16,777,216 bytes) a saved file can be, so it was not read. It may have been edited or damaged. Move it aside (or delete it) and run iop-check again.\n",
            draft.display()
        )
    );
}

#[test]
fn a_huge_checkin_is_refused_before_it_is_read() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let file = data.join("checkins/20260101-000000.json");
    big_file(&file);
    let out = Run::new(["summary", "20260101-000000"])
        .data_dir(&data)
        .run();
    out.assert_code(2);
    let history = Run::new(["history"]).data_dir(&data).run();
    history.assert_code(0);
    assert!(
        history
            .stderr
            .contains(&format!("warning: could not read {}", file.display())),
        "{}",
        history.stderr
    );
    let direct = Run::new(["summary"]).arg(&file).data_dir(&data).run();
    direct.assert_code(1);
    assert!(
        direct.stderr.contains(
            "larger than the 16 MiB (16,777,216 bytes) a saved file can be, so it was not read"
        ),
        "{}",
        direct.stderr
    );
}
