//! HL7 FHIR R4: the bank as a `Questionnaire`, and answers as a
//! `QuestionnaireResponse` that points back at it, for clinics whose
//! systems speak FHIR. Hand-written serde values: a whole FHIR crate would
//! be far heavier than these two resources need.
//!
//! Choices made (documented in docs/fhir.md):
//! - each section is a `group` item with linkId `group-<section id>`, whose
//!   first child is a `display` item with the section's "why";
//! - opening text blocks are `display` items with linkId `opening-<id>`;
//! - option scores travel in the standard `itemWeight` extension on each
//!   `answerOption` (reverse scoring already applied);
//! - section scores travel on the response's group items in the extension
//!   [`SECTION_SCORE_URL`], since FHIR has no core element for them;
//! - the status of each safety question travels on the response in the
//!   extension [`SAFETY_STATUS_URL`].

mod questionnaire;
mod response;

pub use questionnaire::questionnaire;
pub use response::response;

use crate::bank::{Bank, Kind, Question};

/// The standard extension for an answer option's score.
pub const ITEM_WEIGHT_URL: &str = "http://hl7.org/fhir/StructureDefinition/itemWeight";
/// Our extension for a section's score and band on a response group.
pub const SECTION_SCORE_URL: &str =
    "https://iop-check.example/fhir/StructureDefinition/section-score";
/// Our extension, on the response, for the status of each safety question
/// (`now`, `past`, `unsure`, `no`, `skipped` or `not_asked`): FHIR has no
/// "skipped" answer, and a skipped question has no item to carry it.
pub const SAFETY_STATUS_URL: &str =
    "https://iop-check.example/fhir/StructureDefinition/safety-status";
/// The standard extension that marks a display item as help text.
pub const ITEM_CONTROL_URL: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";

/// The bank's canonical URL: its `url`, or a URN made from its id.
pub fn canonical(bank: &Bank) -> String {
    bank.url
        .clone()
        .unwrap_or_else(|| format!("urn:iop-check:bank:{}", bank.id))
}

/// The code system of the bank's options.
pub fn code_system(bank: &Bank) -> String {
    format!("{}/options", canonical(bank).trim_end_matches('/'))
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
