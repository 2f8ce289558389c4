//! Build-time work on the built-in bank, read from the same file that is
//! compiled in:
//! - its id and version go into `--version`;
//! - it is converted from YAML to JSON, which reads about fifteen times
//!   faster, so that the first screen appears sooner. The JSON is checked by
//!   the same validator at run time, and a test proves both forms give the
//!   same bank. If the YAML cannot be converted, the JSON is left empty and
//!   the program reads the YAML itself, reporting the problem properly.

fn main() {
    let path = "questions/iop-decision.yaml";
    println!("cargo:rerun-if-changed={path}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let field = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key))
            .map(|v| v.trim().trim_matches('"').to_string())
            .unwrap_or_else(|| "unknown".into())
    };
    println!("cargo:rustc-env=IOP_BANK_ID={}", field("id:"));
    println!("cargo:rustc-env=IOP_BANK_VERSION={}", field("version:"));

    let json = serde_yaml::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| serde_json::to_string(&v).ok())
        .unwrap_or_default();
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default())
        .join("builtin.json");
    if let Err(e) = std::fs::write(&out, json) {
        println!("cargo:warning=could not write {}: {e}", out.display());
    }
}
