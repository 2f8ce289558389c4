//! `iop-check programs`: the estimator (pure, property-tested), and the real
//! binary adding, listing, editing, removing and comparing programs, in a
//! pseudo-terminal and from answers files, in every output format.

use crate::common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::key::{DOWN, ENTER, SPACE};
use common::{Exit, Pty, Run, ScreenKind, grade};
use iop_check::programs::compare::Mark;
use iop_check::programs::estimate::{Cap, Fit, Inputs, Missing, Pay, estimate};
use iop_check::programs::{Preferences, Program, compact_comparison};
use proptest::prelude::*;
use serde_json::{Value, json};

// ---------------------------------------------------------------------------
// The estimator
// ---------------------------------------------------------------------------

/// Three days a week for 8 weeks at $300 a day, with a $40 copay, $500 of
/// deductible left and $900 left before the out-of-pocket maximum.
fn riverside() -> Inputs {
    Inputs {
        days_per_week: Some(3.0),
        weeks: Some(8.0),
        hours_per_week: Some(9.0),
        online: false,
        pay: Some(Pay::Copay(Some(40.0))),
        price_per_day: Some(300.0),
        deductible_left: Some(500.0),
        oop_max_left: Some(900.0),
        travel_minutes: Some(30.0),
        travel_cost: Some(8.0),
        work_hours: Some(0.0),
        hourly_pay: None,
        hours_free: Some(12.0),
    }
}

#[test]
fn copay_after_the_deductible_is_held_to_the_out_of_pocket_maximum() {
    let e = estimate(&riverside());
    assert_eq!(e.label, "estimate");
    assert_eq!(e.total_days.value, Some(24.0));
    // $500 of deductible, then $40 on each of the 22⅓ days left: $1,393,
    // more than the $900 left before the maximum.
    assert_eq!(e.program_cost.value, Some(900.0));
    assert_eq!(e.cap, Cap::Reached);
    let mut more_room = riverside();
    more_room.oop_max_left = Some(5000.0);
    let e2 = estimate(&more_room);
    let expected = 500.0 + 40.0 * (24.0 - 500.0 / 300.0);
    assert!((e2.program_cost.value.unwrap() - expected).abs() < 1e-9);
    assert_eq!(e2.cap, Cap::Under);
    // Travel: 24 round trips at $8; an hour a day, three days a week.
    assert_eq!(e.travel_cost.value, Some(192.0));
    assert_eq!(e.travel_hours_per_week.value, Some(3.0));
    assert_eq!(e.weekly_hours.value, Some(12.0));
    assert_eq!(e.fit, Fit::Fits);
    assert_eq!(e.total_cost.value, Some(900.0 + 192.0));
}

#[test]
fn coinsurance_self_pay_and_an_unknown_maximum() {
    let base = Inputs {
        days_per_week: Some(5.0),
        weeks: Some(2.0),
        price_per_day: Some(200.0),
        deductible_left: Some(0.0),
        pay: Some(Pay::Coinsurance(Some(20.0))),
        ..Inputs::default()
    };
    let e = estimate(&base);
    assert_eq!(e.program_cost.value, Some(400.0));
    // The maximum is not known: the figure stands, flagged as possibly high.
    assert_eq!(e.cap, Cap::Unknown);
    let self_pay = Inputs {
        pay: Some(Pay::SelfPay),
        deductible_left: None,
        oop_max_left: Some(10.0),
        ..base.clone()
    };
    let e = estimate(&self_pay);
    // No deductible or maximum applies to self-pay.
    assert_eq!(e.program_cost.value, Some(2000.0));
    assert_eq!(e.cap, Cap::NotApplicable);
}

#[test]
fn zero_values_are_known_zeros() {
    let e = estimate(&Inputs {
        days_per_week: Some(3.0),
        weeks: Some(6.0),
        pay: Some(Pay::Copay(Some(0.0))),
        deductible_left: Some(0.0),
        // No price needed: with no deductible left, a copay plan pays the copay.
        price_per_day: None,
        oop_max_left: Some(0.0),
        travel_cost: Some(0.0),
        travel_minutes: Some(0.0),
        work_hours: Some(0.0),
        hours_per_week: Some(0.0),
        hours_free: Some(0.0),
        ..Inputs::default()
    });
    for (what, a) in [
        ("program", &e.program_cost),
        ("travel", &e.travel_cost),
        ("pay lost", &e.pay_lost),
        ("total", &e.total_cost),
        ("weekly hours", &e.weekly_hours),
    ] {
        assert_eq!(a.value, Some(0.0), "{what}: {a:?}");
        assert!(a.missing.is_empty(), "{what}");
    }
    assert_eq!(e.fit, Fit::Fits);
    // Zero weeks: zero days, so nothing to pay.
    let e = estimate(&Inputs {
        weeks: Some(0.0),
        ..riverside()
    });
    assert_eq!(e.total_days.value, Some(0.0));
    assert_eq!(e.program_cost.value, Some(0.0));
    // An online program needs no trips, whatever the travel answers say.
    let e = estimate(&Inputs {
        online: true,
        travel_minutes: None,
        travel_cost: None,
        ..riverside()
    });
    assert_eq!(e.travel_cost.value, Some(0.0));
    assert_eq!(e.travel_hours_per_week.value, Some(0.0));
}

#[test]
fn missing_values_make_their_part_unknown_never_zero() {
    let e = estimate(&Inputs::default());
    for a in [
        &e.total_days,
        &e.program_cost,
        &e.travel_cost,
        &e.pay_lost,
        &e.total_cost,
        &e.weekly_hours,
    ] {
        assert_eq!(a.value, None, "{a:?}");
        assert!(!a.missing.is_empty(), "{a:?}");
    }
    assert_eq!(e.known_cost, 0.0);
    assert_eq!(e.fit, Fit::Unknown);
    assert_eq!(e.program_cost.missing, vec![Missing::PayKind]);

    // One missing input at a time: only its part goes unknown, and it is named.
    let e = estimate(&Inputs {
        work_hours: Some(4.0),
        hourly_pay: None,
        ..riverside()
    });
    assert_eq!(e.pay_lost.value, None);
    assert_eq!(e.pay_lost.missing, vec![Missing::HourlyPay]);
    assert_eq!(e.program_cost.value, Some(900.0));
    assert_eq!(e.total_cost.value, None);
    assert_eq!(e.known_cost, 900.0 + 192.0);

    let e = estimate(&Inputs {
        deductible_left: None,
        ..riverside()
    });
    assert_eq!(e.program_cost.value, None);
    assert_eq!(e.program_cost.missing, vec![Missing::DeductibleLeft]);

    let e = estimate(&Inputs {
        pay: Some(Pay::Coinsurance(None)),
        price_per_day: None,
        ..riverside()
    });
    assert_eq!(
        e.program_cost.missing,
        vec![Missing::Coinsurance, Missing::PricePerDay]
    );

    let e = estimate(&Inputs {
        hours_free: None,
        ..riverside()
    });
    assert_eq!(e.weekly_hours.value, Some(12.0));
    assert_eq!(e.fit, Fit::Unknown);
    let e = estimate(&Inputs {
        hours_free: Some(10.0),
        ..riverside()
    });
    assert_eq!(e.fit, Fit::Over);
}

