//! Puts the built-in bank's id and version into `--version`, read from the
//! same file that is compiled in. (Only two top-level lines are read; the
//! bank itself is parsed and checked at run time and by the tests.)

fn main() {
    let path = "questions/iop-decision.yaml";
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let field = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key))
            .map(|v| v.trim().trim_matches('"').to_string())
            .unwrap_or_else(|| "unknown".into())
    };
    println!("cargo:rustc-env=IOP_BANK_ID={}", field("id:"));
    println!("cargo:rustc-env=IOP_BANK_VERSION={}", field("version:"));
}
