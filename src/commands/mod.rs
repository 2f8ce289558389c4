//! One module per subcommand; [`dispatch`] picks one.

mod crisis;
mod validate;

use crate::cli::{Cli, Command};
use crate::error::Result;

pub fn dispatch(cli: Cli) -> Result<()> {
    match cli.command {
        Some(Command::Validate { files }) => validate::run(&files),
        Some(Command::Crisis { bank }) => crisis::run(bank.as_deref()),
        Some(Command::Run(_)) | None => Err(crate::error::Error::Usage(
            "answering the questions is not available yet".into(),
        )),
    }
}