/// Any number at all, NaN and infinities included, or nothing.
fn any_input() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        Just(None),
        Just(Some(0.0)),
        Just(Some(f64::NAN)),
        Just(Some(f64::INFINITY)),
        Just(Some(f64::MAX)),
        Just(Some(-1.0)),
        (0.0..2000.0f64).prop_map(Some),
        any::<f64>().prop_map(Some),
    ]
}

fn any_inputs() -> impl Strategy<Value = Inputs> {
    let pay = prop_oneof![
        Just(None),
        Just(Some(Pay::SelfPay)),
        any_input().prop_map(|c| Some(Pay::Copay(c))),
        any_input().prop_map(|c| Some(Pay::Coinsurance(c))),
    ];
    (
        (any_input(), any_input(), any_input(), any::<bool>(), pay),
        (any_input(), any_input(), any_input(), any_input()),
        (any_input(), any_input(), any_input(), any_input()),
    )
        .prop_map(
            |((d, w, h, online, pay), (p, ded, oop, tm), (tc, wh, hp, hf))| Inputs {
                days_per_week: d,
                weeks: w,
                hours_per_week: h,
                online,
                pay,
                price_per_day: p,
                deductible_left: ded,
                oop_max_left: oop,
                travel_minutes: tm,
                travel_cost: tc,
                work_hours: wh,
                hourly_pay: hp,
                hours_free: hf,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn no_nan_no_infinity_never_negative(i in any_inputs()) {
        let e = estimate(&i);
        for a in [&e.total_days, &e.program_cost, &e.travel_cost, &e.pay_lost,
                  &e.total_cost, &e.travel_hours_per_week, &e.weekly_hours] {
            if let Some(v) = a.value {
                prop_assert!(v.is_finite() && v >= 0.0, "{a:?} from {i:?}");
                prop_assert!(a.missing.is_empty());
            } else {
                prop_assert!(!a.missing.is_empty(), "unknown without a reason: {a:?}");
            }
        }
        prop_assert!(e.known_cost.is_finite() && e.known_cost >= 0.0);
        if let Some(h) = e.hours_free { prop_assert!(h.is_finite()); }
        // And the JSON form holds no null where a number was computed.
        let json = serde_json::to_value(&e).unwrap();
        prop_assert_eq!(json["label"].as_str(), Some("estimate"));
    }

    #[test]
    fn the_total_never_exceeds_the_out_of_pocket_maximum(
        days in 0.0..7.0f64, weeks in 0.0..52.0f64, price in 0.0..5000.0f64,
        ded in 0.0..20000.0f64, max in 0.0..20000.0f64, share in 0.0..500.0f64,
        coins in any::<bool>(),
    ) {
        let pay = if coins { Pay::Coinsurance(Some(share.min(100.0))) } else { Pay::Copay(Some(share)) };
        let e = estimate(&Inputs {
            days_per_week: Some(days), weeks: Some(weeks), pay: Some(pay),
            price_per_day: Some(price), deductible_left: Some(ded), oop_max_left: Some(max),
            ..Inputs::default()
        });
        let cost = e.program_cost.value.expect("every input is known");
        prop_assert!(cost <= max + 1e-9, "{cost} > {max}");
        prop_assert!(cost >= 0.0);
        prop_assert_eq!(e.cap == Cap::Reached, cost == max && e.cap != Cap::Under);
    }

    #[test]
    fn more_days_never_cost_less(
        days in 1.0..7.0f64, weeks in 1.0..30.0f64, price in 1.0..2000.0f64,
        ded in 0.0..5000.0f64, copay in 0.0..300.0f64, extra in 0.0..10.0f64,
    ) {
        let at = |w: f64| estimate(&Inputs {
            days_per_week: Some(days), weeks: Some(w), pay: Some(Pay::Copay(Some(copay))),
            price_per_day: Some(price), deductible_left: Some(ded), oop_max_left: None,
            ..Inputs::default()
        }).program_cost.value.unwrap();
        prop_assert!(at(weeks + extra) + 1e-6 >= at(weeks));
    }
}

#[test]
fn compact_comparison_for_the_summary() {
    let program = Program {
        name: "Harbor".into(),
        added: "2026-12-01T10:00:00Z".into(),
        updated: "2026-12-01T10:00:00Z".into(),
        answers: serde_json::from_value(json!({
            "name": "Harbor",
            "format": "online",
            "days": ["mon", "thu"],
            "times": "evenings",
            "hours-week": 6,
            "weeks": 10,
            "pay-kind": "self-pay",
            "price-per-day": 100,
            "work-hours": 0,
        }))
        .unwrap(),
    };
    let prefs = Preferences {
        hours_free: Some(5.0),
        ..Preferences::default()
    };
    let sheet = iop_check::programs::worksheet(iop_check::i18n::Lang::En).expect("the worksheet");
    let c = compact_comparison(&sheet, std::slice::from_ref(&program), &prefs);
    assert_eq!(c.label, "estimate");
    assert!(c.note.contains("do not rate or recommend"));
    let r = &c.programs[0];
    assert_eq!(r.name, "Harbor");
    assert_eq!(r.format.as_deref(), Some("Online"));
    assert_eq!(r.schedule.as_deref(), Some("Mon, Thu; evenings · 10 weeks"));
    assert_eq!(r.weekly_hours, Some(6.0));
    assert_eq!(r.hours_fit, Fit::Over);
    assert_eq!(r.total_cost, Some(2000.0));
    assert!(r.open_questions > 5, "{r:?}");
    assert!(compact_comparison(&sheet, &[], &prefs).programs.is_empty());
    // It is plain data for the summary's JSON.
    let v = serde_json::to_value(&c).unwrap();
    assert_eq!(v["programs"][0]["hours_fit"], "over");
}

// ---------------------------------------------------------------------------
// The binary
// ---------------------------------------------------------------------------

pub(crate) fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temporary folder")
}

fn programs(args: &[&str], data: &Path) -> common::Output {
    Run::new(["programs"]).args(args).data_dir(data).run()
}

pub(crate) fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// A program with most things known.
pub(crate) const RIVERSIDE: &str = r#"
name: Riverside evening IOP
contact: 555-0100
format: in-person
days: [mon, wed, fri]
times: evenings
hours-week: 9
weeks: 8
methods: [cbt, dbt]
group-size: 8
one-on-one: weekly
psychiatry: dont-know
with-therapist: in-touch
in-network: "yes"
pay-kind: copay
copay: 40
price-per-day: 300
deductible-left: 500
oop-max-left: 900
travel-minutes: 30
travel-cost: 8
work-hours: 0
"#;

/// A name that tries to be a table cell, HTML and a link.
const TRICKY: &str = r#"
name: "Dawn | <b>care</b> [x](http://evil.example)"
format: online
days: [tue, thu]
times: mornings
hours-week: 10
weeks: 6
pay-kind: self-pay
price-per-day: 250
work-hours: 4
"#;

fn add(data: &Path, tmp: &Path, name: &str, text: &str) {
    let f = write(tmp, &format!("{name}.yaml"), text);
    programs(&["add", "--answers", f.to_str().unwrap()], data).assert_code(0);
}

fn kept(data: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(data.join("programs.json")).expect("programs.json"))
        .expect("JSON")
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_worksheet_is_a_valid_bank() {
    let bank = Path::new(common::ROOT).join("questions/programs.yaml");
    let out = Run::new(["validate", bank.to_str().unwrap()]).run();
    out.assert_code(0);
    assert!(
        out.stdout
            .contains("valid: bank \"iop-programs-worksheet\"")
    );
    // The example answers load as a program.
    let tmp = tempdir();
    let f = write(tmp.path(), "e.yaml", &common::example_program());
    let data = tmp.path().join("data");
    programs(&["add", "--answers", f.to_str().unwrap()], &data).assert_code(0);
}

#[test]
fn the_program_template_is_empty_and_refused_untouched() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let t = programs(&["template"], tmp.path());
    t.assert_code(0);
    assert!(
        t.stdout
            .contains("iop-check programs add --answers THIS-FILE")
    );
    for line in t.stdout.lines() {
        if !line.is_empty() && !line.starts_with('#') {
            assert!(line.ends_with(':'), "an answer is filled in: {line}");
        }
    }
    let f = write(tmp.path(), "t.yaml", &t.stdout);
    let out = programs(&["add", "--answers", f.to_str().unwrap()], &data);
    out.assert_code(4);
    assert!(
        out.stderr.contains("there are no answers in it"),
        "{}",
        out.stderr
    );
    assert!(!data.join("programs.json").exists(), "nothing added");
}

