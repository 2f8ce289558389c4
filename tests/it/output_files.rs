//! Where results go: `--output` onto devices, FIFOs and /dev/stdout is
//! written directly (never replaced by a regular file); regular files are
//! replaced through a temporary file that nothing planted in the folder can
//! redirect or make readable; a closed stdout is an error, not lost output.
//!
//! Every special file here is reached through a path inside a temporary
//! folder (a symlink to /dev/null, a FIFO made there), so that even a
//! broken build can only ever replace something inside that folder.

use crate::common;

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::{BIN, Output, Run};

const BANK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/banks/valid/small.yaml");

fn export_to(path: &Path) -> Output {
    Run::new(["export-bank", "--format", "fhir", "--bank", BANK, "-o"])
        .arg(path)
        .run()
}

fn is_symlink(p: &Path) -> bool {
    std::fs::symlink_metadata(p)
        .map(|m| m.file_type().is_symlink())
        .unwrap_or(false)
}

#[test]
fn output_to_dev_null_writes_through_and_keeps_the_device() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let link = tmp.path().join("null");
    std::os::unix::fs::symlink("/dev/null", &link).expect("symlink");
    let out = export_to(&link);
    out.assert_code(0);
    assert!(
        is_symlink(&link),
        "the link to /dev/null was replaced by a regular file"
    );
    assert!(
        std::fs::metadata("/dev/null")
            .expect("/dev/null")
            .file_type()
            .is_char_device()
    );
}

#[test]
fn output_to_dev_full_fails_with_a_clear_message() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let link = tmp.path().join("full");
    std::os::unix::fs::symlink("/dev/full", &link).expect("symlink");
    let out = export_to(&link);
    out.assert_code(1);
    let expected = format!(
        "error: could not write {}: No space left on device (os error 28). The disk is full: free some space and try again.\n",
        link.display()
    );
    assert_eq!(out.stderr, expected);
    assert!(is_symlink(&link), "the link to /dev/full was replaced");
}

#[test]
fn output_to_a_fifo_goes_to_its_reader() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let fifo = tmp.path().join("pipe");
    let c = CString::new(fifo.as_os_str().as_bytes()).expect("no NUL");
    // SAFETY: mkfifo with a valid C string.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = fifo.clone();
    // The reader blocks until a writer opens the FIFO. If the FIFO were
    // replaced instead, it never would: the thread is then left behind and
    // the checks below fail.
    std::thread::spawn(move || {
        let _ = tx.send(std::fs::read_to_string(&reader));
    });
    let out = export_to(&fifo);
    out.assert_code(0);
    assert!(
        std::fs::symlink_metadata(&fifo)
            .expect("still there")
            .file_type()
            .is_fifo(),
        "the FIFO was replaced by a regular file"
    );
    let got = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("the reader got the output")
        .expect("read the FIFO");
    assert!(got.contains("\"resourceType\": \"Questionnaire\""), "{got}");
}

#[test]
fn output_to_proc_self_fd_1_goes_to_stdout() {
    let out = Run::new(["export-bank", "--format", "fhir", "--bank", BANK])
        .args(["-o", "/proc/self/fd/1"])
        .run();
    out.assert_code(0);
    assert!(
        out.stdout.contains("\"resourceType\": \"Questionnaire\""),
        "{out:?}"
    );
}

#[test]
fn output_through_a_link_to_dev_stdout_goes_to_stdout() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let link = tmp.path().join("out");
    std::os::unix::fs::symlink("/dev/stdout", &link).expect("symlink");
    let out = export_to(&link);
    out.assert_code(0);
    assert!(
        out.stdout.contains("\"resourceType\": \"Questionnaire\""),
        "{out:?}"
    );
    assert!(is_symlink(&link));
}

