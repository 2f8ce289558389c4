//! Colour settings: console honours CLICOLOR and CLICOLOR_FORCE; NO_COLOR
//! (https://no-color.org) is added here.

pub fn init() {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        console::set_colors_enabled(false);
        console::set_colors_enabled_stderr(false);
    }
}

/// Whether the terminal is a dumb one (TERM=dumb), which cannot move the
/// cursor: the questions are then asked as in plain mode.
pub fn dumb_terminal() -> bool {
    std::env::var_os("TERM").is_some_and(|t| t == "dumb")
}

/// Whether the locale's character set is UTF-8, so that symbols such as
/// ❯ and ✔ can be shown. As in C programs, the first of LC_ALL, LC_CTYPE
/// and LANG that is set decides; none set is the "C" locale, which is ASCII.
/// Read each time (three variables: cheaper than any text it decides on).
pub fn unicode() -> bool {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .is_some_and(|v| {
            let v = v.to_ascii_uppercase();
            v.contains("UTF-8") || v.contains("UTF8")
        })
}

/// iop-check's own symbols, and the ASCII shown for each where the locale
/// is not UTF-8.
const SYMBOLS: &[(char, &str)] = &[
    ('↑', "Up"),
    ('↓', "Down"),
    ('→', "->"),
    ('←', "<-"),
    ('·', "-"),
    ('…', "..."),
    ('—', "-"),
    ('–', "-"),
    ('“', "\""),
    ('”', "\""),
    ('‘', "'"),
    ('’', "'"),
    ('❯', ">"),
    ('›', ">"),
    ('✔', "x"),
    ('✘', "x"),
    ('⬚', " "),
    ('─', "-"),
    ('•', "*"),
];

/// `text` with iop-check's symbols in ASCII when the locale is not UTF-8
/// (see [`unicode`]); as it is otherwise.
pub fn symbols(text: &str) -> std::borrow::Cow<'_, str> {
    if unicode() || text.is_ascii() {
        return text.into();
    }
    to_ascii(text).into()
}

fn to_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match SYMBOLS.iter().find(|(u, _)| *u == c) {
            Some((_, a)) => out.push_str(a),
            None => out.push(c),
        }
    }
    out
}

/// The theme of the terminal prompts: dialoguer's colourful one, with
/// ASCII markers where the locale is not UTF-8.
pub fn theme() -> dialoguer::theme::ColorfulTheme {
    let mut t = dialoguer::theme::ColorfulTheme::default();
    if !unicode() {
        t.prompt_suffix = console::style(">".to_string())
            .for_stderr()
            .black()
            .bright();
        t.success_prefix = console::style("x".to_string()).for_stderr().green();
        t.success_suffix = console::style("-".to_string())
            .for_stderr()
            .black()
            .bright();
        t.error_prefix = console::style("x".to_string()).for_stderr().red();
        t.active_item_prefix = console::style(">".to_string()).for_stderr().green();
        t.checked_item_prefix = console::style("[x]".to_string()).for_stderr().green();
        t.unchecked_item_prefix = console::style("[ ]".to_string()).for_stderr().magenta();
        t.picked_item_prefix = console::style(">".to_string()).for_stderr().green();
    }
    t
}

#[cfg(test)]
mod tests {
    #[test]
    fn symbols_have_ascii_forms() {
        assert_eq!(
            super::to_ascii("↑/↓ move · Enter choose → ok"),
            "Up/Down move - Enter choose -> ok"
        );
        assert_eq!(super::to_ascii("café"), "café", "letters stay");
    }
}
