//! One question: its kind, options, numbers, text limits, default and
//! the keys that apply to its kind.

use super::*;

/// What the checks of one question need to know of the rest of the bank.
pub(super) struct Around<'a> {
    /// The bank as written, for conditions that look at other questions.
    pub raw: &'a RawBank,
    /// The shared scales, already checked.
    pub scales: &'a HashMap<String, Vec<Choice>>,
    /// Where each question id first stands: (number in the whole bank,
    /// section index, index in the section).
    pub positions: &'a HashMap<&'a str, (usize, usize, usize)>,
    /// The ids listed under `sources`.
    pub source_ids: &'a HashSet<&'a str>,
    /// The care options the bank names.
    pub care: &'a [CareOption],
}

/// Checks the question at `path`, the `position`th of the whole bank, and
/// resolves it (a shared scale becomes its options).
pub(super) fn check_question(
    cx: &mut Ctx,
    around: &Around,
    path: &dyn fmt::Display,
    q: &RawQuestion,
    position: usize,
) -> Question {
    let id = cx.id(path, &q.id);
    let prompt = cx.text(path, "prompt", &q.prompt);
    let help = cx.opt_text(path, "help", &q.help);
    let kind = match q.kind {
        None => {
            cx.at(
                path,
                "`kind` is missing; use choice, scale, yes_no, checklist, number or text",
            );
            Kind::Text
        }
        Some(k) => k,
    };
    let kname = kind.name();
    let not_for = |cx: &mut Ctx, key: &str, present: bool| {
        if present {
            cx.at(
                path,
                format!("`{key}` does not apply to a {kname} question"),
            );
        }
    };
    let safety = q.safety.unwrap_or(false);
    let weight = match q.weight {
        Some(w) if !(0.0..=MAX_WEIGHT).contains(&w) || w.is_nan() => {
            cx.at(
                path,
                format!("weight {w} is outside the allowed range 0 to {MAX_WEIGHT}"),
            );
            1.0
        }
        Some(w) => w,
        None => 1.0,
    };

    let mut options: Vec<Choice> = Vec::new();
    if kind.has_options() {
        match (&q.options, &q.scale) {
            (Some(_), Some(_)) => cx.at(path, "has both `options` and `scale`; use one of them"),
            (None, None) => cx.at(
                path,
                format!("a {kname} question needs `options` or `scale`"),
            ),
            (Some(raw_opts), None) => options = check_options(cx, path, raw_opts, safety, false),
            (None, Some(name)) => match around.scales.get(name) {
                Some(opts) => options = opts.clone(),
                None => cx.at(
                    path,
                    format!("uses scale \"{name}\", which is not defined under `scales`"),
                ),
            },
        }
    } else {
        not_for(cx, "options", q.options.is_some());
        not_for(cx, "scale", q.scale.is_some());
        not_for(cx, "weight", q.weight.is_some());
        not_for(cx, "talking_points", !q.talking_points.is_empty());
        not_for(cx, "safety", safety);
    }
    let reverse = q.reverse.unwrap_or(false);
    if q.reverse.is_some() && kind != Kind::Scale {
        not_for(cx, "reverse", true);
    }
    match kind {
        Kind::Scale => {
            for o in options.iter().filter(|o| !o.not_sure && o.score.is_none()) {
                cx.at(
                    path,
                    format!("scale option \"{}\" has no score; every point of a scale needs one (or mark it `not_sure`)", o.id),
                );
            }
        }
        Kind::YesNo if !options.is_empty() => {
            let mut ids: Vec<&str> = options
                .iter()
                .filter(|o| !o.not_sure)
                .map(|o| o.id.as_str())
                .collect();
            ids.sort_unstable();
            if ids != ["no", "yes"] {
                cx.at(
                    path,
                    format!(
                        "a yes_no question needs exactly the options \"yes\" and \"no\" (plus any not_sure option), but has: {}",
                        ids.join(", ")
                    ),
                );
            }
        }
        _ => {}
    }
    if safety {
        if !options.iter().any(|o| o.crisis) {
            cx.at(
                path,
                "is the safety check but has no option marked `crisis: true`",
            );
        }
        if !options.is_empty() && options.iter().all(|o| o.crisis) {
            cx.at(path, "is the safety check but every option is marked `crisis`; one must be the safe answer");
        }
    }

    apply_fit(cx, around.care, path, q, &mut options);

    // Talking points given on the question for options of a shared scale.
    let has_options = !options.is_empty();
    for (oid, tp) in &q.talking_points {
        match options.iter_mut().find(|o| &o.id == oid) {
            None if has_options => cx.at(
                path,
                format!(
                    "`talking_points` names option \"{oid}\", which this question does not have"
                ),
            ),
            None => {}
            Some(o) => {
                if o.talking_point.is_some() {
                    cx.at(
                        path,
                        format!("option \"{oid}\" has a talking point in two places; keep one"),
                    );
                }
                cx.check_text(path, &format!("talking_points.{oid}"), tp);
                o.talking_point = Some(tp.trim().to_string());
            }
        }
    }

    let number = if kind == Kind::Number {
        match (q.min, q.max) {
            (Some(min), Some(max)) => {
                if min > max {
                    cx.at(path, format!("min ({min}) is greater than max ({max})"));
                }
                let whole = q.whole_number.unwrap_or(true);
                if whole && (min.fract() != 0.0 || max.fract() != 0.0) {
                    cx.at(
                        path,
                        "min and max must be whole numbers unless `whole_number: false`",
                    );
                }
                if q.unit_one.is_some() && q.unit.is_none() {
                    cx.at(
                        path,
                        "`unit_one` is the unit after 1; give `unit` (the unit after other numbers) too",
                    );
                }
                Some(NumberSpec {
                    unit: cx.opt_text(path, "unit", &q.unit),
                    unit_one: cx.opt_text(path, "unit_one", &q.unit_one),
                    min,
                    max,
                    whole,
                })
            }
            _ => {
                cx.at(path, "a number question needs both `min` and `max`");
                None
            }
        }
    } else {
        not_for(cx, "unit", q.unit.is_some());
        not_for(cx, "unit_one", q.unit_one.is_some());
        not_for(cx, "min", q.min.is_some());
        not_for(cx, "max", q.max.is_some());
        not_for(cx, "whole_number", q.whole_number.is_some());
        None
    };
    let max_length = if kind == Kind::Text {
        match q.max_length {
            Some(n) if !(1..=MAX_MAX_LENGTH).contains(&n) => {
                cx.at(
                    path,
                    format!("max_length {n} is outside 1 to {MAX_MAX_LENGTH}"),
                );
                DEFAULT_MAX_LENGTH
            }
            Some(n) => n as usize,
            None => DEFAULT_MAX_LENGTH,
        }
    } else {
        not_for(cx, "max_length", q.max_length.is_some());
        DEFAULT_MAX_LENGTH
    };

    let knowledge = q.knowledge.unwrap_or(false);
    if knowledge && !single_choice(kind) {
        not_for(cx, "knowledge", true);
    }
    if knowledge && safety {
        cx.at(path, "the safety check cannot be a `knowledge` question");
    }
    let fact = cx.opt_text(path, "fact", &q.fact);
    if fact.is_some() && kind == Kind::Text {
        cx.at(
            path,
            "`fact` does not apply to a text question; its answer is already shown as a note",
        );
    }
    let usual = match (&q.usual, &number) {
        (None, _) => None,
        (Some(_), None) => {
            not_for(cx, "usual", kind != Kind::Number);
            None
        }
        (Some(u), Some(spec)) => {
            let text = cx.text(&format_args!("{path}.usual"), "text", &u.text);
            match u.value {
                Some(v) if v >= spec.min && v <= spec.max => Some(Usual { value: v, text }),
                Some(v) => {
                    cx.at(
                        path,
                        format!(
                            "usual.value {v} is outside this question's range {} to {}",
                            spec.min, spec.max
                        ),
                    );
                    None
                }
                None => {
                    cx.at(path, "`usual` needs a `value` (a number) and a `text`");
                    None
                }
            }
        }
    };

    if kind != Kind::Checklist && options.iter().any(|o| o.exclusive) {
        cx.at(
            path,
            "`exclusive` only applies to the options of a checklist (for \"None of these\")",
        );
    }
    if safety && q.default.is_some() {
        cx.at(
            path,
            "a safety question has no pre-chosen answer, so that nothing is recorded until the person chooses; remove `default`",
        );
    }
    let default = q
        .default
        .as_ref()
        .filter(|_| !safety)
        .and_then(|d| check_default(cx, path, kind, &options, d));
    let core = q.core.unwrap_or(false);
    let cards = q.cards.unwrap_or(false);

    let show_if = q
        .show_if
        .as_ref()
        .and_then(|c| check_condition(cx, around, path, &id, c, position));
    check_source_refs(cx, path, &q.sources, around.source_ids);
    let about = care_ids(
        cx,
        around.care,
        path,
        "about",
        q.about.as_deref().unwrap_or_default(),
    );

    Question {
        id,
        kind,
        prompt,
        help,
        weight,
        options,
        reverse,
        show_if,
        safety,
        role: q.role,
        ask: q.ask,
        number,
        max_length,
        sources: q.sources.clone(),
        knowledge,
        fact,
        usual,
        default,
        core,
        cards,
        about,
        need: q.need,
    }
}

