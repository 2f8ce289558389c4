//! How crisis resources are written out, wherever they are shown: by
//! `iop-check crisis`, in help, right after a crisis answer, and in summaries.

use crate::bank::Crisis;

/// The crisis resources as plain text, one resource per block.
pub fn render(crisis: &Crisis) -> String {
    let mut out = String::new();
    out.push_str(&crisis.intro);
    out.push_str("\n\n");
    for r in &crisis.resources {
        out.push_str(&format!("  {} ({})\n", r.name, r.region));
        if let Some(c) = &r.call {
            out.push_str(&format!("    Call: {c}\n"));
        }
        if let Some(t) = &r.text {
            out.push_str(&format!("    Text: {t}\n"));
        }
        if let Some(w) = &r.web {
            out.push_str(&format!("    Web:  {w}\n"));
        }
        if let Some(n) = &r.note {
            out.push_str(&format!("    {n}\n"));
        }
    }
    out
}