#[test]
fn a_name_only_program_is_all_dont_know_yet() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let t = programs(&["template"], tmp.path());
    let named = t.stdout.replace("\nname:\n", "\nname: Elm IOP\n");
    assert_ne!(named, t.stdout);
    let f = write(tmp.path(), "n.yaml", &named);
    let out = programs(&["add", "--answers", f.to_str().unwrap()], &data);
    out.assert_code(0);
    let c = programs(&["compare"], &data);
    c.assert_code(0);
    // The table: from its header to the questions to ask.
    let table = c
        .stdout
        .split("│ 1. Elm IOP")
        .nth(1)
        .and_then(|t| t.split("Still to find out").next())
        .unwrap_or_else(|| panic!("a table: {}", c.stdout));
    for never in ["Yes", "$0", "0 hours", "✓", "Joint Commission"] {
        assert!(!table.contains(never), "{never} in: {}", c.stdout);
    }
    for row in [
        "Licensed",
        "Accredited",
        "After-hours help",
        "In your network",
    ] {
        let line = c
            .stdout
            .lines()
            .find(|l| l.starts_with(row))
            .unwrap_or_else(|| panic!("{row} row: {}", c.stdout));
        assert!(line.contains("don't know yet"), "{line}");
    }
    assert!(c.stdout.contains("Total cost to you"), "{}", c.stdout);
    assert!(
        c.stdout.contains("Are you licensed by the state?"),
        "unknowns become questions to ask: {}",
        c.stdout
    );
}

