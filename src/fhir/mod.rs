//! HL7 FHIR R4: the bank as a `Questionnaire`, answers as a
//! `QuestionnaireResponse` that points back at it, and such a response read
//! back in as answers, for clinics whose systems speak FHIR. Hand-written
//! serde values: a whole FHIR crate would be far heavier than these two
//! resources need.
//!
//! Choices made (documented in docs/fhir.md):
//! - each section is a `group` item with linkId `group-<section id>`, whose
//!   first child is a `display` item with the section's "why";
//! - opening text blocks are `display` items with linkId `opening-<id>`;
//! - each choice question's options are codes of a code system of its own,
//!   [`code_system`], so that every code has exactly one display;
//! - option scores travel in the R4 `ordinalValue` extension on each
//!   option's `valueCoding` (reverse scoring already applied), where form
//!   fillers do not print them beside the label;
//! - a response holds the answers, plus the status of each safety question
//!   in the extension [`SAFETY_STATUS_URL`] (defined in docs/fhir/): how a
//!   section fits the options the person weighs depends on their leaning
//!   and is in the JSON summary;
//! - no array is ever empty, and every text is trimmed.

mod import;
mod questionnaire;
mod response;

pub use import::{load_answers, load_answers_dated, looks_like_response, read_response};
pub use questionnaire::{Streamed, code_systems, questionnaire};
pub use response::response;

use serde_json::{Value, json};

use crate::bank::{Bank, Kind, Question};

/// The R4 extension for an answer option's score.
pub const ORDINAL_VALUE_URL: &str = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
/// The R4 extension that marks an option as going alone ("None of these").
pub const OPTION_EXCLUSIVE_URL: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";
/// Where iop-check's own FHIR definitions live (docs/fhir/).
pub const CANONICAL_BASE: &str = "https://iop-check.example/fhir";
/// Our extension, on the response, for the status of each safety question
/// (`now`, `past`, `unsure`, `no`, `skipped` or `not_asked`): FHIR has no
/// "skipped" answer, and a skipped question has no item to carry it
/// (docs/fhir/StructureDefinition-safety-status.json).
pub const SAFETY_STATUS_URL: &str =
    "https://iop-check.example/fhir/StructureDefinition/safety-status";
/// The standard extension that says how an item is shown (help, radio
/// buttons, check boxes, a drop-down).
pub const ITEM_CONTROL_URL: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
/// The SDC extension for a condition that enableWhen cannot say.
pub const ENABLE_WHEN_EXPRESSION_URL: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression";

/// The bank's canonical URL: its `url`, or a URN made from its id.
pub fn canonical(bank: &Bank) -> String {
    bank.url
        .clone()
        .unwrap_or_else(|| format!("urn:iop-check:bank:{}", bank.id))
}

/// The code system of one question's options: `<canonical>/options/<id>`
/// (`:` instead of `/` after a URN), so that a code such as `not-sure`
/// has one display in each.
pub fn code_system(bank: &Bank, question_id: &str) -> String {
    let base = canonical(bank);
    if base.starts_with("urn:") {
        format!("{base}:options:{question_id}")
    } else {
        format!("{}/options/{question_id}", base.trim_end_matches('/'))
    }
}

pub fn group_link_id(section_id: &str) -> String {
    format!("group-{section_id}")
}

/// A yes/no question with no "not sure" option is a FHIR boolean.
pub fn is_boolean(q: &Question) -> bool {
    q.kind == Kind::YesNo && q.options.iter().all(|o| !o.not_sure)
}

/// The FHIR item type for a question.
pub fn item_type(q: &Question) -> &'static str {
    match q.kind {
        Kind::YesNo if is_boolean(q) => "boolean",
        Kind::Choice | Kind::Scale | Kind::YesNo | Kind::Checklist => "choice",
        Kind::Number if q.number.as_ref().is_some_and(|n| n.whole) => "integer",
        Kind::Number => "decimal",
        Kind::Text => "text",
    }
}

/// Text as FHIR carries it: without terminal escapes, and trimmed.
pub fn text(s: &str) -> String {
    crate::text::clean(s).trim().to_string()
}

/// A generated narrative (`text`) from paragraphs and list items, escaped
/// for XHTML.
pub fn narrative(title: &str, paragraphs: &[String], list: &[String]) -> Value {
    let mut div = format!(
        "<div xmlns=\"http://www.w3.org/1999/xhtml\"><h1>{}</h1>",
        xml(title)
    );
    for p in paragraphs {
        div.push_str(&format!("<p>{}</p>", xml(p)));
    }
    if !list.is_empty() {
        div.push_str("<ul>");
        for l in list {
            div.push_str(&format!("<li>{}</li>", xml(l)));
        }
        div.push_str("</ul>");
    }
    div.push_str("</div>");
    json!({ "status": "generated", "div": div })
}

fn xml(s: &str) -> String {
    text(s)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
