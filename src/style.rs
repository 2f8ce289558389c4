//! Colour settings: console honours CLICOLOR and CLICOLOR_FORCE; NO_COLOR
//! (https://no-color.org) is added here.

pub fn init() {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        console::set_colors_enabled(false);
        console::set_colors_enabled_stderr(false);
    }
}
