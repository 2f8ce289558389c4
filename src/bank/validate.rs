//! Semantic checks of a bank, and its resolution into the checked model.
//!
//! Every check records a problem and carries on, so one run of
//! `iop-check validate` lists everything that needs fixing. A problem names
//! the item by its path and id, like `sections[2].questions[4] (id "copay")`.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::Arc;

use super::raw::*;
use super::*;
use crate::yaml::Segment;

/// Highest weight a question may have.
pub const MAX_WEIGHT: f64 = 10.0;
/// Highest score an option may have.
pub const MAX_SCORE: i64 = 100;
/// Default and highest `max_length` of a text answer.
pub const DEFAULT_MAX_LENGTH: usize = 2000;
pub const MAX_MAX_LENGTH: i64 = 100_000;

struct Ctx<'a> {
    file: &'a str,
    problems: Vec<Problem>,
}

impl Ctx<'_> {
    fn at(&mut self, path: &dyn fmt::Display, msg: impl Into<String>) {
        self.problems
            .push(Problem::new(self.file, Place::Path(path.to_string()), msg));
    }

    /// A required piece of text: present, not blank, no control characters.
    fn text(&mut self, path: &dyn fmt::Display, key: &str, value: &Option<String>) -> String {
        match value {
            None => {
                self.at(path, format!("`{key}` is missing"));
                String::new()
            }
            Some(v) => {
                self.check_text(path, key, v);
                v.trim().to_string()
            }
        }
    }

    /// Optional text: if present, it must not be blank.
    fn opt_text(
        &mut self,
        path: &dyn fmt::Display,
        key: &str,
        value: &Option<String>,
    ) -> Option<String> {
        value.as_ref().map(|v| {
            self.check_text(path, key, v);
            v.trim().to_string()
        })
    }

    fn check_text(&mut self, path: &dyn fmt::Display, key: &str, v: &str) {
        if v.trim().is_empty() {
            self.at(path, format!("`{key}` is empty"));
        } else if v.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            self.at(
                path,
                format!(
                    "`{key}` holds a control character; remove it (it could garble the screen)"
                ),
            );
        }
    }

    fn id(&mut self, path: &dyn fmt::Display, value: &Option<String>) -> String {
        match value {
            None => {
                self.at(path, "`id` is missing");
                String::new()
            }
            Some(v) if !is_id(v) => {
                self.at(
                    path,
                    format!(
                        "id \"{v}\" is not valid; use lowercase letters, digits, - and _ (at most 64), starting with a letter or digit"
                    ),
                );
                v.clone()
            }
            Some(v) => v.clone(),
        }
    }

    fn url(&mut self, path: &dyn fmt::Display, key: &str, v: &str) {
        let ok = (v.starts_with("https://") || v.starts_with("http://"))
            && v.len() > "https://".len()
            && !v.chars().any(|c| c.is_whitespace() || c.is_control());
        if !ok {
            self.at(
                path,
                format!("`{key}` \"{v}\" is not a web address; it should start with https://"),
            );
        }
    }
}

fn is_id(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit())
        && s.len() <= 64
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// A light check of a BCP 47 tag: `en`, `en-US`, `zh-Hant-TW`, `es-419`.
fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=8).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// A place in the bank, like `sections[2].questions[4] (id "copay")`,
/// written out only when a problem is reported: a bank of thousands of
/// questions has no problems to report most of the time.
struct Loc<'a> {
    parent: Option<&'a dyn fmt::Display>,
    key: &'a str,
    index: usize,
    id: Option<&'a str>,
}

impl<'a> Loc<'a> {
    fn new(
        parent: Option<&'a dyn fmt::Display>,
        key: &'a str,
        index: usize,
        id: &'a Option<String>,
    ) -> Self {
        Loc {
            parent,
            key,
            index,
            id: id.as_deref(),
        }
    }
}

impl fmt::Display for Loc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = self.parent {
            write!(f, "{p}.")?;
        }
        write!(f, "{}[{}]", self.key, self.index)?;
        if let Some(id) = self.id {
            write!(f, " (id \"{id}\")")?;
        }
        Ok(())
    }
}

fn with_id(path: String, id: &Option<String>) -> String {
    match id {
        Some(id) => format!("{path} (id \"{id}\")"),
        None => path,
    }
}

