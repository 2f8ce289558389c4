//! The split parse must give exactly what the one-piece parse gives, or
//! step aside. Every test compares the two on the same text.

use proptest::prelude::*;

use serde_yaml::Value;

use super::*;
use crate::bank::raw::{RawBank, RawSection};

#[path = "../../../benches/support/generate.rs"]
#[allow(dead_code)]
mod generate;

/// Every item its own group, two threads: as many cuts as possible.
const FINE: Tuning = Tuning {
    workers: 2,
    group_bytes: 1,
};

type Outcome = (String, Vec<Vec<Segment>>);

/// The bank with every value left as plain YAML: more damage still parses,
/// so more of it reaches the comparison.
#[derive(Debug, Deserialize)]
#[allow(dead_code)] // the fields are compared through Debug
struct Loose {
    id: Option<Value>,
    version: Option<Value>,
    title: Option<Value>,
    language: Option<Value>,
    last_reviewed: Option<Value>,
    url: Option<Value>,
    publisher: Option<Value>,
    disclaimer: Option<Value>,
    sources: Option<Value>,
    crisis: Option<Value>,
    scales: Option<Value>,
    bands: Option<Value>,
    opening: Option<Value>,
    #[serde(default)]
    sections: Vec<Value>,
}

trait Doc: DeserializeOwned + std::fmt::Debug {
    type Item: DeserializeOwned + Send;
    fn attach(&mut self, items: Vec<Self::Item>);
}

impl Doc for RawBank {
    type Item = RawSection;
    fn attach(&mut self, items: Vec<RawSection>) {
        self.sections = items;
    }
}

impl Doc for Loose {
    type Item = Value;
    fn attach(&mut self, items: Vec<Value>) {
        self.sections = items;
    }
}

fn whole_as<T: Doc>(text: &str) -> Option<Outcome> {
    super::super::parse_checked::<T>("bank.yaml", text)
        .ok()
        .map(|p| (format!("{:?}", p.value), p.unknown))
}

fn split_as<T: Doc>(text: &str, tuning: Tuning) -> Option<Outcome> {
    parse::<T, T::Item>(text, "sections", T::attach, tuning)
        .map(|p| (format!("{:?}", p.value), p.unknown))
}

/// Asserts that a split parse, when it happens, equals the whole parse;
/// returns whether it happened.
fn agrees_as<T: Doc>(text: &str, tuning: Tuning) -> bool {
    match split_as::<T>(text, tuning) {
        None => false,
        Some(pieces) => {
            let one = whole_as::<T>(text);
            assert!(
                one.as_ref() == Some(&pieces),
                "the split parse differs from the whole parse for:\n{text}\n\
                 whole: {one:?}\nsplit: {pieces:?}"
            );
            true
        }
    }
}

fn whole(text: &str) -> Option<Outcome> {
    whole_as::<RawBank>(text)
}

fn split(text: &str, tuning: Tuning) -> Option<Outcome> {
    split_as::<RawBank>(text, tuning)
}

fn agrees(text: &str, tuning: Tuning) -> bool {
    agrees_as::<RawBank>(text, tuning)
}

fn bank(questions: usize) -> String {
    generate::generated_bank(questions)
}

#[test]
fn a_generated_bank_is_split_and_parsed_the_same() {
    let text = bank(200);
    assert!(agrees(&text, FINE), "a plain bank is split");
    assert!(agrees(&text, Tuning::for_machine()));
    let one_thread = Tuning {
        workers: 1,
        group_bytes: 1,
    };
    assert!(agrees(&text, one_thread));
    let (value, _) = split(&text, FINE).unwrap();
    assert_eq!(value.matches("RawSection {").count(), 11);
}