#[test]
fn add_list_edit_and_remove_from_answers_files() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let f = write(tmp.path(), "r.yaml", RIVERSIDE);
    let out = programs(&["add", "--answers", f.to_str().unwrap()], &data);
    out.assert_code(0);
    assert!(
        out.stderr
            .contains("Added \"Riverside evening IOP\" as program 1"),
        "{}",
        out.stderr
    );
    // Kept private, written whole.
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("programs.json")), 0o600);
    let k = kept(&data);
    assert_eq!(k["programs"][0]["name"], "Riverside evening IOP");
    assert_eq!(
        k["programs"][0]["answers"]["days"],
        json!(["mon", "wed", "fri"])
    );
    assert_eq!(k["programs"][0]["answers"]["psychiatry"], "dont-know");

    // A program without a name is numbered.
    let g = write(tmp.path(), "g.yaml", "format: both\n");
    programs(&["add", "--answers", g.to_str().unwrap()], &data).assert_code(0);
    let list = programs(&["list"], &data);
    list.assert_code(0);
    let flat = common::flatten(&list.stdout);
    assert!(
        flat.contains("1. Riverside evening IOP: In person · Mon, Wed, Fri; evenings · 8 weeks"),
        "{flat}"
    );
    assert!(flat.contains("about $1,092 in all"), "{flat}");
    assert!(flat.contains("2. Program 2: In person or online"), "{flat}");

    // Edit by number with a file: its answers replace the ones before; the rest stay.
    let e = write(
        tmp.path(),
        "e.yaml",
        "name: Gull Clinic\npsychiatry: weekly\n",
    );
    programs(&["edit", "2", "--answers", e.to_str().unwrap()], &data).assert_code(0);
    let k = kept(&data);
    assert_eq!(k["programs"][1]["name"], "Gull Clinic");
    assert_eq!(k["programs"][1]["answers"]["format"], "both");
    assert_eq!(k["programs"][1]["answers"]["psychiatry"], "weekly");
    // Edit by name, any case.
    let e2 = write(tmp.path(), "e2.yaml", "psychiatry: sometimes\n");
    programs(
        &["edit", "gull clinic", "--answers", e2.to_str().unwrap()],
        &data,
    )
    .assert_code(0);
    assert_eq!(
        kept(&data)["programs"][1]["answers"]["psychiatry"],
        "sometimes"
    );

    // Mistakes get clear messages and documented codes.
    let bad = write(tmp.path(), "bad.yaml", "format: on-the-moon\n");
    let out = programs(&["add", "--answers", bad.to_str().unwrap()], &data);
    out.assert_code(4);
    assert!(
        out.stderr.contains("has no option \"on-the-moon\""),
        "{}",
        out.stderr
    );
    let out = programs(
        &["edit", "Nowhere IOP", "--answers", e.to_str().unwrap()],
        &data,
    );
    out.assert_code(2);
    assert!(out.stderr.contains("programs list"), "{}", out.stderr);
    assert_eq!(kept(&data)["programs"].as_array().unwrap().len(), 2);

    // Remove needs a confirmation, or --yes.
    let out = programs(&["remove", "1"], &data);
    out.assert_code(2);
    assert!(out.stderr.contains("--yes"));
    programs(&["remove", "1", "--yes"], &data).assert_code(0);
    let k = kept(&data);
    assert_eq!(k["programs"].as_array().unwrap().len(), 1);
    assert_eq!(k["programs"][0]["name"], "Gull Clinic");
    programs(&["remove", "Gull Clinic", "--yes"], &data).assert_code(0);
    assert!(!data.join("programs.json").exists());
    let list = programs(&["list"], &data);
    assert!(list.stdout.contains("not added any programs yet"));
    let out = programs(&["compare"], &data);
    out.assert_code(2);
    assert!(out.stderr.contains("programs add"));
}

#[test]
fn no_save_writes_nothing() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let f = write(tmp.path(), "r.yaml", RIVERSIDE);
    let out = programs(
        &["add", "--no-save", "--answers", f.to_str().unwrap()],
        &data,
    );
    out.assert_code(0);
    assert!(!data.exists(), "--no-save made the data folder");
    // The program is shown instead, so the answers are not lost to view.
    assert!(out.stdout.contains("Riverside evening IOP"));
    assert!(out.stdout.contains("estimate"));
    assert!(out.stderr.contains("--no-save"));
    // And in plain mode, with the answers typed.
    let out = Run::new(["programs", "add", "--no-save", "--plain"])
        .data_dir(&data)
        .lines(&["Quiet Harbor", ""])
        .run();
    out.assert_code(5);
    assert!(out.stderr.contains("Nothing was saved"), "{}", out.stderr);
    assert!(!data.exists());
}

#[test]
fn forget_all_deletes_the_programs() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    add(&data, tmp.path(), "r", RIVERSIDE);
    assert!(data.join("programs.json").exists());
    let out = Run::new(["forget", "--all", "--yes"]).data_dir(&data).run();
    out.assert_code(0);
    assert!(
        out.stdout.contains("the programs you added"),
        "{}",
        out.stdout
    );
    assert!(!data.join("programs.json").exists());
    let again = Run::new(["forget", "--all", "--yes"]).data_dir(&data).run();
    assert!(again.stdout.contains("nothing to forget"));
}

#[test]
fn plain_mode_asks_the_worksheet_and_keeps_every_answer() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    // Name, contact (skipped), format 2 (online), days 1 3, then the input ends.
    let out = Run::new(["programs", "add", "--plain"])
        .data_dir(&data)
        .lines(&["Sunrise IOP", "", "2", "1 3"])
        .run();
    out.assert_code(5);
    assert!(
        out.stderr.contains("iop-check programs edit 1"),
        "{}",
        out.stderr
    );
    let k = kept(&data);
    assert_eq!(k["programs"][0]["name"], "Sunrise IOP");
    assert_eq!(k["programs"][0]["answers"]["format"], "online");
    assert_eq!(k["programs"][0]["answers"]["days"], json!(["mon", "wed"]));
    assert_eq!(k["programs"][0]["answers"]["contact"], Value::Null);
}