/// Checks `raw` and resolves it into a [`Bank`], or returns every problem.
pub fn validate(file: &str, raw: RawBank, unknown: &[Vec<Segment>]) -> Result<Bank, Vec<Problem>> {
    let mut cx = Ctx {
        file,
        problems: Vec::new(),
    };
    for path in unknown {
        unknown_key(&mut cx, &raw, path);
    }

    let id = cx.id(&"(top level)", &raw.id);
    let version = match &raw.version {
        None => {
            cx.at(&"(top level)", "`version` is missing");
            String::new()
        }
        Some(v) => {
            if semver::Version::parse(v).is_err() {
                cx.at(
                    &"version",
                    format!("\"{v}\" is not a semantic version; write it like 1.0.0"),
                );
            }
            v.clone()
        }
    };
    let title = cx.text(&"(top level)", "title", &raw.title);
    let language = cx.text(&"(top level)", "language", &raw.language);
    if !language.is_empty() && !is_language_tag(&language) {
        cx.at(
            &"language",
            format!("\"{language}\" is not a BCP 47 language tag; write it like en-US or es"),
        );
    }
    let last_reviewed = cx.text(&"(top level)", "last_reviewed", &raw.last_reviewed);
    if !last_reviewed.is_empty() && last_reviewed.parse::<jiff::civil::Date>().is_err() {
        cx.at(
            &"last_reviewed",
            format!("\"{last_reviewed}\" is not a date; write it as YYYY-MM-DD, like 2026-10-01"),
        );
    }
    let url = cx.opt_text(&"(top level)", "url", &raw.url);
    if let Some(u) = &url {
        cx.url(&"url", "url", u);
    }
    let publisher = cx.opt_text(&"(top level)", "publisher", &raw.publisher);
    let disclaimer = cx.text(&"(top level)", "disclaimer", &raw.disclaimer);
    let scope = cx.opt_text(&"(top level)", "scope", &raw.scope);

    let sources = check_sources(&mut cx, &raw.sources);
    let source_ids: HashSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    let crisis = check_crisis(&mut cx, raw.crisis.as_ref());

    let scales = check_scales(&mut cx, &raw.scales);
    let default_bands = match &raw.bands {
        None => {
            cx.at(
                &"(top level)",
                "`bands` is missing: the default score bands, from 0 to 100",
            );
            Vec::new()
        }
        Some(b) => check_bands(&mut cx, "bands", b),
    };

    let mut opening = Vec::new();
    let mut seen = HashSet::new();
    for (i, item) in raw.opening.iter().enumerate() {
        let path = Loc::new(None, "opening", i, &item.id);
        let id = cx.id(&path, &item.id);
        if !id.is_empty() && !seen.insert(id.clone()) {
            cx.at(
                &path,
                format!("duplicate id \"{id}\": another opening item has it"),
            );
        }
        let title = cx.text(&path, "title", &item.title);
        let text = cx.text(&path, "text", &item.text);
        check_source_refs(&mut cx, &path, &item.sources, &source_ids);
        opening.push(TextItem {
            id,
            title,
            text,
            sources: item.sources.clone(),
        });
    }

    // Where each question stands, so conditions can be checked against order.
    let mut position: HashMap<&str, (usize, usize, usize)> = HashMap::new();
    let mut n = 0;
    for (si, s) in raw.sections.iter().enumerate() {
        for (qi, q) in s.questions.iter().enumerate() {
            if let Some(id) = &q.id {
                position.entry(id.as_str()).or_insert((n, si, qi));
            }
            n += 1;
        }
    }

    if raw.sections.is_empty() {
        cx.at(
            &"(top level)",
            "`sections` is missing or empty: a bank needs at least one section",
        );
    }
    let mut sections = Vec::new();
    let mut section_ids = HashSet::new();
    let mut index: HashMap<String, (usize, usize)> = HashMap::new();
    let mut roles: HashMap<&'static str, String> = HashMap::new();
    let mut readiness = 0;
    let mut safety_at: Option<String> = None;
    let mut n = 0;
    for (si, s) in raw.sections.iter().enumerate() {
        let spath = Loc::new(None, "sections", si, &s.id);
        let sid = cx.id(&spath, &s.id);
        if !sid.is_empty() && !section_ids.insert(sid.clone()) {
            cx.at(
                &spath,
                format!("duplicate id \"{sid}\": another section has it"),
            );
        }
        let stitle = cx.text(&spath, "title", &s.title);
        let why = cx.text(&spath, "why", &s.why);
        let kind = match s.kind {
            Some(RawSectionKind::Step) => SectionKind::Step,
            _ => SectionKind::Consideration,
        };
        let bands = match &s.bands {
            Some(b) => check_bands(&mut cx, &format!("sections[{si}].bands"), b),
            None => default_bands.clone(),
        };
        if s.questions.is_empty() {
            cx.at(&spath, "the section is empty: add at least one question");
        }
        let mut questions = Vec::new();
        for (qi, q) in s.questions.iter().enumerate() {
            let sec = Loc::new(None, "sections", si, &None);
            let qpath = Loc::new(Some(&sec), "questions", qi, &q.id);
            let question =
                check_question(&mut cx, &qpath, q, n, &scales, &position, &raw, &source_ids);
            n += 1;
            if !question.id.is_empty() {
                if let Some(&(fsi, fqi)) = index.get(&question.id) {
                    let fsec = Loc::new(None, "sections", fsi, &None);
                    let first = Loc::new(
                        Some(&fsec),
                        "questions",
                        fqi,
                        &raw.sections[fsi].questions[fqi].id,
                    );
                    cx.at(
                        &qpath,
                        format!("duplicate id \"{}\": {first} has it too; question ids must be unique in the whole bank", question.id),
                    );
                } else {
                    index.insert(question.id.clone(), (si, qi));
                }
            }
            if question.safety {
                if let Some(first) = &safety_at {
                    cx.at(
                        &qpath,
                        format!(
                            "only one question may be the safety check, and {first} already is"
                        ),
                    );
                } else {
                    safety_at = Some(qpath.to_string());
                }
            }
            if let Some(role) = question.role {
                check_role(&mut cx, &qpath, &question, role, &mut roles, &mut readiness);
            }
            questions.push(question);
        }
        if kind == SectionKind::Consideration
            && !s.questions.is_empty()
            && !questions.iter().any(|q| q.is_scored() || q.knowledge)
        {
            cx.at(
                &spath,
                "this consideration has no scored or `knowledge` question; give some options a score, or mark the section `kind: step`",
            );
        }
        sections.push(Section {
            id: sid,
            title: stitle,
            why,
            kind,
            ask: s.ask.map_or(Audience::Therapist, audience),
            bands,
            questions,
        });
    }
    if !raw.sections.is_empty()
        && !sections
            .iter()
            .any(|s| s.kind == SectionKind::Consideration)
    {
        cx.at(
            &"sections",
            "no section is a consideration; at least one section must be scored (leave out `kind`, or write `kind: consideration`)",
        );
    }

    if !cx.problems.is_empty() {
        return Err(cx.problems);
    }
    Ok(Bank {
        id,
        version,
        title,
        language,
        last_reviewed,
        url,
        publisher,
        disclaimer,
        scope,
        sources,
        crisis,
        opening,
        sections,
        index,
    })
}