/// Before the run, in the child (so its process id is known), plants at
/// the old predictable temporary name `.out.json.PID.tmp` either a symlink
/// to `victim` or, with `victim` None, an empty 0666 file.
fn export_with_planted_temp(dir: &Path, victim: Option<&Path>) -> Output {
    let prefix = CString::new(dir.join(".out.json.").as_os_str().as_bytes()).expect("path");
    let victim = victim.map(|v| CString::new(v.as_os_str().as_bytes()).expect("path"));
    let mut cmd = Command::new(BIN);
    cmd.args(["export-bank", "--format", "fhir", "--bank", BANK, "-o"])
        .arg(dir.join("out.json"));
    // SAFETY: between fork and exec, only system calls on a stack buffer.
    unsafe {
        cmd.pre_exec(move || {
            let mut buf = [0u8; 4096];
            let p = prefix.as_bytes();
            if p.len() + 32 > buf.len() {
                return Ok(());
            }
            buf[..p.len()].copy_from_slice(p);
            let mut n = p.len();
            let mut digits = [0u8; 20];
            let mut pid = libc::getpid() as u32;
            let mut k = 0;
            loop {
                digits[k] = b'0' + (pid % 10) as u8;
                k += 1;
                pid /= 10;
                if pid == 0 {
                    break;
                }
            }
            while k > 0 {
                k -= 1;
                buf[n] = digits[k];
                n += 1;
            }
            for b in b".tmp\0" {
                buf[n] = *b;
                n += 1;
            }
            let path = buf.as_ptr().cast::<libc::c_char>();
            match &victim {
                Some(v) => {
                    libc::symlink(v.as_ptr(), path);
                }
                None => {
                    let fd = libc::open(path, libc::O_CREAT | libc::O_WRONLY, 0o666);
                    if fd >= 0 {
                        libc::fchmod(fd, 0o666);
                        libc::close(fd);
                    }
                }
            }
            Ok(())
        });
    }
    Run::from_command(cmd).run()
}

#[test]
fn a_planted_symlink_at_a_temporary_name_clobbers_nothing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let victim = tmp.path().join("precious.txt");
    std::fs::write(&victim, "keep me\n").expect("write");
    let out = export_with_planted_temp(tmp.path(), Some(&victim));
    out.assert_code(0);
    assert_eq!(
        std::fs::read_to_string(&victim).expect("victim"),
        "keep me\n"
    );
    let written = tmp.path().join("out.json");
    assert!(!is_symlink(&written));
    assert!(
        std::fs::read_to_string(&written)
            .expect("written")
            .contains("\"resourceType\": \"Questionnaire\"")
    );
    let mode = std::fs::metadata(&written)
        .expect("out")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn a_planted_world_readable_temporary_file_does_not_make_the_output_readable() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = export_with_planted_temp(tmp.path(), None);
    out.assert_code(0);
    let written = tmp.path().join("out.json");
    let mode = std::fs::metadata(&written)
        .expect("out")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600, "the summary must be private");
}

/// A `Command` for the binary that starts with its stdout closed (`>&-`).
fn with_stdout_closed(args: &[&str], data: &Path) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .env("IOP_CHECK_DATA_DIR", data)
        .env("NO_COLOR", "1");
    // SAFETY: close is async-signal-safe.
    unsafe {
        cmd.pre_exec(|| {
            libc::close(1);
            Ok(())
        });
    }
    Run::from_command(cmd).run()
}

const CLOSED: &str = "error: there is nowhere to write the result: standard output is closed (as with `>&-`), so it would be lost. Send it to a file with --output FILE (or `> FILE`), or leave standard output open.\n";

#[test]
fn summary_with_stdout_closed_fails_and_says_why() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    // Keep one check-in: safe-now, insurance yes, in network, cost worry,
    // hours, notes, finish, name, keep, no copy.
    Run::new(["run", "--plain", "--bank", BANK])
        .data_dir(&data)
        .stdin("1\n1\n4\n2\n10\nnotes\n\nSam\ny\n\n")
        .run()
        .assert_code(0);
    let out = with_stdout_closed(&["summary"], &data);
    out.assert_code(1);
    assert_eq!(out.stderr, CLOSED);
    let out = with_stdout_closed(&["template", "--bank", BANK], &data);
    out.assert_code(1);
    assert_eq!(out.stderr, CLOSED);
}

#[test]
fn a_run_with_stdout_closed_stops_before_the_first_question() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let out = with_stdout_closed(&["run", "--plain", "--bank", BANK], &data);
    out.assert_code(1);
    assert_eq!(out.stderr, CLOSED);
    assert!(!data.exists(), "nothing is written");
}
