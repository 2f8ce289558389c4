//! `iop-check export-bank --format fhir`: the bank for other systems.

use std::path::Path;

use crate::bank;
use crate::cli::BankFormat;
use crate::error::Result;

pub fn run(
    format: BankFormat,
    bank_path: Option<&Path>,
    out: Option<&Path>,
    lang: crate::i18n::Lang,
) -> Result<()> {
    let bank = bank::load(bank_path, lang)?;
    // Written an item at a time, each cleaned on the way (see `Streamed`),
    // straight to where it goes: a large bank's Questionnaire is many
    // times the bank's size, and is never held whole in memory.
    crate::output::emit_with(out, |w| match format {
        BankFormat::Fhir => {
            serde_json::to_writer_pretty(&mut *w, &crate::fhir::Streamed(&bank))?;
            w.write_all(b"\n")
        }
    })
}
