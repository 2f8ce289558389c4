//! Reading text files that a person points iop-check at (banks, answers
//! files), refusing anything that is not a reasonable text file before it
//! can cost time or memory.

use std::io::Read;
use std::path::Path;

use crate::bank::{Place, Problem};

/// Reads `path` as UTF-8 text of at most `limit` bytes. Every failure is a
/// one-line [`Problem`] that says what to do.
pub fn read_text(path: &Path, limit: u64) -> Result<String, Problem> {
    let name = path.display().to_string();
    let fail = |msg: String| Problem::new(&name, Place::File, msg);
    let meta = std::fs::metadata(path).map_err(|e| fail(open_message(&e)))?;
    if meta.is_dir() {
        return Err(fail(
            "this is a folder, not a file; name a YAML file instead".into(),
        ));
    }
    if meta.len() > limit {
        let (size, max) = (human_size(meta.len()), human_size(limit));
        let size = if size == max {
            format!("{} bytes", meta.len())
        } else {
            size
        };
        return Err(fail(format!(
            "the file is {size}, larger than the limit of {max}; it was not read"
        )));
    }
    let file = std::fs::File::open(path).map_err(|e| fail(open_message(&e)))?;
    let mut bytes = Vec::new();
    // Read one byte past the limit so that a growing file or a device is caught too.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(format!("could not read the file: {e}")))?;
    if bytes.len() as u64 > limit {
        return Err(fail(format!(
            "the file is larger than the limit of {}; it was not read",
            human_size(limit)
        )));
    }
    text_from_bytes(&name, bytes)
}

/// Checks that bytes are UTF-8 text, naming the line and column of the first
/// byte that is not.
pub fn text_from_bytes(name: &str, bytes: Vec<u8>) -> Result<String, Problem> {
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let (line, col) = line_col(&String::from_utf8_lossy(&bytes[..good]));
            return Err(Problem::new(
                name,
                Place::LineCol(line, col),
                format!(
                    "the file is not UTF-8 text (byte 0x{:02X}); save it as UTF-8 and try again",
                    bytes[good]
                ),
            ));
        }
    };
    if let Some(i) = text.find('\0') {
        let (line, col) = line_col(&text[..i]);
        return Err(Problem::new(
            name,
            Place::LineCol(line, col),
            "the file holds binary data (a NUL byte), not YAML text",
        ));
    }
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
}

/// The line and column (both from 1) just after `prefix`.
fn line_col(prefix: &str) -> (usize, usize) {
    let line = prefix.matches('\n').count() + 1;
    let col = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn open_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file; check the name and the folder".into(),
        std::io::ErrorKind::PermissionDenied => {
            "permission denied; you may not read this file (check it with ls -l)".into()
        }
        _ => format!("could not open the file: {e}"),
    }
}

pub fn human_size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB {
        format!("{:.1} MiB", bytes as f64 / MIB as f64)
    } else if bytes >= 1024 {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    } else {
        format!("{bytes} bytes")
    }
}
