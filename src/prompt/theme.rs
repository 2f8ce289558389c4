//! The look of the terminal prompts: dialoguer's colourful theme (with
//! ASCII markers outside UTF-8, see [`crate::style::theme`]), except that
//! in a checklist the current row also gets the ❯ marker. dialoguer shows
//! it only by colour, so with NO_COLOR (or on a monochrome screen) there
//! was no telling which row Space would check.

use std::fmt;

use dialoguer::theme::{ColorfulTheme, Theme};

pub struct PromptTheme {
    inner: ColorfulTheme,
}

impl PromptTheme {
    pub fn new() -> Self {
        PromptTheme {
            inner: crate::style::theme(),
        }
    }
}

impl PromptTheme {
    /// How wide the markers before a checklist item are (`❯ ✔ `, or
    /// `> [x] ` in ASCII), so that wrapped lines can line up under the text.
    pub fn checklist_indent(&self) -> usize {
        let t = &self.inner;
        let w = |o: &console::StyledObject<String>| console::measure_text_width(&o.to_string());
        w(&t.active_item_prefix)
            + 1
            + w(&t.checked_item_prefix).max(w(&t.unchecked_item_prefix))
            + 1
    }
}

impl Default for PromptTheme {
    fn default() -> Self {
        Self::new()
    }
}

type W<'a> = &'a mut dyn fmt::Write;

impl Theme for PromptTheme {
    fn format_multi_select_prompt_item(
        &self,
        f: W,
        text: &str,
        checked: bool,
        active: bool,
    ) -> fmt::Result {
        let t = &self.inner;
        let marker = if active {
            t.active_item_prefix.to_string()
        } else {
            " ".repeat(console::measure_text_width(
                &t.active_item_prefix.to_string(),
            ))
        };
        let box_ = if checked {
            &t.checked_item_prefix
        } else {
            &t.unchecked_item_prefix
        };
        let style = if active {
            &t.active_item_style
        } else {
            &t.inactive_item_style
        };
        write!(f, "{marker} {box_} {}", style.apply_to(text))
    }

    // Everything else is the colourful theme's.
    fn format_prompt(&self, f: W, prompt: &str) -> fmt::Result {
        self.inner.format_prompt(f, prompt)
    }
    /// The error under a typed answer, wrapped to the terminal (its lines
    /// under its text, past the "✘ "), so that it never runs off the edge.
    fn format_error(&self, f: W, err: &str) -> fmt::Result {
        let err = crate::text::wrap(err, crate::text::width().saturating_sub(2), "  ");
        self.inner.format_error(f, &err)
    }
    fn format_confirm_prompt(&self, f: W, prompt: &str, default: Option<bool>) -> fmt::Result {
        self.inner.format_confirm_prompt(f, prompt, default)
    }
    fn format_confirm_prompt_selection(
        &self,
        f: W,
        prompt: &str,
        selection: Option<bool>,
    ) -> fmt::Result {
        self.inner
            .format_confirm_prompt_selection(f, prompt, selection)
    }
    fn format_input_prompt(&self, f: W, prompt: &str, default: Option<&str>) -> fmt::Result {
        self.inner.format_input_prompt(f, prompt, default)
    }
    fn format_input_prompt_selection(&self, f: W, prompt: &str, sel: &str) -> fmt::Result {
        self.inner.format_input_prompt_selection(f, prompt, sel)
    }
    fn format_select_prompt(&self, f: W, prompt: &str) -> fmt::Result {
        self.inner.format_select_prompt(f, prompt)
    }
    fn format_select_prompt_selection(&self, f: W, prompt: &str, sel: &str) -> fmt::Result {
        self.inner.format_select_prompt_selection(f, prompt, sel)
    }
    fn format_multi_select_prompt(&self, f: W, prompt: &str) -> fmt::Result {
        self.inner.format_multi_select_prompt(f, prompt)
    }
    fn format_sort_prompt(&self, f: W, prompt: &str) -> fmt::Result {
        self.inner.format_sort_prompt(f, prompt)
    }
    fn format_multi_select_prompt_selection(
        &self,
        f: W,
        prompt: &str,
        selections: &[&str],
    ) -> fmt::Result {
        self.inner
            .format_multi_select_prompt_selection(f, prompt, selections)
    }
    fn format_sort_prompt_selection(&self, f: W, prompt: &str, selections: &[&str]) -> fmt::Result {
        self.inner
            .format_sort_prompt_selection(f, prompt, selections)
    }
    fn format_select_prompt_item(&self, f: W, text: &str, active: bool) -> fmt::Result {
        self.inner.format_select_prompt_item(f, text, active)
    }
    fn format_sort_prompt_item(&self, f: W, text: &str, picked: bool, active: bool) -> fmt::Result {
        self.inner.format_sort_prompt_item(f, text, picked, active)
    }
}