/// A question's `default`: an option it has, on a kind where the cursor
/// starts somewhere, and never a scale's extreme, so that a tired person
/// pressing Enter does not record the strongest answer either way.
fn check_default(
    cx: &mut Ctx,
    path: &dyn fmt::Display,
    kind: Kind,
    options: &[Choice],
    id: &str,
) -> Option<String> {
    if !matches!(kind, Kind::Choice | Kind::Scale | Kind::YesNo) {
        cx.at(
            path,
            format!("`default` does not apply to a {} question", kind.name()),
        );
        return None;
    }
    let Some(o) = options.iter().find(|o| o.id == id) else {
        let ids: Vec<&str> = options.iter().map(|o| o.id.as_str()).collect();
        cx.at(
            path,
            format!(
                "`default` names option \"{id}\", which this question does not have (it has: {})",
                ids.join(", ")
            ),
        );
        return None;
    };
    if o.crisis {
        cx.at(path, "`default` cannot be a crisis option");
        return None;
    }
    let scores: Vec<u8> = options.iter().filter_map(|o| o.score).collect();
    if let (Some(s), true) = (o.score, scores.len() >= 3) {
        let lo = scores.iter().min().copied().unwrap_or(0);
        let hi = scores.iter().max().copied().unwrap_or(100);
        if s == lo || s == hi {
            cx.at(
                path,
                format!(
                    "`default` is \"{id}\", an extreme of the scale; start the cursor on a middle option or leave `default` out"
                ),
            );
            return None;
        }
    }
    Some(o.id.clone())
}

/// Kinds where the person picks exactly one option.
pub(super) fn single_choice(kind: Kind) -> bool {
    matches!(kind, Kind::Choice | Kind::Scale | Kind::YesNo)
}
