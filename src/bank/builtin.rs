//! The built-in bank, compiled into the binary so that an installed
//! `iop-check` works from any folder.
//!
//! build.rs checks `questions/iop-decision.yaml` with the same code as
//! `iop-check validate` (a broken bank fails the build, with the validator's
//! messages) and writes the checked [`Bank`] out in postcard's compact
//! binary form. At start-up that is read straight into the model, without
//! parsing YAML or checking the bank again: the first screen comes sooner.

use super::Bank;
use crate::error::{Error, Result};
use crate::problem::{Place, Problem};

/// The name the built-in bank goes by in messages.
pub const BUILTIN_NAME: &str = "questions/iop-decision.yaml (built in)";

/// The text of `questions/iop-decision.yaml` at build time, for
/// `iop-check validate` and `template`.
pub const BUILTIN_YAML: &str = include_str!("../../questions/iop-decision.yaml");

/// The same bank, checked by build.rs, in postcard's binary form of the
/// model: read back several times faster than JSON, which made up most of
/// the start-up time.
const CHECKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-checked.postcard"));

/// The weekly check-in's bank (`questions/progress.yaml`), checked by build.rs.
const PROGRESS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/progress-checked.postcard"));

/// The programs worksheet (`questions/programs.yaml`), checked by build.rs.
const PROGRAMS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/programs-checked.postcard"));

/// The Spanish decision bank (`questions/iop-decision.es.yaml`), checked by
/// build.rs: the same ids, kinds, options and scores as the English one.
const CHECKED_ES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-es-checked.postcard"));

/// The name the built-in Spanish bank goes by in messages.
pub const BUILTIN_ES_NAME: &str = "questions/iop-decision.es.yaml (built in)";

/// The built-in decision bank in Spanish.
pub fn builtin_es() -> Result<Bank> {
    stored(BUILTIN_ES_NAME, CHECKED_ES)
}

/// The built-in bank. It was checked when the binary was built, so an error
/// here is a bug (the model and its stored form out of step); it is still
/// reported, not panicked on.
pub fn builtin() -> Result<Bank> {
    stored(BUILTIN_NAME, CHECKED)
}

/// The weekly check-in's bank in Spanish (`questions/progress.es.yaml`).
const PROGRESS_ES: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/progress-es-checked.postcard"));

/// The programs worksheet in Spanish (`questions/programs.es.yaml`).
const PROGRAMS_ES: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/programs-es-checked.postcard"));

/// The built-in decision banks' crisis resources alone, in each language.
const CRISIS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-crisis.postcard"));
const CRISIS_ES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-es-crisis.postcard"));

/// The built-in decision bank's crisis resources in `lang`, read without
/// the rest of the bank (for `iop-check crisis`, which shows them at once).
pub fn builtin_crisis(lang: crate::i18n::Lang) -> Result<super::Crisis> {
    let (name, bytes) = match lang {
        crate::i18n::Lang::En => (BUILTIN_NAME, CRISIS),
        crate::i18n::Lang::Es => (BUILTIN_ES_NAME, CRISIS_ES),
    };
    postcard::from_bytes(bytes).map_err(|e| {
        Error::Bank(vec![Problem::new(
            name,
            Place::File,
            format!("the crisis resources checked at build time could not be read back ({e}); this is a bug in iop-check"),
        )])
    })
}

/// The built-in decision bank in `lang`.
pub fn builtin_in(lang: crate::i18n::Lang) -> Result<Bank> {
    match lang {
        crate::i18n::Lang::En => builtin(),
        crate::i18n::Lang::Es => builtin_es(),
    }
}

/// The built-in weekly bank in `lang`, as written (with its template
/// questions). `name` is what messages call it.
pub fn builtin_progress(name: &str, lang: crate::i18n::Lang) -> Result<Bank> {
    match lang {
        crate::i18n::Lang::En => stored(name, PROGRESS),
        crate::i18n::Lang::Es => stored(name, PROGRESS_ES),
    }
}

/// The built-in programs worksheet in `lang`.
pub fn builtin_programs(name: &str, lang: crate::i18n::Lang) -> Result<Bank> {
    match lang {
        crate::i18n::Lang::En => stored(name, PROGRAMS),
        crate::i18n::Lang::Es => stored(name, PROGRAMS_ES),
    }
}

fn stored(name: &str, bytes: &[u8]) -> Result<Bank> {
    postcard::from_bytes(bytes).map_err(|e| {
        Error::Bank(vec![Problem::new(
            name,
            Place::File,
            format!("the bank checked at build time could not be read back ({e}); this is a bug in iop-check"),
        )])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bank_checked_at_build_time_is_the_yaml_checked_now() {
        let from_yaml =
            super::super::load_str(BUILTIN_NAME, BUILTIN_YAML).expect("the YAML is valid");
        assert_eq!(builtin().expect("the checked bank reads back"), from_yaml);
    }

    #[test]
    fn the_spanish_bank_checked_at_build_time_is_its_yaml() {
        let yaml = include_str!("../../questions/iop-decision.es.yaml");
        let from_yaml = super::super::load_str(BUILTIN_ES_NAME, yaml).expect("valid");
        assert_eq!(builtin_es().expect("reads back"), from_yaml);
    }

    #[test]
    fn the_weekly_bank_and_the_worksheet_checked_at_build_time_are_their_yaml() {
        use crate::i18n::Lang;
        for (lang, progress, programs) in [
            (
                Lang::En,
                include_str!("../../questions/progress.yaml"),
                include_str!("../../questions/programs.yaml"),
            ),
            (
                Lang::Es,
                include_str!("../../questions/progress.es.yaml"),
                include_str!("../../questions/programs.es.yaml"),
            ),
        ] {
            let from_yaml = super::super::load_str("progress.yaml", progress).expect("valid");
            assert_eq!(
                builtin_progress("progress.yaml", lang).expect("reads back"),
                from_yaml
            );
            let from_yaml = super::super::load_str("programs.yaml", programs).expect("valid");
            assert_eq!(
                builtin_programs("programs.yaml", lang).expect("reads back"),
                from_yaml
            );
            assert_eq!(
                builtin_in(lang).expect("reads back").language,
                from_yaml.language
            );
        }
    }
}