/// Four programs, with a kept check-in that says: in person, 10 hours free,
/// flexibility and structure matter, work may get in the way.
/// A kept check-in in `data`, made by a run (with `lang_args`) that says:
/// in person, 10 hours free, flexibility and structure matter a lot, work
/// may get in the way; the safety questions answered "no".
pub(crate) fn kept_check_in(tmp: &Path, data: &Path, lang_args: &[&str]) {
    let main: String = common::example_answers(None)
        .lines()
        .map(|l| match l.split(':').next().unwrap_or("") {
            "hours-free" => "hours-free: 10".to_string(),
            "format" => "format: in-person".to_string(),
            // What matters a lot: two reasons that program rows speak to.
            "value-flexibility" => "value-flexibility: a-lot".to_string(),
            "value-structure" => "value-structure: a-lot".to_string(),
            k if k.starts_with("value-") => format!("{k}: not-much"),
            "conflicts" => "conflicts: [work]".to_string(),
            // The safety questions are left for the person to answer.
            "safe-now" | "hurt-self" | "harm-others" if l.ends_with(':') => format!("{l} \"no\""),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let f = write(tmp, "main.yaml", &main);
    let summary = Run::new(lang_args)
        .args([
            "run",
            "--answers",
            f.to_str().unwrap(),
            "--format",
            "json",
            "--no-save",
        ])
        .run();
    summary.assert_code(0);
    std::fs::create_dir_all(data.join("checkins")).unwrap();
    std::fs::write(data.join("checkins/20261201-120000.json"), &summary.stdout).unwrap();
}

fn four_programs_and_a_checkin(tmp: &Path) -> PathBuf {
    let data = tmp.join("data");
    add(&data, tmp, "r", RIVERSIDE);
    add(&data, tmp, "t", TRICKY);
    add(
        &data,
        tmp,
        "g",
        "name: Gull Clinic\nformat: both\ndays: [dont-know]\n",
    );
    add(
        &data,
        tmp,
        "e",
        "name: Elm Street Day Program With A Very Long Name\n",
    );
    kept_check_in(tmp, &data, &[]);
    data
}

#[test]
fn compare_as_text_fits_80_columns() {
    let tmp = tempdir();
    let data = four_programs_and_a_checkin(tmp.path());
    let out = programs(&["compare"], &data);
    out.assert_code(0);
    for line in out.stdout.lines() {
        assert!(
            line.chars().count() <= 80,
            "wider than 80 columns ({}):\n{line}\n\n{}",
            line.chars().count(),
            out.stdout
        );
    }
    let flat = common::flatten(&out.stdout);
    assert!(flat.contains("Comparing 4 programs side by side"), "{flat}");
    assert!(flat.contains("estimate"));
    assert!(
        flat.contains("Marked against what you said in your check-in 20261201-120000"),
        "{flat}"
    );
    // Rows tied to the benefits chosen carry a star; marks show fit.
    assert!(out.stdout.contains("★ In person or"), "{}", out.stdout);
    assert!(out.stdout.contains("In person ✓"));
    assert!(out.stdout.contains("Online !"));
    assert!(out.stdout.contains("│ don't know"), "{}", out.stdout);
    // The morning program clashes with work; the questions to ask are listed.
    assert!(
        flat.contains("Your work hours: it meets in the daytime on weekdays."),
        "{flat}"
    );
    assert!(
        flat.contains("Still to find out from Gull Clinic: - Who can I talk to there, and how can I reach them? - Which days do you meet?"),
        "{flat}"
    );
    assert!(flat.contains("What to ask your insurer"));
    assert!(flat.contains("do not rate or recommend any program"));
    // Nothing recommends.
    for word in ["best", "recommended", "winner", "should choose"] {
        assert!(!flat.to_lowercase().contains(word), "says {word:?}");
    }

    // A fifth program: choose up to four.
    add(&data, tmp.path(), "f", "name: Fifth\n");
    let out = programs(&["compare"], &data);
    out.assert_code(2);
    assert!(out.stderr.contains("up to 4"), "{}", out.stderr);
    programs(&["compare", "1", "5"], &data).assert_code(0);
    programs(&["compare", "1", "2", "3", "4", "5"], &data).assert_code(2);
}

#[test]
fn compare_in_plain_mode_reads_one_program_after_another() {
    let tmp = tempdir();
    let data = four_programs_and_a_checkin(tmp.path());
    let out = programs(&["compare", "1", "2", "--plain"], &data);
    out.assert_code(0);
    assert!(
        !out.stdout.contains('│') && !out.stdout.contains('─'),
        "{}",
        out.stdout
    );
    let flat = common::flatten(&out.stdout);
    let one = flat
        .find("Program 1 of 2: Riverside evening IOP")
        .expect("first program");
    let two = flat.find("Program 2 of 2: Dawn").expect("second program");
    assert!(one < two);
    assert!(
        flat.contains("In person or online (matters to you: Getting care while living at home"),
        "{flat}"
    );
    assert!(flat.contains("In person (fits what you said)"), "{flat}");
    assert!(
        flat.contains("Online (differs from what you said)"),
        "{flat}"
    );
    assert!(
        flat.contains("Hours a week, with travel (estimate) (matters to you"),
        "{flat}"
    );
    assert!(
        flat.contains("12 hours (differs from what you said)"),
        "{flat}"
    );
}

#[test]
fn compare_as_markdown_escapes_every_value() {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let tmp = tempdir();
    let data = four_programs_and_a_checkin(tmp.path());
    let out = programs(&["compare", "1", "2", "--format", "markdown"], &data);
    out.assert_code(0);
    let md = &out.stdout;
    assert!(md.starts_with("# Comparing programs"));
    assert!(md.contains("**estimate**"));
    let mut cells_in_head = 0;
    let mut in_head = false;
    let mut rows = 0;
    for ev in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match ev {
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML got through: {h}"),
            Event::Start(Tag::Link { .. }) => panic!("a link got through"),
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableCell) if in_head => cells_in_head += 1,
            Event::Start(Tag::TableRow) => rows += 1,
            _ => {}
        }
    }
    // A label column and one per program: the | in the name made no cell.
    assert_eq!(cells_in_head, 3);
    assert!(rows > 15, "{rows} rows");
    assert!(md.contains("(fits what you said)"));
}

#[test]
fn compare_as_html_is_self_contained_and_escaped() {
    let tmp = tempdir();
    let data = four_programs_and_a_checkin(tmp.path());
    let file = tmp.path().join("out.html");
    let out = programs(
        &["compare", "--format", "html", "-o", file.to_str().unwrap()],
        &data,
    );
    out.assert_code(0);
    assert_eq!(mode(&file), 0o600);
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.starts_with("<!doctype html>"));
    assert!(
        html.contains("&lt;b&gt;care&lt;&#x2f;b&gt;") || html.contains("&lt;b&gt;care&lt;/b&gt;"),
        "{html}"
    );
    assert!(!html.contains("<b>care"));
    for outside in ["<script", "src=", "href=", "<link", "@import"] {
        assert!(!html.contains(outside), "has {outside}");
    }
    assert_eq!(html.matches("<th scope=\"col\">").count(), 5);
    assert!(html.contains("estimate"));
}

/// Every human format walks one document, so they say the same things in
/// the same order: the same list titles, the same script, the same note.
#[test]
fn every_format_says_the_same_things_in_the_same_order() {
    let tmp = tempdir();
    let data = four_programs_and_a_checkin(tmp.path());
    let said = [
        "Every cost and hour here is an",
        "may clash with",
        "Still to find out from Gull Clinic",
        "To ask your insurer about Gull Clinic",
        "What to ask your insurer (a script you can read from)",
        "do not rate or recommend any program",
    ];
    for args in [
        vec!["compare"],
        vec!["compare", "--plain"],
        vec!["compare", "--format", "markdown"],
        vec!["compare", "--format", "html"],
    ] {
        let out = programs(&args, &data);
        out.assert_code(0);
        let flat = common::flatten(&out.stdout);
        let mut last = 0;
        for s in said {
            let at = flat[last..]
                .find(s)
                .unwrap_or_else(|| panic!("{args:?} does not say {s:?} in order:\n{flat}"));
            last += at + s.len();
        }
    }
}

