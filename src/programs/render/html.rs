//! One self-contained HTML page (no fonts, scripts or images), printable.
//! Built with minijinja, whose automatic escaping covers every value: the
//! template's name ends in `.html`, and nothing is concatenated as HTML.

use minijinja::{Environment, context};

use super::{Render, mark_words, preferences_line};
use crate::error::{Error, Result};
use crate::programs::Comparison;
use crate::text::clean;

pub struct Html;

const TEMPLATE: &str = include_str!("compare.html");

impl Render for Html {
    fn render(&self, c: &Comparison) -> Result<String> {
        let fail = |e: minijinja::Error| Error::Internal {
            what: "comparison as HTML",
            detail: e.to_string(),
        };
        let mut env = Environment::new();
        env.add_template("compare.html", TEMPLATE).map_err(fail)?;
        let rows: Vec<_> = c
            .rows
            .iter()
            .map(|r| {
                context! {
                    label => clean(&r.label),
                    priority => r.priority.as_deref().map(clean),
                    cells => r.cells.iter().map(|cell| context! {
                        text => clean(&cell.text),
                        known => cell.known,
                        mark => cell.mark.map(mark_words),
                        fits => cell.mark == Some(crate::programs::compare::Mark::Fits),
                    }).collect::<Vec<_>>(),
                }
            })
            .collect();
        let programs: Vec<_> = c
            .programs
            .iter()
            .map(|p| {
                let all = |v: &Vec<String>| v.iter().map(|s| clean(s)).collect::<Vec<_>>();
                context! {
                    number => p.number,
                    name => clean(&p.name),
                    ask_program => all(&p.ask_program),
                    ask_insurer => all(&p.ask_insurer),
                    clashes => all(&p.clashes),
                }
            })
            .collect();
        env.get_template("compare.html")
            .and_then(|t| {
                t.render(context! {
                    programs => programs,
                    rows => rows,
                    preferences => preferences_line(c),
                    script => c.insurer_script,
                    note => c.note,
                })
            })
            .map_err(fail)
    }
}
