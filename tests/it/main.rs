//! Every integration test, in one test binary (as ripgrep and fd do): one
//! link instead of one per file, and one copy of the shared helpers in
//! `common`. Each file is a module; run one with
//! `cargo test --test it MODULE::` (for example `cargo test --test it fhir::`).

#![recursion_limit = "256"]

mod answers_file;
mod answers_spanish;
mod bank_features;
mod bank_language;
mod bank_spanish;
mod bank_validate;
mod checkins;
mod cli;
mod common;
mod data_folder;
mod data_lock;
mod engine_plain;
mod engine_pty;
mod fhir;
mod fhir_renderer;
mod hidden_characters;
mod history;
mod input_limits;
mod language;
mod layout;
mod output_files;
mod pager;
mod programs;
mod programs_spanish;
mod progress;
mod progress_spanish;
mod reliability;
mod run_edges;
mod safety;
mod screens;
mod screens_spanish;
mod summary_content;
mod summary_print;
mod summary_spanish;
mod tools_required;