#[test]
fn compare_as_json_follows_the_schema() {
    let tmp = tempdir();
    let data = four_programs_and_a_checkin(tmp.path());
    let out = programs(&["compare", "--format", "json"], &data);
    out.assert_code(0);
    let doc: Value = serde_json::from_str(&out.stdout).expect("JSON");
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(common::ROOT).join("docs/programs.schema.json"))
            .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The schema is not vacuous.
    let mut bad = doc.clone();
    bad["programs"][0]["estimate"]["label"] = json!("quote");
    assert!(!validator.is_valid(&bad));

    assert_eq!(doc["preferences"]["format"], "in-person");
    assert_eq!(doc["preferences"]["hours_free"].as_f64(), Some(10.0));
    assert_eq!(
        doc["preferences"]["benefits"],
        json!(["flexibility", "structure"])
    );
    let r = &doc["programs"][0]["estimate"];
    assert_eq!(r["program_cost"]["value"], json!(900.0));
    assert_eq!(r["cap"], "reached");
    assert_eq!(r["fit"], "over");
    let unknown = &doc["programs"][3]["estimate"]["total_cost"];
    assert_eq!(unknown["value"], Value::Null);
    assert!(!unknown["missing"].as_array().unwrap().is_empty());
    let format = doc["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "format")
        .unwrap();
    assert!(
        format["priority"]
            .as_str()
            .unwrap()
            .starts_with("Getting care while living at home")
    );
    let marks: Vec<&Value> = format["cells"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["mark"])
        .collect();
    let fits = serde_json::to_value(Mark::Fits).unwrap();
    let differs = serde_json::to_value(Mark::Differs).unwrap();
    assert_eq!(marks, vec![&fits, &differs, &fits, &Value::Null]);
}

#[test]
fn adding_a_program_in_a_terminal() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn(&["programs", "add"], &data);
    pty.pass_opening = false;
    let s = pty.expect_screen(ScreenKind::Opening);
    assert!(s.flat.contains("Adding a program"), "{}", s.text);
    pty.send(ENTER);
    let s = pty.expect_screen(ScreenKind::Typed);
    assert!(s.flat.contains("What is the program called?"), "{}", s.text);
    pty.send("Harbor IOP\r");
    pty.expect_screen(ScreenKind::Typed);
    pty.send(ENTER); // contact: skipped
    let s = pty.expect_screen(ScreenKind::Choice);
    assert!(s.flat.contains("in person, online, or both"), "{}", s.text);
    pty.send(ENTER); // In person
    pty.expect_screen(ScreenKind::Checklist);
    pty.send(SPACE); // Monday
    pty.send(ENTER);
    // The rest: the first option of each choice, checklists skipped (Enter
    // with nothing checked asks first), numbers and text skipped.
    let mut asked = 4;
    loop {
        let s = pty.next_screen();
        match s.kind {
            ScreenKind::Review => break,
            ScreenKind::Checklist => {
                asked += 1;
                let mark = pty.mark();
                pty.send(ENTER);
                pty.wait_text_since(mark, "Go back and check answers");
                pty.send(&format!("{DOWN}{ENTER}"));
            }
            ScreenKind::Choice | ScreenKind::Typed => {
                asked += 1;
                pty.send(ENTER);
            }
            other => panic!("unexpected {other:?} screen:\n{}", s.text),
        }
    }
    assert!(asked > 20, "{asked} questions");
    // Every answer is already kept before the review is finished.
    assert_eq!(kept(&data)["programs"][0]["name"], "Harbor IOP");
    // The worksheet's review offers to keep the program, not a summary.
    let review = pty.current_text();
    assert!(review.contains("Finish and keep this program"), "{review}");
    assert!(!review.contains("see my summary"), "{review}");
    pty.send(ENTER); // Finish
    assert_eq!(pty.wait_exit(), Exit::Code(0));
    let k = kept(&data);
    let a = &k["programs"][0]["answers"];
    assert_eq!(a["format"], "in-person");
    assert_eq!(a["days"], json!(["mon"]));
    assert_eq!(a["contact"], Value::Null);
    assert_eq!(mode(&data.join("programs.json")), 0o600);
}

#[test]
fn ending_before_the_first_answer_adds_nothing_and_pausing_keeps_answers() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let out = Run::new(["programs", "add", "--plain"])
        .data_dir(&data)
        .stdin("")
        .run();
    out.assert_code(2);
    assert!(
        out.stderr.contains("before the first answer"),
        "{}",
        out.stderr
    );
    assert!(!data.join("programs.json").exists());
    // Pausing later keeps the answers given, and says how to go on.
    let out = Run::new(["programs", "add", "--plain"])
        .data_dir(&data)
        .lines(&["Oak IOP", "", "q"])
        .run();
    out.assert_code(5);
    assert!(out.stderr.contains("Paused"), "{}", out.stderr);
    assert!(
        out.stderr.contains("iop-check programs edit 1"),
        "{}",
        out.stderr
    );
    assert_eq!(kept(&data)["programs"][0]["name"], "Oak IOP");
}

#[test]
fn edit_with_no_save_changes_nothing_on_disk() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    add(&data, tmp.path(), "r", RIVERSIDE);
    let before = std::fs::read(data.join("programs.json")).unwrap();
    let e = write(tmp.path(), "e.yaml", "name: Renamed\n");
    let out = programs(
        &["edit", "1", "--no-save", "--answers", e.to_str().unwrap()],
        &data,
    );
    out.assert_code(0);
    assert!(out.stdout.contains("Renamed"), "{}", out.stdout);
    assert_eq!(std::fs::read(data.join("programs.json")).unwrap(), before);
}

