//! The bidirectional controls: invisible characters that can make text show
//! in another order than it is stored (the "Trojan Source" trick). A leaf
//! module, so that the bank's checks (compiled by build.rs too) and the text
//! helpers share one list.

/// The name of a bidirectional control (Unicode's Bidi_Control property:
/// embeddings, overrides, isolates and the three direction marks), or
/// None. All of them are invisible and change the order or direction in
/// which the text around them is shown, so none is ever written out, and
/// `validate` names each one found in a bank.
pub fn bidi_control_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{061c}' => "ARABIC LETTER MARK",
        '\u{200e}' => "LEFT-TO-RIGHT MARK",
        '\u{200f}' => "RIGHT-TO-LEFT MARK",
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

/// Whether `text::clean` would change `c`: a control character other than a
/// newline or tab (C0, DEL, C1), a bidirectional control, or the Unicode
/// line or paragraph separator.
pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || bidi_control_name(c).is_some()
        || matches!(c, '\u{2028}' | '\u{2029}')
}
