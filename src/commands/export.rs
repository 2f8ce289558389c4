//! `iop-check export-bank --format fhir`: the bank for other systems.

use std::path::Path;

use crate::bank;
use crate::cli::BankFormat;
use crate::error::{Error, Result};

pub fn run(format: BankFormat, bank_path: Option<&Path>, out: Option<&Path>) -> Result<()> {
    let bank = bank::load(bank_path)?;
    let mut value = match format {
        BankFormat::Fhir => crate::fhir::questionnaire(&bank),
    };
    crate::text::clean_json(&mut value);
    let text = serde_json::to_string_pretty(&value).map_err(|e| Error::Internal {
        what: "FHIR Questionnaire",
        detail: e.to_string(),
    })? + "\n";
    crate::output::emit(&text, out)
}
