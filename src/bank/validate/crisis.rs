//! The crisis block: how to reach help, which every bank must have.

use super::*;

pub(super) fn check_crisis(cx: &mut Ctx, raw: Option<&RawCrisis>) -> Crisis {
    let Some(raw) = raw else {
        cx.at(
            &"(top level)",
            "`crisis` is missing: every bank must say how to reach crisis help",
        );
        return Crisis::default();
    };
    let intro = cx.text(&"crisis", "intro", &raw.intro);
    let after_answer = cx.text(&"crisis", "after_answer", &raw.after_answer);
    let after_past = cx.opt_text(&"crisis", "after_past", &raw.after_past);
    let after_unsure = cx.opt_text(&"crisis", "after_unsure", &raw.after_unsure);
    let right_now = raw
        .right_now
        .iter()
        .enumerate()
        .map(|(i, step)| {
            cx.check_text(&format_args!("crisis.right_now[{i}]"), "step", step);
            step.trim().to_string()
        })
        .collect();
    if raw.resources.is_empty() {
        cx.at(
            &"crisis",
            "`resources` is missing or empty: list at least one way to reach help",
        );
    }
    let mut resources = Vec::new();
    for (i, r) in raw.resources.iter().enumerate() {
        let path = format!("crisis.resources[{i}]");
        let name = cx.text(&path, "name", &r.name);
        let region = cx.text(&path, "region", &r.region);
        let call = cx.opt_text(&path, "call", &r.call);
        let text = cx.opt_text(&path, "text", &r.text);
        let web = cx.opt_text(&path, "web", &r.web);
        let note = cx.opt_text(&path, "note", &r.note);
        if let Some(w) = &web {
            cx.url(&path, "web", w);
        }
        if call.is_none() && text.is_none() && web.is_none() {
            cx.at(
                &path,
                "give at least one way to reach it: `call`, `text` or `web`",
            );
        }
        resources.push(Resource {
            name,
            region,
            call,
            text,
            web,
            note,
        });
    }
    Crisis {
        intro,
        after_answer,
        after_past,
        after_unsure,
        right_now,
        resources,
    }
}
