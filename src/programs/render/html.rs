//! One self-contained page (no fonts, scripts or images), printable with
//! page numbers: the summary's page frame (`page.html`), extended by
//! `compare.html`. minijinja's automatic escaping covers every value: the
//! template's name ends in `.html`, and nothing is concatenated as HTML.

use minijinja::context;

use super::{Context, Render};
use crate::error::Result;
use crate::programs::compare::Mark;
use crate::summary::base::html_page;
use crate::text::clean;

pub struct Html;

const TEMPLATE: &str = include_str!("compare.html");

impl Render for Html {
    fn render(&self, cx: &Context) -> Result<String> {
        let doc = cx.document;
        let rows: Vec<_> = doc
            .rows
            .iter()
            .map(|r| {
                context! {
                    label => clean(&r.label),
                    priority => r.priority.as_deref().map(clean),
                    cells => r.cells.iter().map(|cell| context! {
                        text => clean(&cell.text),
                        known => cell.known,
                        mark => cell.mark.map(|m| doc.mark_words(m)),
                        fits => cell.mark == Some(Mark::Fits),
                    }).collect::<Vec<_>>(),
                }
            })
            .collect();
        let all = |v: &[String]| v.iter().map(|s| clean(s)).collect::<Vec<_>>();
        let lists: Vec<_> = doc
            .programs
            .iter()
            .flat_map(|p| &p.lists)
            .map(|l| context! { title => clean(&l.title), items => all(&l.items) })
            .collect();
        let (before, word, after) = doc.estimate_stressed();
        html_page(
            "comparison as HTML",
            "compare.html",
            TEMPLATE,
            context! {
                lang => doc.lang,
                title => clean(&doc.title),
                estimate => context! { before => before, word => word, after => after },
                preferences => clean(&doc.preferences),
                star => clean(&doc.star),
                columns => all(&doc.columns),
                rows => rows,
                lists => lists,
                insurer => context! {
                    title => clean(&doc.insurer.title),
                    items => all(&doc.insurer.items),
                },
                note => clean(&doc.note),
                words => context! { page => clean(&doc.page), of => clean(&doc.page_of) },
            },
        )
    }
}
