//! One module per subcommand; [`dispatch`] picks one.

mod checkins;
mod crisis;
mod export;
mod programs;
mod progress;
mod run;
mod shell;
pub mod template;
mod validate;

use crate::cli::{Cli, Command};
use crate::error::Result;
use crate::i18n::Lang;

/// Runs the command. `lang` is the language chosen for it; a command that
/// learns the person's language is another (the draft of a run begun in
/// it, a `--bank` written in it) changes it, so that what it says on the
/// way out is in the same language as its screens.
pub fn dispatch(cli: Cli, lang: &mut Lang) -> Result<()> {
    crate::style::init();
    let chosen = cli.global.lang.is_some();
    match cli.command {
        Some(Command::Validate { files }) => validate::run(&files),
        Some(Command::Crisis { bank }) => crisis::run(bank.as_deref(), *lang),
        Some(Command::Template { bank }) => template::run(bank.as_deref(), *lang),
        Some(Command::Completions { shell }) => shell::completions(shell),
        Some(Command::Man) => shell::man(),
        Some(Command::Run(args)) => run::run(&args, lang, chosen),
        Some(Command::Summary {
            target,
            draft,
            bank,
            format,
            output,
            all_answers,
            summary_lang,
            data,
        }) => checkins::summary(
            &checkins::SummaryArgs {
                target: target.as_deref(),
                draft,
                bank: bank.as_deref(),
                format,
                output: output.as_deref(),
                all_answers,
                summary_lang,
                lang: cli.global.lang,
            },
            &data,
            *lang,
        ),
        Some(Command::ExportBank {
            format,
            bank,
            output,
        }) => export::run(format, bank.as_deref(), output.as_deref(), *lang),
        Some(Command::Programs { command }) => programs::run(&command, *lang),
        Some(Command::Progress(args)) => progress::run(&args, lang, chosen),
        Some(Command::History {
            format,
            output,
            data,
        }) => checkins::history(format, output.as_deref(), &data, *lang),
        Some(Command::Forget { id, all, yes, data }) => {
            checkins::forget(id.as_deref(), all, yes, &data, *lang)
        }
        None => run::run(&cli.run, lang, chosen),
    }
}

/// Shows on stderr the most urgent safety answer's crisis response, as a
/// run would have shown it when the answer was given: for a run from an
/// answers file, where nothing is asked.
fn show_urgent_crisis(bank: &crate::bank::Bank, answers: &crate::answers::Answers) {
    let urgent = bank
        .safety_questions()
        .filter_map(|q| {
            let a = answers.get(&q.id)?;
            a.option_ids()
                .filter_map(|o| q.option(o))
                .find(|c| c.crisis)
        })
        .max_by_key(|c| c.urgency);
    if let Some(c) = urgent {
        // In the bank's language, as the run's screens would have said it.
        let m = crate::i18n::Messages::new(Lang::of(&bank.language));
        crate::output::stderr(&crate::crisis::response_in(
            &bank.crisis,
            c.urgency.unwrap_or(crate::bank::Urgency::Now),
            c.talking_point.as_deref(),
            &m,
        ));
    }
}
