//! The decision summary's own words in each language, from Fluent
//! catalogues compiled in (`i18n/<lang>/summary.ftl`): headings, sentences,
//! dates and plural forms, for the summary ([`crate::summary`]) and the few
//! words the score adds ([`crate::score`]: section summaries, the safety
//! point, ways to reach a crisis line). The bank's words come from the bank
//! in the same language; these are only the words the code adds around them.
//!
//! A [`Messages`] value is made for one language and passed down (the
//! summary's `Options::lang`; the score takes the bank's language); there
//! is no process-wide language. The program comparison, the screens and
//! the messages of the rest of the tool are not in a catalogue yet.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::Serialize;

/// A language a summary can be written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Spanish (español).
    Es,
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

impl Lang {
    /// The language of a bank's `language` tag: Spanish for `es` and
    /// `es-US`, else English.
    pub fn of(tag: &str) -> Lang {
        match tag.split('-').next() {
            Some(t) if t.eq_ignore_ascii_case("es") => Lang::Es,
            _ => Lang::En,
        }
    }

    /// The language tag: `en`, `es`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The catalogue's text.
    pub(crate) fn catalogue(self) -> &'static str {
        match self {
            Lang::En => include_str!("../i18n/en/summary.ftl"),
            Lang::Es => include_str!("../i18n/es/summary.ftl"),
        }
    }
}

