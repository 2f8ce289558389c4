//! File sizes: the largest saved file iop-check reads back, and sizes in
//! words. A leaf module, so that the bank's checks (compiled by build.rs
//! too) and the file helpers share one limit.

/// The largest draft, check-in or programs file that is read back. Each is
/// a few KiB (a kept check-in of the small test bank is 1.6 KiB); anything
/// far larger was not written by iop-check, and is refused before it costs
/// time or memory. A bank's limits are worked out from it, so that nothing
/// iop-check writes is ever larger (`bank::validate::limits`). Kept here,
/// below both the bank and the store, which both need it.
pub const MAX_SAVED_BYTES: u64 = 16 * 1024 * 1024;

/// A size and the limit it passed, in words that never read as equal:
/// when both would round to the same figure ("16.0 MiB, larger than the
/// 16.0 MiB"), both are given in exact bytes.
///
/// ```
/// use iop_check::size::sizes;
/// assert_eq!(sizes(3 << 20, 1 << 20), ("3.0 MiB".into(), "1.0 MiB".into()));
/// assert_eq!(
///     sizes((16 << 20) + 1, 16 << 20),
///     ("16,777,217 bytes".into(), "16 MiB (16,777,216 bytes)".into())
/// );
/// ```
pub fn sizes(size: u64, limit: u64) -> (String, String) {
    let (a, b) = (human_size(size), human_size(limit));
    if a != b {
        return (a, b);
    }
    let exact = |n: u64| {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        format!("{out} bytes")
    };
    let limit_words = if limit.is_multiple_of(1024 * 1024) {
        format!("{} MiB ({})", limit >> 20, exact(limit))
    } else if limit.is_multiple_of(1024) {
        format!("{} KiB ({})", limit >> 10, exact(limit))
    } else {
        exact(limit)
    };
    (exact(size), limit_words)
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