fn check_sources(cx: &mut Ctx, raw: &[RawSource]) -> Vec<Source> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    if raw.is_empty() {
        cx.at(
            &"(top level)",
            "`sources` is missing or empty: list the sources of the facts in the bank",
        );
    }
    for (i, s) in raw.iter().enumerate() {
        let path = Loc::new(None, "sources", i, &s.id);
        let id = cx.id(&path, &s.id);
        if !id.is_empty() && !seen.insert(id.clone()) {
            cx.at(
                &path,
                format!("duplicate id \"{id}\": another source has it"),
            );
        }
        let title = cx.text(&path, "title", &s.title);
        let label = cx
            .opt_text(&path, "label", &s.label)
            .unwrap_or_else(|| title.clone());
        let url = cx.text(&path, "url", &s.url);
        if !url.is_empty() {
            cx.url(&path, "url", &url);
        }
        out.push(Source {
            id,
            title,
            label,
            url,
        });
    }
    out
}

fn check_source_refs(
    cx: &mut Ctx,
    path: &dyn fmt::Display,
    refs: &[String],
    known: &HashSet<&str>,
) {
    for r in refs {
        if !known.contains(r.as_str()) {
            cx.at(
                path,
                format!("cites source \"{r}\", which is not listed under `sources`"),
            );
        }
    }
}