/// The summary's words in one language.
pub struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Messages {
    /// The catalogue for `lang`. The catalogues are compiled in and tested
    /// (every id in both, each one parsing), so a broken one is a bug; it
    /// still never panics: a message it lacks is shown as its id.
    pub fn new(lang: Lang) -> Messages {
        let resource = match FluentResource::try_new(lang.catalogue().to_string()) {
            Ok(r) => r,
            // The entries that parsed are kept.
            Err((r, _)) => r,
        };
        let id: unic_langid::LanguageIdentifier = lang.tag().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        // No Unicode isolation marks around arguments: the summary is plain
        // text in one direction, and the marks would show in a terminal.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        Messages { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message without arguments.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with arguments: `&[("count", 3.into())]`.
    pub fn with(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let mut a = FluentArgs::new();
        for (k, v) in args {
            a.set(*k, v.clone());
        }
        self.format(id, Some(&a))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// "A, B and C" ("A, B y C").
    pub fn and_list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => self.with(
                "and-list",
                &[
                    ("rest", rest.join(&self.get("list-comma")).into()),
                    ("last", last.as_str().into()),
                ],
            ),
        }
    }

    /// "November 27, 2026" or "27 de noviembre de 2026".
    pub fn date(&self, date: jiff::civil::Date) -> String {
        self.with(
            "date",
            &[
                ("day", date.day().to_string().into()),
                ("month", self.get(&format!("month-{}", date.month())).into()),
                ("year", date.year().to_string().into()),
            ],
        )
    }

    /// A date from an RFC 3339 time, in the person's time zone; anything
    /// else as it is.
    pub fn display_date(&self, created: &str) -> String {
        match created.parse::<jiff::Timestamp>() {
            Ok(ts) => self.date(ts.to_zoned_datetime(jiff::tz::TimeZone::system()).date()),
            Err(_) => created.to_string(),
        }
    }

    /// A date from "2026-11-27"; anything else as it is.
    pub fn display_day(&self, day: &str) -> String {
        match day.parse::<jiff::civil::Date>() {
            Ok(d) => self.date(d),
            Err(_) => day.to_string(),
        }
    }

    /// The ways to reach a crisis resource: "Call 988 · Text 988 · https://…".
    pub fn reach(&self, call: Option<&str>, text: Option<&str>, web: Option<&str>) -> String {
        let mut ways = Vec::new();
        if let Some(c) = call {
            ways.push(self.with("link-call", &[("number", c.into())]));
        }
        if let Some(t) = text {
            ways.push(self.with("link-text", &[("number", t.into())]));
        }
        ways.extend(web.map(str::to_string));
        ways.join(" · ")
    }

    /// The reminder of where help is: "Help now: call or text 988".
    pub fn help_now(&self, call: Option<&str>, text: Option<&str>, web: Option<&str>) -> String {
        let how = match (call, text) {
            (Some(c), Some(t)) if c == t => self.with("help-call-or-text", &[("number", c.into())]),
            (Some(c), Some(t)) => self.with(
                "help-call-and-text",
                &[("call", c.into()), ("text", t.into())],
            ),
            (Some(c), None) => self.with("help-call", &[("number", c.into())]),
            (None, Some(t)) => self.with("help-text", &[("number", t.into())]),
            (None, None) => match web {
                Some(w) => w.to_string(),
                None => self.get("help-see-crisis"),
            },
        };
        self.with("help-now", &[("how", how.into())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;

    /// The ids a catalogue defines, failing on any entry that does not parse.
    fn ids(lang: Lang) -> Vec<String> {
        let resource = match FluentResource::try_new(lang.catalogue().to_string()) {
            Ok(r) => r,
            Err((_, errors)) => {
                panic!("i18n/{}/summary.ftl does not parse: {errors:?}", lang.tag())
            }
        };
        resource
            .entries()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_message_is_in_every_language() {
        let en = ids(Lang::En);
        let es = ids(Lang::Es);
        let missing_es: Vec<_> = en.iter().filter(|id| !es.contains(id)).collect();
        let missing_en: Vec<_> = es.iter().filter(|id| !en.contains(id)).collect();
        assert!(
            missing_es.is_empty(),
            "i18n/es/summary.ftl lacks {missing_es:?}"
        );
        assert!(
            missing_en.is_empty(),
            "i18n/en/summary.ftl lacks {missing_en:?}"
        );
    }

    #[test]
    fn every_message_is_used_and_every_id_used_is_in_the_catalogue() {
        // The code that asks for messages: every string literal that looks
        // like an id, in the files that use the catalogue.
        let this = include_str!("i18n.rs");
        let code = [
            this.split("#[cfg(test)]").next().unwrap_or_default(),
            include_str!("summary/document.rs"),
            include_str!("summary/markdown.rs"),
            include_str!("summary/html.rs"),
            include_str!("score/mod.rs"),
        ]
        .concat();
        let en = ids(Lang::En);
        for id in &en {
            let used = code.contains(&format!("\"{id}\""))
                || (id.starts_with("month-") && code.contains("\"month-{}\""));
            assert!(used, "{id} is in the catalogues but nothing uses it");
        }
        // Every id the code passes to `get` or `with` is a known one.
        for call in ["m.get(", "m.with(", "self.get(", "self.with("] {
            for (i, _) in code.match_indices(call) {
                let rest = code[i + call.len()..].trim_start();
                let Some(rest) = rest.strip_prefix('"') else {
                    continue;
                };
                let id = &rest[..rest.find('"').unwrap_or(0)];
                if id.contains('{') {
                    continue;
                }
                assert!(
                    en.contains(&id.to_string()),
                    "the code asks for {id:?}, which no catalogue has"
                );
            }
        }
    }

    #[test]
    fn plurals_and_dates_follow_the_language() {
        let es = Messages::new(Lang::Es);
        assert_eq!(
            es.with("overview-answered", &[("count", 1.into())]),
            "1 contestada"
        );
        assert_eq!(
            es.with("overview-answered", &[("count", 3.into())]),
            "3 contestadas"
        );
        let day = jiff::civil::date(2026, 11, 27);
        assert_eq!(es.date(day), "27 de noviembre de 2026");
        assert_eq!(Messages::new(Lang::En).date(day), "November 27, 2026");
        assert_eq!(
            es.and_list(&["A".into(), "B".into(), "C".into()]),
            "A, B y C"
        );
    }

    /// The Spanish is written as the Spanish bank is (questions/README.md):
    /// usted, never tú, and no adjective that agrees with the person.
    #[test]
    fn the_spanish_says_usted_and_assumes_no_gender() {
        let text = Lang::Es.catalogue().to_lowercase();
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        // ("seguro" alone is also the noun, insurance: "segura" finds the
        // "seguro o segura" pair.)
        for w in [
            "tú",
            "tu",
            "tus",
            "te",
            "eres",
            "estás",
            "segura",
            "listo",
            "lista",
            "dispuesto",
            "dispuesta",
            "solo",
            "sola",
        ] {
            // "solo" as the adverb "only" is fine; as "alone" it agrees.
            if w == "solo" && text.contains("solo se comparan") {
                continue;
            }
            assert!(!words.contains(&w), "i18n/es/summary.ftl says {w:?}");
        }
        assert!(words.contains(&"usted"));
    }

    #[test]
    fn an_unknown_id_shows_as_itself() {
        assert_eq!(Messages::new(Lang::En).get("no-such-id"), "no-such-id");
    }
}