#[test]
fn the_cuts_fall_between_items_and_the_list_ends_at_the_next_key() {
    let text = "id: x\nsections:  # the list\n# a comment\n  - id: a\n    title: A\n\n# between\n  - id: b\n    why: |\n      - not an item\n       - nor this\n  - id: c\nbands: []\n";
    let plan = plan(text, "sections", "m", 1).unwrap();
    assert_eq!(
        plan.groups,
        [
            "items:\n  - id: a\n    title: A\n\n# between\n",
            "items:\n  - id: b\n    why: |\n      - not an item\n       - nor this\n",
            "items:\n  - id: c\n",
        ]
    );
    assert_eq!(
        plan.head, "id: x\nsections: []\n\"m\": []\nbands: []\n",
        "the list and its comments leave the head"
    );
    assert!(agrees(text, FINE));
}

#[test]
fn an_indentless_list_and_windows_line_ends_are_split_too() {
    let text = "id: x\nsections:\n- id: a\n  title: A\n- id: b\nbands: []\n";
    assert_eq!(plan(text, "sections", "m", 1).unwrap().groups.len(), 2);
    assert!(agrees(text, FINE));
    let crlf = bank(40).replace('\n', "\r\n");
    assert!(agrees(&crlf, FINE));
}

#[test]
fn shapes_that_cannot_be_cut_safely_are_parsed_whole() {
    let refused = [
        ("no list key", "id: x\nitems:\n  - id: a\n  - id: b\n"),
        (
            "the list on the key's line",
            "sections: [{id: a}, {id: b}]\n",
        ),
        (
            "two list keys",
            "sections:\n  - id: a\n  - id: b\nsections:\n  - id: c\n",
        ),
        ("not a block list", "sections:\n  a: 1\n  b: 2\n"),
        ("one item", "sections:\n  - id: a\n"),
        ("an alias", "x: &a 1\nsections:\n  - id: *a\n  - id: b\n"),
        ("a lone CR", "sections:\n  - id: a\r  - id: b\n  - id: c\n"),
        (
            "a line separator",
            "sections:\n  - id: a\u{2028}  - id: b\n  - id: c\n",
        ),
        (
            "a key with text after it",
            "sections: x\n  - id: a\n  - id: b\n",
        ),
    ];
    for (why, text) in refused {
        assert!(plan(text, "sections", "m", 1).is_none(), "{why}");
    }
}

#[test]
fn line_breaks_and_stars_that_need_the_whole_file_are_found() {
    for (text, whole) in [
        ("a\r\nb\r\n", false),
        ("a\rb", true),
        ("a\r", true),
        ("a: x\u{85}y", true),
        ("a: x\u{2028}y", true),
        ("a: x\u{2029}y", true),
        ("a: é and \u{2026} and \u{a0}", false),
        ("a: 5 * 3", false),
        ("a: don't*", false),
        ("a: x*y", false),
        ("a: *x", true),
        ("a: [*x]", true),
        ("a: **bold**", true),
        ("*x", true),
        ("a: *", false),
    ] {
        assert_eq!(must_parse_whole(text), whole, "{text:?}");
    }
}

#[test]
fn a_list_key_inside_a_quoted_string_is_not_taken_for_the_real_one() {
    // `sections:` sits inside a single-quoted title that runs on past the
    // list; parsed whole, there are no sections at all.
    let text = "id: x\ntitle: 'a long\nsections:\n  - id: a\n  - id: b\nend'\n";
    assert!(plan(text, "sections", "m", 1).is_some(), "the cut is tried");
    assert!(!agrees(text, FINE), "and refused by the marker check");
    let (value, _) = whole(text).unwrap();
    assert!(value.contains("sections: []"), "{value}");
}

#[test]
fn a_cut_inside_a_quoted_string_or_a_flow_list_falls_back() {
    for text in [
        "sections:\n  - id: a\n    title: \"two\n  - id: b\"\n  - id: c\n",
        "sections:\n  - id: a\n    sources: [x, \"two\n  - y\"]\n  - id: c\n",
    ] {
        assert!(!agrees(text, FINE), "{text}");
        assert!(whole(text).is_some(), "the file itself is fine:\n{text}");
    }
}