fn check_crisis(cx: &mut Ctx, raw: Option<&RawCrisis>) -> Crisis {
    let Some(raw) = raw else {
        cx.at(
            &"(top level)",
            "`crisis` is missing: every bank must say how to reach crisis help",
        );
        return Crisis::default();
    };
    let intro = cx.text(&"crisis", "intro", &raw.intro);
    let after_answer = cx.text(&"crisis", "after_answer", &raw.after_answer);
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
        right_now,
        resources,
    }
}

fn check_scales(
    cx: &mut Ctx,
    raw: &std::collections::BTreeMap<String, RawScale>,
) -> HashMap<String, Arc<Vec<Choice>>> {
    let mut out = HashMap::new();
    for (name, scale) in raw {
        let path = format!("scales.{name}");
        if !is_id(name) {
            cx.at(
                &path,
                format!(
                    "scale name \"{name}\" is not valid; use lowercase letters, digits, - and _"
                ),
            );
        }
        let options = check_options(cx, &path, &scale.options, false);
        out.insert(name.clone(), Arc::new(options));
    }
    out
}

/// Checks a list of options (inline on a question, or in a shared scale).
fn check_options(
    cx: &mut Ctx,
    path: &dyn fmt::Display,
    raw: &[RawOption],
    safety: bool,
) -> Vec<Choice> {
    if raw.len() < 2 {
        cx.at(
            path,
            format!(
                "has {} option{}; a choice needs at least two",
                raw.len(),
                if raw.len() == 1 { "" } else { "s" }
            ),
        );
    }
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, o) in raw.iter().enumerate() {
        let opath = Loc::new(Some(path), "options", i, &o.id);
        let id = cx.id(&opath, &o.id);
        if !id.is_empty() && !seen.insert(id.clone()) {
            cx.at(
                &opath,
                format!("duplicate option id \"{id}\" in the same list"),
            );
        }
        let label = cx.text(&opath, "label", &o.label);
        let not_sure = o.not_sure.unwrap_or(false);
        let score = match o.score {
            Some(s) if !(0..=MAX_SCORE).contains(&s) => {
                cx.at(
                    &opath,
                    format!("score {s} is outside the allowed range 0 to {MAX_SCORE}"),
                );
                // Kept (clamped) so the one mistake is not reported again as a missing score.
                Some(s.clamp(0, MAX_SCORE) as u8)
            }
            Some(s) if not_sure => {
                cx.at(&opath, "a `not_sure` option cannot have a score: it counts as an open question, not a low score");
                Some(s.clamp(0, MAX_SCORE) as u8)
            }
            Some(s) => u8::try_from(s).ok(),
            None => None,
        };
        let crisis = o.crisis.unwrap_or(false);
        if crisis && !safety {
            cx.at(
                &opath,
                "is marked `crisis`, but its question is not the safety check; add `safety: true` to the question or remove `crisis`",
            );
        }
        let talking_point = cx.opt_text(&opath, "talking_point", &o.talking_point);
        out.push(Choice {
            id,
            label,
            score,
            not_sure,
            crisis,
            talking_point,
            exclusive: o.exclusive.unwrap_or(false),
        });
    }
    out
}

fn check_bands(cx: &mut Ctx, path: &str, raw: &[RawBand]) -> Vec<Band> {
    if raw.is_empty() {
        cx.at(&path, "the band table is empty; it must cover 0 to 100");
        return Vec::new();
    }
    let mut bands = Vec::new();
    let mut seen = HashSet::new();
    for (i, b) in raw.iter().enumerate() {
        let bpath = with_id(format!("{path}[{i}]"), &b.id);
        let id = cx.id(&bpath, &b.id);
        if !id.is_empty() && !seen.insert(id.clone()) {
            cx.at(&bpath, format!("duplicate band id \"{id}\""));
        }
        let label = cx.text(&bpath, "label", &b.label);
        let (Some(from), Some(to)) = (b.from, b.to) else {
            cx.at(&bpath, "a band needs both `from` and `to`");
            continue;
        };
        if !(0..=100).contains(&from) || !(0..=100).contains(&to) {
            cx.at(&bpath, format!("from {from} to {to} goes outside 0 to 100"));
            continue;
        }
        if from > to {
            cx.at(
                &bpath,
                format!("`from` ({from}) is greater than `to` ({to})"),
            );
            continue;
        }
        bands.push((
            bpath,
            Band {
                id,
                from: from as u8,
                to: to as u8,
                label,
            },
        ));
    }
    bands.sort_by_key(|(_, b)| (b.from, b.to));
    let mut expect: i64 = 0;
    let mut prev: Option<&str> = None;
    for (bpath, b) in &bands {
        let from = i64::from(b.from);
        if from > expect {
            let after = prev.map_or("the start".to_string(), |p| p.to_string());
            cx.at(
                &path,
                format!(
                    "gap: no band covers {expect} to {} (between {after} and {bpath})",
                    from - 1
                ),
            );
        } else if from < expect {
            cx.at(
                &path,
                format!(
                    "overlap: {bpath} starts at {from}, but {} already covers up to {}",
                    prev.unwrap_or("an earlier band"),
                    expect - 1
                ),
            );
        }
        expect = expect.max(i64::from(b.to) + 1);
        prev = Some(bpath);
    }
    if !bands.is_empty() && expect <= 100 {
        let range = if expect == 100 {
            "100".to_string()
        } else {
            format!("{expect} to 100")
        };
        cx.at(&path, format!("gap: no band covers {range}"));
    }
    bands.into_iter().map(|(_, b)| b).collect()
}

