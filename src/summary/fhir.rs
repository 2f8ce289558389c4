//! FHIR R4: the answers as a QuestionnaireResponse (see docs/fhir.md). It
//! needs the bank the answers came from, which a kept check-in alone lacks.

use super::json::pretty;
use super::{Context, Renderer};
use crate::error::{Error, Result};

pub struct FhirRenderer;

impl Renderer for FhirRenderer {
    fn render(&self, cx: &Context) -> Result<String> {
        let Some(src) = cx.source else {
            return Err(Error::Cannot(crate::i18n::Said::new("fhir-needs-bank")));
        };
        let value = crate::fhir::response(src.bank, src.answers, cx.assessment, src.status);
        pretty(&value, "FHIR response")
    }
}