#[test]
fn unknown_keys_come_back_in_file_order_with_their_full_paths() {
    let text = "idd: x\nsections:\n  - id: a\n    titel: A\n  - id: b\n    questions:\n      - id: q\n        promt: Q\nbandz: []\n";
    assert!(agrees(text, FINE));
    let (_, unknown) = split(text, FINE).unwrap();
    let key = |k: &str| Segment::Key(k.to_string());
    assert_eq!(
        unknown,
        [
            vec![key("idd")],
            vec![key("sections"), Segment::Index(0), key("titel")],
            vec![
                key("sections"),
                Segment::Index(1),
                key("questions"),
                Segment::Index(0),
                key("promt"),
            ],
            vec![key("bandz")],
        ]
    );
}

#[test]
fn a_duplicate_list_key_or_an_error_in_any_piece_falls_back() {
    let base = bank(40);
    let duplicate = base.replacen("bands:", "\"sections\": []\nbands:", 1);
    assert!(split(&duplicate, FINE).is_none());
    let broken = base.replacen("kind: choice", "kind: [choice", 1);
    assert!(split(&broken, FINE).is_none());
    assert!(whole(&broken).is_none());
}

#[test]
fn nesting_too_deep_for_the_parser_is_refused_by_both() {
    // A show_if nested so deep that the parser's limit of 128 falls inside
    // it; the piece must hit the limit at the same place.
    for depth in 55..=66 {
        let mut cond = String::from("{ question: q0, is: [\"yes\"] }");
        for _ in 0..depth {
            cond = format!("{{ all: [{cond}] }}");
        }
        let text = bank(40).replacen(
            "        kind: choice\n",
            &format!("        kind: choice\n        show_if: {cond}\n"),
            1,
        );
        let one = whole(&text);
        match split(&text, FINE) {
            Some(pieces) => assert_eq!(one, Some(pieces), "depth {depth}"),
            None => assert!(one.is_none(), "depth {depth}: parsed whole, not split"),
        }
    }
}

/// YAML-significant bits to drop into a bank at random places.
const DAMAGE: &[&str] = &[
    "\"",
    "'",
    "[",
    "]",
    "{",
    "}",
    "\n",
    "\n  - ",
    "\n- ",
    "\n    ",
    "- ",
    ": ",
    "|\n",
    ">-\n",
    "#",
    " #",
    "&a ",
    "*a",
    "\t",
    "\r\n",
    "---\n",
    "...\n",
    "? ",
    "!!str ",
    "\\",
    "''",
    "\nsections:\n",
    "\"\n",
    "'\n",
    "x",
    "  ",
];

/// `text` with each edit: at a fraction of its length, replace up to two
/// bytes with a piece of [`DAMAGE`].
fn damage(mut text: String, edits: &[(f64, usize, usize)]) -> String {
    for &(at, what, cut) in edits {
        let mut i = (at * text.len() as f64) as usize;
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        let end = (i + cut).min(text.len());
        if text.is_char_boundary(end) {
            text.replace_range(i..end, DAMAGE[what]);
        }
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// Damaged banks: wherever the split parse answers, it answers exactly
    /// as the whole parse does, read as a bank and read as plain YAML.
    #[test]
    fn damaged_banks_parse_the_same_in_pieces(
        edits in prop::collection::vec((0.0f64..1.0, 0..DAMAGE.len(), 0usize..3), 1..4)
    ) {
        let text = damage(bank(40), &edits);
        agrees(&text, FINE);
        agrees_as::<Loose>(&text, FINE);
    }
}

#[test]
fn damaged_banks_that_still_parse_take_the_split_path() {
    // The property above would pass vacuously if the split always stepped
    // aside: of the one-line deletions that leave a bank that parses, almost
    // all must be split.
    let base = bank(40);
    let lines: Vec<&str> = base.lines().collect();
    let (mut parses, mut split_count) = (0, 0);
    for skip in 0..lines.len() {
        let mut text: Vec<&str> = lines.clone();
        text.remove(skip);
        let text = text.join("\n") + "\n";
        parses += usize::from(whole(&text).is_some());
        split_count += usize::from(agrees(&text, FINE));
    }
    assert!(
        split_count * 100 >= parses * 95,
        "only {split_count} of the {parses} one-line deletions that parse were split"
    );
}
