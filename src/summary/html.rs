//! One self-contained, printable HTML page: no external fonts, scripts or
//! images, print CSS that keeps a typical summary to two pages on Letter and
//! A4, readable in black and white. Built with a template engine whose
//! automatic escaping covers every value; nothing is concatenated as HTML.

use minijinja::{Environment, context};

use super::{Renderer, display_change, display_date, display_score};
use crate::error::{Error, Result};
use crate::score::Assessment;
use crate::text::clean;

pub struct HtmlRenderer;

const TEMPLATE: &str = include_str!("summary.html");

impl Renderer for HtmlRenderer {
    fn render(&self, a: &Assessment) -> Result<String> {
        let a = &a.cleaned();
        let mut env = Environment::new();
        // The name ends in .html, so every `{{ value }}` is HTML-escaped.
        env.add_template("summary.html", TEMPLATE)
            .map_err(template_error)?;
        let sections: Vec<_> = a
            .sections
            .iter()
            .map(|s| {
                context! {
                    title => clean(&s.title),
                    score => display_score(s.score),
                    band => clean(s.band_label.as_deref().unwrap_or("not scored")),
                    reason => clean(&s.reason),
                }
            })
            .collect();
        let changes: Vec<_> = a
            .changes
            .iter()
            .map(|c| context! { title => clean(&c.title), change => display_change(c.before, c.now) })
            .collect();
        let open: Vec<_> = a
            .open_by_section()
            .iter()
            .map(|g| context! { section => g.section, line => g.line() })
            .collect();
        let notes: Vec<_> = a
            .notes
            .iter()
            .map(|(id, text)| context! { section => clean(a.section_title(id)), text => clean(text) })
            .collect();
        let checklists = vec![
            ("Questions to ask your therapist", &a.checklists.therapist),
            ("Questions to ask programs", &a.checklists.programs),
            ("What to check with your insurer", &a.checklists.insurer),
        ];
        let name = a.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
        env.get_template("summary.html")
            .and_then(|t| {
                t.render(context! {
                    a => a,
                    lang => "en",
                    name => name,
                    date => display_date(&a.created),
                    sections => sections,
                    changes => changes,
                    notes => notes,
                    open => open,
                    checklists => checklists,
                })
            })
            .map_err(template_error)
    }
}

fn template_error(e: minijinja::Error) -> Error {
    Error::Internal {
        what: "HTML summary",
        detail: e.to_string(),
    }
}
