//! `iop-check crisis`: crisis resources at once, with nothing else loaded.

use std::path::Path;

use crate::bank;
use crate::error::Result;

pub fn run(bank_path: Option<&Path>) -> Result<()> {
    let bank = bank::load(bank_path)?;
    print!("{}", crate::crisis::render(&bank.crisis));
    Ok(())
}
