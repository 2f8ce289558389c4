//! Build-time work on the built-in banks (`questions/iop-decision.yaml`,
//! `questions/progress.yaml`, `questions/programs.yaml` and the Spanish
//! decision bank `questions/iop-decision.es.yaml`):
//! - each is checked by the same code as `iop-check validate`: the bank's
//!   model and checks are compiled into this script too. A broken bank
//!   fails the build, with the validator's messages;
//! - each checked bank is written out in postcard's binary form of the
//!   model, which the program reads back at start-up without checking it
//!   again (src/bank/builtin.rs);
//! - the decision bank's id and version go into `--version`.

// Here the modules are private and partly used, so lints that never fire on
// the crate's public API would (unused items, clippy's API naming rules).
#[allow(dead_code, unused_imports, clippy::enum_variant_names)]
#[path = "src/bank/mod.rs"]
mod bank;
#[allow(dead_code)]
#[path = "src/bidi.rs"]
mod bidi;
#[allow(dead_code)]
#[path = "src/problem.rs"]
mod problem;
#[allow(dead_code)]
#[path = "src/size.rs"]
mod size;
#[allow(dead_code)]
#[path = "src/yaml/mod.rs"]
mod yaml;

fn main() {
    // The bank's loaders need the whole crate: src/bank/mod.rs compiles them
    // only when this is set, which it is for the crate and not for this script.
    println!("cargo::rustc-cfg=iop_crate");
    for watched in [
        "build.rs",
        "src/bank",
        "src/bidi.rs",
        "src/problem.rs",
        "src/size.rs",
        "src/yaml",
    ] {
        println!("cargo::rerun-if-changed={watched}");
    }
    let out_dir =
        std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    // Every bank built into the binary: the decision questions, the weekly
    // check-in and the programs worksheet (src/bank/builtin.rs reads them).
    for (path, stored) in [
        ("questions/iop-decision.yaml", "builtin-checked.postcard"),
        ("questions/progress.yaml", "progress-checked.postcard"),
        ("questions/programs.yaml", "programs-checked.postcard"),
        // The same three in Spanish (--lang es, --summary-lang es).
        (
            "questions/iop-decision.es.yaml",
            "builtin-es-checked.postcard",
        ),
        ("questions/progress.es.yaml", "progress-es-checked.postcard"),
        ("questions/programs.es.yaml", "programs-es-checked.postcard"),
    ] {
        println!("cargo::rerun-if-changed={path}");
        let bank = check(path);
        if path == "questions/iop-decision.yaml" {
            println!("cargo::rustc-env=IOP_BANK_ID={}", bank.id);
            println!("cargo::rustc-env=IOP_BANK_VERSION={}", bank.version);
        }
        let bytes = match postcard::to_stdvec(&bank) {
            Ok(bytes) => bytes,
            Err(e) => fail(&[format!("could not store the checked bank {path}: {e}")]),
        };
        let out = out_dir.join(stored);
        if let Err(e) = std::fs::write(&out, bytes) {
            fail(&[format!("could not write {}: {e}", out.display())]);
        }
        // The decision banks' crisis resources on their own too: `iop-check
        // crisis` reads only them, not the whole bank, so it starts sooner.
        if let Some(name) = stored.strip_suffix("-checked.postcard") {
            if name.starts_with("builtin") {
                let bytes = match postcard::to_stdvec(&bank.crisis) {
                    Ok(bytes) => bytes,
                    Err(e) => fail(&[format!("could not store {path}'s crisis resources: {e}")]),
                };
                let out = out_dir.join(format!("{name}-crisis.postcard"));
                if let Err(e) = std::fs::write(&out, bytes) {
                    fail(&[format!("could not write {}: {e}", out.display())]);
                }
            }
        }
    }
    println!("cargo::rustc-env=IOP_BUILD_DATE={}", build_date());
    println!("cargo::rerun-if-env-changed=SOURCE_DATE_EPOCH");
}

/// Reads and checks one bank, as `iop-check validate` does; a problem
/// fails the build with the validator's messages.
fn check(path: &str) -> bank::Bank {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => fail(&[format!("{path}: could not be read: {e}")]),
    };
    match bank::load_str(path, &text) {
        Ok(bank) => bank,
        Err(problems) => fail(&problems.iter().map(|p| p.to_string()).collect::<Vec<_>>()),
    }
}

/// The build's date (YYYY-MM-DD, UTC) for the man page: SOURCE_DATE_EPOCH
/// when set, as reproducible builds ask, else today.
fn build_date() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Stops the build, saying why (cargo shows this script's stderr).
fn fail(lines: &[String]) -> ! {
    eprintln!("A built-in bank is not valid:");
    for line in lines {
        eprintln!("{line}");
    }
    eprintln!("Fix these (they are the messages `iop-check validate` gives) and build again.");
    std::process::exit(1);
}
