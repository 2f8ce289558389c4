//! The bidirectional controls: invisible characters that can make text show
//! in another order than it is stored (the "Trojan Source" trick). A leaf
//! module, so that the bank's checks (compiled by build.rs too) and the text
//! helpers share one list.

/// The name of a bidirectional control that can reorder text as shown
/// (embeddings, overrides and isolates), or None. The left-to-right and
/// right-to-left marks (U+200E, U+200F) are not among them: they cannot
/// reorder text, and right-to-left writing needs them.
pub fn bidi_control_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{202a}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202b}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202c}' => "POP DIRECTIONAL FORMATTING",
        '\u{202d}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202e}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        _ => return None,
    })
}