#[test]
fn a_terminal_gets_a_table_that_fits_and_a_narrow_one_gets_plain_lines() {
    let tmp = tempdir();
    let data = four_programs_and_a_checkin(tmp.path());
    for (cols, table) in [(100u16, true), (80, true), (40, false)] {
        let mut pty = Pty::spawn_with(
            &["programs", "compare"],
            &data,
            common::PtyOptions {
                cols,
                rows: 30,
                ..common::PtyOptions::default()
            },
        );
        assert_eq!(pty.wait_exit(), Exit::Code(0));
        let text = pty.text();
        assert!(text.contains("Riverside evening"), "{text}");
        for line in text.lines() {
            assert!(
                line.chars().count() <= usize::from(cols),
                "wider than {cols} columns:\n{line}"
            );
        }
        assert_eq!(text.contains('│'), table, "at {cols} columns:\n{text}");
        if !table {
            assert!(text.contains("Program 1 of 4: Riverside"), "{text}");
        }
    }
}

#[test]
fn preferences_come_from_the_draft_when_nothing_is_kept() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    add(&data, tmp.path(), "r", RIVERSIDE);
    std::fs::write(
        data.join("draft.json"),
        json!({
            "format": 1,
            "bank_id": "iop-decision",
            "bank_version": "1.0.0",
            "updated": "2026-12-01T10:00:00Z",
            "answers": { "hours-free": 20, "format": "virtual" }
        })
        .to_string(),
    )
    .unwrap();
    let out = programs(&["compare", "--format", "json"], &data);
    out.assert_code(0);
    let doc: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(doc["preferences"]["source"], "your saved draft");
    assert_eq!(doc["preferences"]["format"], "virtual");
    assert_eq!(doc["programs"][0]["estimate"]["fit"], "fits");
    let format = doc["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "format")
        .unwrap();
    assert_eq!(format["cells"][0]["mark"], "differs");
    // No benefits were chosen, so no row is starred.
    assert!(
        doc["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["priority"].is_null())
    );
}

/// The main bank's answers (from `iop-check template`) with the given
/// lines changed: `hours-free`, `format`, the weigh step's reasons (those
/// not named matter "not much") and `conflicts`.
fn main_answers(changes: &[(&str, &str)]) -> String {
    common::example_answers(None)
        .lines()
        .map(|l| {
            let key = l.split(':').next().unwrap_or("");
            match changes.iter().find(|(k, _)| *k == key) {
                Some((k, v)) => format!("{k}: {v}"),
                None if key.starts_with("value-") => format!("{key}: not-much"),
                None => l.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_runs_summary_marks_programs_against_that_runs_own_bank_and_answers() {
    let tmp = tempdir();
    // A kept check-in says 10 free hours: Riverside's 12 are more.
    let data = four_programs_and_a_checkin(tmp.path());
    // A clinic's own bank (the built-in one, renamed), and a run with it
    // that says 20 free hours.
    let clinic = write(
        tmp.path(),
        "clinic.yaml",
        &iop_check::bank::BUILTIN_YAML.replacen("id: iop-decision", "id: clinic-bank", 1),
    );
    let answers = write(
        tmp.path(),
        "run.yaml",
        &main_answers(&[("hours-free", "20"), ("format", "in-person")]),
    );
    let out = Run::new([
        "run",
        "--bank",
        clinic.to_str().unwrap(),
        "--answers",
        answers.to_str().unwrap(),
    ])
    .data_dir(&data)
    .run();
    out.assert_code(0);
    let text = common::flatten(&out.stdout);
    assert!(
        text.contains("Riverside evening IOP: In person; Mon, Wed, Fri; evenings · 8 weeks; about 12 hours a week with travel, within the hours you could free"),
        "{text}"
    );
    assert!(
        !text.contains("more than the hours you could free"),
        "{text}"
    );
}

#[test]
fn preferences_are_read_from_the_bank_they_are_given() {
    use iop_check::answers::{Answer, Answers};
    use iop_check::bank;
    let mut answers = Answers::default();
    answers.set("hours-free", Answer::Number(12.0));
    answers.set("format", Answer::Choice("virtual".into()));
    answers.set("value-structure", Answer::Choice("a-lot".into()));
    answers.set(
        "conflicts",
        Answer::Checklist(vec!["work".into(), "none".into()]),
    );
    let builtin = bank::builtin().unwrap();
    let p = Preferences::read(&builtin, &answers, "this check-in".into());
    assert_eq!(p.source.as_deref(), Some("this check-in"));
    assert_eq!(p.hours_free, Some(12.0));
    assert_eq!(p.format.as_deref(), Some("virtual"));
    assert_eq!(p.benefits, vec!["structure".to_string()]);
    assert_eq!(
        p.benefit_labels,
        vec!["Structure, with several planned sessions a week".to_string()]
    );
    assert_eq!(p.conflicts, vec!["work".to_string()]);
    // A clinic's bank words the reason its own way: its label is used, not
    // the built-in one.
    let clinic = bank::load_str(
        "clinic.yaml",
        &bank::BUILTIN_YAML.replacen(
            "fact: Structure, with several planned sessions a week",
            "fact: A steady routine of sessions",
            1,
        ),
    )
    .expect("the clinic bank is valid");
    let p = Preferences::read(&clinic, &answers, "this check-in".into());
    assert_eq!(
        p.benefit_labels,
        vec!["A steady routine of sessions".to_string()]
    );
    // A bank without the weigh step stars nothing.
    let worksheet = iop_check::programs::worksheet(iop_check::i18n::Lang::En).unwrap();
    let p = Preferences::read(&worksheet, &answers, "x".into());
    assert!(p.benefits.is_empty() && p.benefit_labels.is_empty());
}

#[test]
fn every_id_the_programs_code_reads_is_in_its_bank() {
    use iop_check::bank;
    use iop_check::programs::fields::{decision, problems, sheet};
    let root = Path::new(common::ROOT);
    let worksheet = bank::load(
        Some(&root.join("questions/programs.yaml")),
        iop_check::i18n::Lang::En,
    )
    .expect("worksheet");
    let main = bank::load(
        Some(&root.join("questions/iop-decision.yaml")),
        iop_check::i18n::Lang::En,
    )
    .expect("main bank");
    assert_eq!(problems(&worksheet, sheet::ALL), Vec::<String>::new());
    assert_eq!(problems(&main, decision::ALL), Vec::<String>::new());
    assert!(sheet::ALL.len() > 25 && decision::ALL.len() > 5);
    // "I don't know yet" is one id everywhere in the worksheet.
    for (_, q) in worksheet.questions() {
        for o in q.options.iter().filter(|o| o.not_sure) {
            assert_eq!(o.id, sheet::DONT_KNOW, "question {}", q.id);
        }
    }
    // The check fails on a bank that breaks the contract: the main bank
    // read as a worksheet has no `contact`, a `methods` of another kind and
    // a `format` without "online".
    let wrong = problems(&main, sheet::ALL);
    for want in [
        "no question \"contact\"",
        "question \"methods\" is a scale question, not checklist",
        "question \"format\" has no option \"online\"",
    ] {
        assert!(wrong.iter().any(|p| p == want), "{want} not in {wrong:#?}");
    }
    let renamed = bank::load_str(
        "renamed.yaml",
        &iop_check::programs::WORKSHEET_YAML.replacen("- id: hours-week", "- id: hours-a-week", 1),
    )
    .expect("still a valid bank");
    assert_eq!(
        problems(&renamed, sheet::ALL),
        vec!["no question \"hours-week\"".to_string()]
    );
}

#[test]
fn the_cost_cell_says_when_the_maximum_held_it_or_is_not_known() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    add(&data, tmp.path(), "r", RIVERSIDE);
    let no_max = RIVERSIDE.replace("oop-max-left: 900\n", "");
    add(
        &data,
        tmp.path(),
        "n",
        &no_max.replace("Riverside evening IOP", "No Max"),
    );
    let out = programs(&["compare", "--plain"], &data);
    out.assert_code(0);
    let flat = common::flatten(&out.stdout);
    assert!(
        flat.contains("Program cost to you (estimate): $900 (reaches your yearly maximum)"),
        "{flat}"
    );
    // $500 + $40 × 22⅓ days = $1,393, and without the maximum it is a ceiling.
    assert!(
        flat.contains("Program cost to you (estimate): up to $1,393"),
        "{flat}"
    );
}

// ---------------------------------------------------------------------------
// Plain words
// ---------------------------------------------------------------------------

#[test]
fn the_worksheet_and_the_comparison_use_plain_words() {
    let b =
        iop_check::programs::worksheet(iop_check::i18n::Lang::En).expect("the worksheet is valid");
    let prompts: Vec<&str> = b.questions().map(|(_, q)| q.prompt.as_str()).collect();
    let help: Vec<&str> = b
        .questions()
        .filter_map(|(_, q)| q.help.as_deref())
        .collect();
    let m = iop_check::i18n::Messages::new(iop_check::i18n::Lang::En);
    let script = iop_check::programs::compare::insurer_script(&m);
    let script: Vec<&str> = script.iter().map(String::as_str).collect();
    // Every question a program can be asked, from a program with nothing known.
    let (ask_program, ask_insurer) =
        iop_check::programs::compare::questions(&iop_check::answers::Answers::default(), &m);
    let asks: Vec<&str> = ask_program
        .iter()
        .chain(&ask_insurer)
        .map(String::as_str)
        .collect();
    assert!(asks.len() > 20, "{asks:?}");
    let note = iop_check::programs::compare::note(&m);
    for (what, texts) in [
        ("prompts", prompts),
        ("help", help),
        ("insurer script", script),
        ("questions to ask", asks),
        ("note", vec![note.as_str()]),
    ] {
        let g = grade(&texts);
        assert!(g <= 8.0, "{what}: grade {g:.1}");
    }
}

#[test]
fn the_summary_of_a_run_includes_the_programs_being_compared() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    add(&data, tmp.path(), "r", RIVERSIDE);
    // A whole run in plain mode: safe, then every other question skipped,
    // then Enter on the review.
    let bank = iop_check::bank::builtin().expect("the built-in bank");
    let mut given = iop_check::answers::Answers::default();
    let mut lines = Vec::new();
    for (_, q) in bank.questions() {
        if !iop_check::answers::conditions::shown(q, &given) {
            continue;
        }
        if q.safety {
            let safe = q
                .options
                .iter()
                .position(|o| !o.crisis)
                .expect("a safe answer");
            lines.push((safe + 1).to_string());
            given.set(
                &q.id,
                iop_check::answers::Answer::Choice(q.options[safe].id.clone()),
            );
        } else {
            // An empty line skips a typed question; s skips a list.
            let typed = !q.kind.has_options();
            lines.push(if typed { "" } else { "s" }.to_string());
            given.set(&q.id, iop_check::answers::Answer::Skipped);
        }
    }
    lines.push(String::new());
    let out = Run::new(["run", "--plain"])
        .data_dir(&data)
        .lines(&lines)
        .run();
    out.assert_code(0);
    let text = out.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Programs you are comparing"), "{text}");
    assert!(text.contains("Riverside evening IOP: In person;"), "{text}");
    assert!(text.contains("(an estimate)"), "{text}");
    assert!(text.contains("iop-check programs compare"), "{text}");
}

// ---------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------

/// The printed comparison numbers its pages, as the summary does (they
/// share one page frame). Printed by headless Chromium, read back with
/// poppler's pdftotext; `.ci/run` installs both, and under CI=true a
/// missing one fails the test.
#[test]
fn the_printed_comparison_has_page_numbers() {
    use std::process::Command;
    let Some(chrome) = common::chromium() else {
        common::tool_missing("chromium", "apt-get install chromium; .ci/run does");
        return;
    };
    let tmp = tempdir();
    let data = four_programs_and_a_checkin(tmp.path());
    let html = tmp.path().join("compare.html");
    programs(
        &["compare", "--format", "html", "-o", html.to_str().unwrap()],
        &data,
    )
    .assert_code(0);
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.contains("counter(page)"),
        "the page frame numbers pages"
    );
    let pdf = tmp.path().join("compare.pdf");
    common::print_to_pdf(&chrome, &html, &pdf);
    let text = match Command::new("pdftotext").arg(&pdf).arg("-").output() {
        Ok(out) if out.status.success() && !common::hidden("pdftotext") => {
            String::from_utf8_lossy(&out.stdout).into_owned()
        }
        _ => {
            common::tool_missing("pdftotext", "apt-get install poppler-utils; .ci/run does");
            return;
        }
    };
    // pdftotext ends each page with a form feed.
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    let n = pages.len();
    assert!(n >= 1, "{text}");
    for (i, p) in pages.iter().enumerate() {
        assert!(
            p.contains(&format!("Page {} of {n}", i + 1)),
            "page {} of {n} is not numbered:\n{p}",
            i + 1
        );
    }
    assert!(text.contains("Riverside evening IOP"), "{text}");
}