#[allow(clippy::too_many_arguments)]
fn check_question(
    cx: &mut Ctx,
    path: &dyn fmt::Display,
    q: &RawQuestion,
    position: usize,
    scales: &HashMap<String, Arc<Vec<Choice>>>,
    positions: &HashMap<&str, (usize, usize, usize)>,
    raw: &RawBank,
    source_ids: &HashSet<&str>,
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
        Some(k) => match k {
            RawKind::Choice => Kind::Choice,
            RawKind::Scale => Kind::Scale,
            RawKind::YesNo => Kind::YesNo,
            RawKind::Checklist => Kind::Checklist,
            RawKind::Number => Kind::Number,
            RawKind::Text => Kind::Text,
        },
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

    let mut options: Arc<Vec<Choice>> = Arc::default();
    if kind.has_options() {
        match (&q.options, &q.scale) {
            (Some(_), Some(_)) => cx.at(path, "has both `options` and `scale`; use one of them"),
            (None, None) => cx.at(
                path,
                format!("a {kname} question needs `options` or `scale`"),
            ),
            (Some(raw_opts), None) => options = Arc::new(check_options(cx, path, raw_opts, safety)),
            (None, Some(name)) => match scales.get(name) {
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

    // Talking points given on the question for options of a shared scale.
    let has_options = !options.is_empty();
    for (oid, tp) in &q.talking_points {
        // Copied from the shared scale only when this question changes it.
        match Arc::make_mut(&mut options)
            .iter_mut()
            .find(|o| &o.id == oid)
        {
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
    let default = q
        .default
        .as_ref()
        .and_then(|d| check_default(cx, path, kind, &options, d));
    let core = q.core.unwrap_or(false);
    let cards = q.cards.unwrap_or(false);

    let show_if = q
        .show_if
        .as_ref()
        .and_then(|c| check_condition(cx, path, &id, c, position, positions, raw));
    check_source_refs(cx, path, &q.sources, source_ids);

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
        role: q.role.map(|r| match r {
            RawRole::DecisionStage => Role::DecisionStage,
            RawRole::DecisionRole => Role::DecisionRole,
            RawRole::DecisionBy => Role::DecisionBy,
            RawRole::Benefits => Role::Benefits,
            RawRole::Readiness => Role::Readiness,
            RawRole::Leaning => Role::Leaning,
            RawRole::Feeling => Role::Feeling,
            RawRole::Confidence => Role::Confidence,
            RawRole::FreeToChoose => Role::FreeToChoose,
        }),
        ask: q.ask.map(audience),
        number,
        max_length,
        sources: q.sources.clone(),
        knowledge,
        fact,
        usual,
        default,
        core,
        cards,
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

fn audience(a: RawAudience) -> Audience {
    match a {
        RawAudience::Therapist => Audience::Therapist,
        RawAudience::Program => Audience::Program,
        RawAudience::Insurer => Audience::Insurer,
    }
}

fn check_condition(
    cx: &mut Ctx,
    path: &dyn fmt::Display,
    self_id: &str,
    c: &RawCondition,
    position: usize,
    positions: &HashMap<&str, (usize, usize, usize)>,
    raw: &RawBank,
) -> Option<Condition> {
    let (behavior, clauses) = match (&c.all, &c.any) {
        (Some(a), None) => (Behavior::All, a),
        (None, Some(a)) => (Behavior::Any, a),
        _ => {
            cx.at(path, "`show_if` needs exactly one of `all` or `any`");
            return None;
        }
    };
    if clauses.is_empty() {
        cx.at(path, "`show_if` has no clauses");
        return None;
    }
    let mut out = Vec::new();
    for (i, cl) in clauses.iter().enumerate() {
        let cpath = format!(
            "{path}.show_if.{}[{i}]",
            if behavior == Behavior::All {
                "all"
            } else {
                "any"
            }
        );
        let Some(target) = &cl.question else {
            cx.at(&cpath, "`question` is missing");
            continue;
        };
        if target == self_id {
            cx.at(
                &cpath,
                format!("the condition points at the question itself (\"{target}\")"),
            );
            continue;
        }
        let Some(&(tpos, si, qi)) = positions.get(target.as_str()) else {
            cx.at(
                &cpath,
                format!("the condition points at question \"{target}\", which does not exist"),
            );
            continue;
        };
        if tpos > position {
            cx.at(
                &cpath,
                format!("the condition points at question \"{target}\", which comes later; a condition can only look at earlier questions"),
            );
            continue;
        }
        let tq = &raw.sections[si].questions[qi];
        let topts: Vec<String> = match (&tq.options, &tq.scale) {
            (Some(o), _) => o.iter().filter_map(|o| o.id.clone()).collect(),
            (None, Some(name)) => raw
                .scales
                .get(name)
                .map(|s| s.options.iter().filter_map(|o| o.id.clone()).collect())
                .unwrap_or_default(),
            _ => {
                cx.at(
                    &cpath,
                    format!("question \"{target}\" has no options to match"),
                );
                continue;
            }
        };
        if cl.is.is_empty() {
            cx.at(
                &cpath,
                "`is` is missing or empty: list the option ids that show this question",
            );
        }
        for oid in &cl.is {
            if !topts.contains(oid) {
                cx.at(
                    &cpath,
                    format!(
                        "question \"{target}\" has no option \"{oid}\" (it has: {})",
                        topts.join(", ")
                    ),
                );
            }
        }
        out.push(Clause {
            question: target.clone(),
            is: cl.is.clone(),
        });
    }
    Some(Condition {
        behavior,
        clauses: out,
    })
}

/// Kinds where the person picks exactly one option.
fn single_choice(kind: Kind) -> bool {
    matches!(kind, Kind::Choice | Kind::Scale | Kind::YesNo)
}

fn check_role(
    cx: &mut Ctx,
    path: &dyn fmt::Display,
    q: &Question,
    role: Role,
    roles: &mut HashMap<&'static str, String>,
    readiness: &mut usize,
) {
    let (name, fits) = match role {
        Role::DecisionStage => ("decision_stage", q.kind == Kind::Choice),
        Role::DecisionRole => ("decision_role", q.kind == Kind::Choice),
        Role::DecisionBy => ("decision_by", matches!(q.kind, Kind::Choice | Kind::Text)),
        Role::Benefits => ("benefits", q.kind == Kind::Checklist),
        Role::Readiness => (
            "readiness",
            q.kind.has_options() && q.kind != Kind::Checklist,
        ),
        Role::Leaning => ("leaning", single_choice(q.kind)),
        Role::Feeling => ("feeling", single_choice(q.kind)),
        Role::Confidence => ("confidence", single_choice(q.kind)),
        Role::FreeToChoose => ("free_to_choose", single_choice(q.kind)),
    };
    if !fits {
        cx.at(
            path,
            format!(
                "role `{name}` does not fit a {} question (see questions/README.md)",
                q.kind.name()
            ),
        );
    }
    if role == Role::Readiness {
        *readiness += 1;
        if *readiness > 4 {
            cx.at(path, "at most four questions may have role `readiness`");
        }
    } else if let Some(first) = roles.get(name) {
        cx.at(
            path,
            format!("role `{name}` is already used by {first}; each role may be used once"),
        );
    } else {
        roles.insert(name, path.to_string());
    }
}

/// Reports a key the format does not have, with a suggestion when it looks
/// like a typo of one that it does.
fn unknown_key(cx: &mut Ctx, raw: &RawBank, path: &[Segment]) {
    let Some((Segment::Key(key), parent)) = path.split_last() else {
        return;
    };
    let known = known_keys(parent);
    let place = if parent.is_empty() {
        "(top level)".to_string()
    } else {
        describe(raw, parent)
    };
    let mut msg = format!("unknown key \"{key}\"");
    if let Some(s) = known.and_then(|k| suggest(key, k)) {
        msg.push_str(&format!("; did you mean \"{s}\"?"));
    } else if let Some(k) = known {
        msg.push_str(&format!("; the keys here are: {}", k.join(", ")));
    }
    cx.at(&place, msg);
}

fn known_keys(parent: &[Segment]) -> Option<&'static [&'static str]> {
    let keys: Vec<&str> = parent
        .iter()
        .filter_map(|s| match s {
            Segment::Key(k) => Some(k.as_str()),
            Segment::Index(_) => None,
        })
        .collect();
    if parent.is_empty() {
        return Some(BANK_KEYS);
    }
    if keys.len() == 2 && keys[0] == "scales" && matches!(parent.last(), Some(Segment::Key(_))) {
        return Some(SCALE_KEYS);
    }
    Some(match *keys.last()? {
        "sources" => SOURCE_KEYS,
        "crisis" => CRISIS_KEYS,
        "resources" => RESOURCE_KEYS,
        "bands" => BAND_KEYS,
        "opening" => TEXT_ITEM_KEYS,
        "sections" => SECTION_KEYS,
        "questions" => QUESTION_KEYS,
        "options" => OPTION_KEYS,
        "show_if" => CONDITION_KEYS,
        "all" | "any" => CLAUSE_KEYS,
        "usual" => USUAL_KEYS,
        _ => return None,
    })
}

/// `sections[2].questions[4] (id "copay")` for a path into the raw bank,
/// naming ids the way the other messages do: after each question and
/// option, and after the innermost item.
fn describe(raw: &RawBank, path: &[Segment]) -> String {
    let mut out = String::new();
    let mut section: Option<&RawSection> = None;
    let mut question: Option<&RawQuestion> = None;
    let mut scale: Option<&RawScale> = None;
    let mut last_key = "";
    for (n, seg) in path.iter().enumerate() {
        let innermost = path[n + 1..].iter().all(|s| matches!(s, Segment::Key(_)));
        match seg {
            Segment::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
                if last_key == "scales" {
                    scale = raw.scales.get(k.as_str());
                }
                last_key = k;
            }
            Segment::Index(i) => {
                out.push_str(&format!("[{i}]"));
                let (id, always) = match last_key {
                    "sections" => {
                        section = raw.sections.get(*i);
                        (section.and_then(|s| s.id.as_ref()), false)
                    }
                    "questions" => {
                        question = section.and_then(|s| s.questions.get(*i));
                        (question.and_then(|q| q.id.as_ref()), true)
                    }
                    "options" => {
                        let opts = match scale {
                            Some(sc) if question.is_none() => Some(&sc.options),
                            _ => question.and_then(|q| q.options.as_ref()),
                        };
                        (
                            opts.and_then(|o| o.get(*i)).and_then(|o| o.id.as_ref()),
                            true,
                        )
                    }
                    "sources" if section.is_none() => {
                        (raw.sources.get(*i).and_then(|s| s.id.as_ref()), false)
                    }
                    "opening" => (raw.opening.get(*i).and_then(|s| s.id.as_ref()), false),
                    _ => (None, false),
                };
                if let Some(id) = id.filter(|_| always || innermost) {
                    out.push_str(&format!(" (id \"{id}\")"));
                }
            }
        }
    }
    out
}

/// The closest known key, if it is close enough to be a likely typo.
fn suggest<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .filter(|k| crate::text::similar(key, k))
        .min_by_key(|k| crate::text::edit_distance(key, k))
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_tags() {
        assert!(is_id("copay"));
        assert!(is_id("q-1_b"));
        assert!(!is_id("Copay"));
        assert!(!is_id("-x"));
        assert!(!is_id(""));
        assert!(is_language_tag("en-US"));
        assert!(is_language_tag("es-419"));
        assert!(!is_language_tag("english language"));
        assert!(!is_language_tag("e"));
    }

    #[test]
    fn suggestions_catch_typos_only() {
        assert_eq!(suggest("wieght", QUESTION_KEYS), Some("weight"));
        assert_eq!(suggest("promt", QUESTION_KEYS), Some("prompt"));
        assert_eq!(suggest("banana", QUESTION_KEYS), None);
    }
}
