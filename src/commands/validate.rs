//! `iop-check validate [FILE...]`: check banks and list every problem.

use std::path::PathBuf;

use crate::bank::{self, BUILTIN_NAME, BUILTIN_YAML, Bank};
use crate::error::{Error, Result};

pub fn run(files: &[PathBuf]) -> Result<()> {
    let mut problems = Vec::new();
    let mut valid = String::new();
    let mut check =
        |name: String, result: std::result::Result<Bank, Vec<crate::problem::Problem>>| match result
        {
            Ok(b) => valid.push_str(&format!(
                "{name}: valid: bank \"{}\" {}, {} questions in {} sections\n",
                b.id,
                b.version,
                b.question_count(),
                b.sections.len()
            )),
            Err(p) => problems.extend(p),
        };
    if files.is_empty() {
        check(
            BUILTIN_NAME.to_string(),
            bank::load_str(BUILTIN_NAME, BUILTIN_YAML),
        );
    }
    for f in files {
        check(f.display().to_string(), bank::load_file(f));
    }
    // File names come from the command line: keep them from moving the cursor.
    crate::output::stdout(&crate::text::clean(&valid))?;
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Bank(problems))
    }
}
