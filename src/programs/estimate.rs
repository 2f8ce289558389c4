//! The cost and time estimate for one program: pure arithmetic on what the
//! person knows so far.
//!
//! Two promises shape it. A part whose inputs are missing is *unknown*, and
//! says which inputs it lacks; it never quietly becomes 0. And no number
//! that comes out is NaN or infinite, whatever goes in: inputs that are not
//! finite, or below zero, count as missing, and every input is held to a
//! range (see [`LIMIT`]) so that products cannot overflow.
//!
//! The model, written for people rather than actuaries (each step is named
//! in the output as an estimate):
//!
//! * days = days a week × weeks; the program charges `price per day` each day;
//! * with insurance, you first pay the price in full until the deductible left
//!   is used up, then your copay each day (or your coinsurance share of the
//!   price); the total never goes above the out-of-pocket maximum left;
//! * self-pay is the price for every day (no deductible or maximum applies);
//! * travel: two trips' time and one round trip's cost for each day, none
//!   when the program is online;
//! * pay lost: work hours missed a week × hourly pay × weeks.

use serde::Serialize;

/// Every input is held to at most this, so that no product overflows.
pub const LIMIT: f64 = 1e9;

/// How the person pays for each day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pay {
    /// A set amount per day (None: the amount is not known yet).
    Copay(Option<f64>),
    /// A percent of the price (None: the percent is not known yet).
    Coinsurance(Option<f64>),
    /// The whole price, without insurance.
    SelfPay,
}

/// What an estimate is made from. `None` always means "not known yet".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inputs {
    pub days_per_week: Option<f64>,
    pub weeks: Option<f64>,
    /// Program hours a week, not counting travel.
    pub hours_per_week: Option<f64>,
    /// The program is online only: no trips.
    pub online: bool,
    pub pay: Option<Pay>,
    pub price_per_day: Option<f64>,
    pub deductible_left: Option<f64>,
    pub oop_max_left: Option<f64>,
    /// Minutes one way.
    pub travel_minutes: Option<f64>,
    /// Dollars for one round trip.
    pub travel_cost: Option<f64>,
    /// Work hours missed a week.
    pub work_hours: Option<f64>,
    pub hourly_pay: Option<f64>,
    /// The hours a week the person said they could free (main questions).
    pub hours_free: Option<f64>,
}

/// An input the estimate needed but did not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Missing {
    DaysPerWeek,
    Weeks,
    HoursPerWeek,
    PayKind,
    Copay,
    Coinsurance,
    PricePerDay,
    DeductibleLeft,
    TravelMinutes,
    TravelCost,
    WorkHours,
    HourlyPay,
    HoursFree,
}

impl Missing {
    /// What is not known, in the words of `m` ("which days it meets").
    pub fn words(self, m: &crate::i18n::Messages) -> String {
        match self {
            Missing::DaysPerWeek => m.get("programs-missing-days-per-week"),
            Missing::Weeks => m.get("programs-missing-weeks"),
            Missing::HoursPerWeek => m.get("programs-missing-hours-per-week"),
            Missing::PayKind => m.get("programs-missing-pay-kind"),
            Missing::Copay => m.get("programs-missing-copay"),
            Missing::Coinsurance => m.get("programs-missing-coinsurance"),
            Missing::PricePerDay => m.get("programs-missing-price-per-day"),
            Missing::DeductibleLeft => m.get("programs-missing-deductible-left"),
            Missing::TravelMinutes => m.get("programs-missing-travel-minutes"),
            Missing::TravelCost => m.get("programs-missing-travel-cost"),
            Missing::WorkHours => m.get("programs-missing-work-hours"),
            Missing::HourlyPay => m.get("programs-missing-hourly-pay"),
            Missing::HoursFree => m.get("programs-missing-hours-free"),
        }
    }
}

/// One part of the estimate: a finite, non-negative value, or unknown with
/// the inputs it lacks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Amount {
    /// None when unknown. Never NaN or infinite.
    pub value: Option<f64>,
    /// What is missing (empty when the value is known).
    pub missing: Vec<Missing>,
}

impl Amount {
    fn known(v: f64) -> Amount {
        Amount {
            value: Some(finite(v)),
            missing: Vec::new(),
        }
    }
    fn unknown(mut missing: Vec<Missing>) -> Amount {
        missing.sort();
        missing.dedup();
        Amount {
            value: None,
            missing,
        }
    }
}

/// Whether the out-of-pocket maximum limited the program cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cap {
    /// The estimate reached the maximum and was held to it.
    Reached,
    /// The estimate stays under the maximum.
    Under,
    /// The maximum is not known, so the estimate may be too high.
    Unknown,
    /// Self-pay, or the cost itself is unknown.
    NotApplicable,
}

/// How the weekly hours compare with the hours the person could free.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fit {
    Fits,
    Over,
    Unknown,
}

/// The whole estimate for one program. Every figure is an estimate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Estimate {
    /// Always "estimate", so no reader mistakes it for a quote.
    pub label: &'static str,
    pub total_days: Amount,
    /// What you would pay the program (after insurance).
    pub program_cost: Amount,
    pub cap: Cap,
    pub travel_cost: Amount,
    pub pay_lost: Amount,
    /// Program cost + travel cost + pay lost.
    pub total_cost: Amount,
    /// The parts of the total that are known, added up (a floor when the
    /// total is unknown).
    pub known_cost: f64,
    pub travel_hours_per_week: Amount,
    /// Program hours + travel hours, each week.
    pub weekly_hours: Amount,
    pub hours_free: Option<f64>,
    pub fit: Fit,
}

/// A usable input: finite, not below zero, at most `LIMIT`.
fn input(x: Option<f64>) -> Option<f64> {
    x.filter(|v| v.is_finite() && *v >= 0.0)
        .map(|v| v.min(LIMIT))
}

fn finite(v: f64) -> f64 {
    if v.is_finite() { v.max(0.0) } else { 0.0 }
}

/// The product of the inputs when all are known; otherwise unknown, naming
/// every input that is missing.
fn product(parts: &[(Option<f64>, Missing)]) -> Amount {
    let missing: Vec<Missing> = parts
        .iter()
        .filter(|(v, _)| v.is_none())
        .map(|(_, m)| *m)
        .collect();
    if missing.is_empty() {
        Amount::known(parts.iter().filter_map(|(v, _)| *v).product())
    } else {
        Amount::unknown(missing)
    }
}

/// Makes the estimate. Pure: the same inputs always give the same result.
pub fn estimate(i: &Inputs) -> Estimate {
    let days_week = input(i.days_per_week).map(|d| d.min(7.0));
    let weeks = input(i.weeks);
    let total_days = product(&[(days_week, Missing::DaysPerWeek), (weeks, Missing::Weeks)]);
    let (program_cost, cap) = program_cost(i, &total_days);

    let travel_cost = match input(i.travel_cost) {
        _ if i.online => Amount::known(0.0),
        Some(0.0) => Amount::known(0.0),
        c => product(&[
            (days_week, Missing::DaysPerWeek),
            (weeks, Missing::Weeks),
            (c, Missing::TravelCost),
        ]),
    };
    let pay_lost = match input(i.work_hours) {
        Some(0.0) => Amount::known(0.0),
        h => product(&[
            (h, Missing::WorkHours),
            (input(i.hourly_pay), Missing::HourlyPay),
            (weeks, Missing::Weeks),
        ]),
    };
    let parts = [&program_cost, &travel_cost, &pay_lost];
    let known_cost = finite(parts.iter().filter_map(|a| a.value).sum());
    let total_cost = if parts.iter().all(|a| a.value.is_some()) {
        Amount::known(known_cost)
    } else {
        Amount::unknown(parts.iter().flat_map(|a| a.missing.clone()).collect())
    };

    let travel_hours_per_week = if i.online {
        Amount::known(0.0)
    } else {
        match (input(i.travel_minutes), days_week) {
            (Some(0.0), _) => Amount::known(0.0),
            (m, d) => product(&[
                (m, Missing::TravelMinutes),
                (d, Missing::DaysPerWeek),
                (Some(2.0 / 60.0), Missing::TravelMinutes),
            ]),
        }
    };
    let weekly_hours = match (input(i.hours_per_week), travel_hours_per_week.value) {
        (Some(h), Some(t)) => Amount::known(h + t),
        (h, _) => {
            let mut m = travel_hours_per_week.missing.clone();
            if h.is_none() {
                m.push(Missing::HoursPerWeek);
            }
            Amount::unknown(m)
        }
    };
    let hours_free = input(i.hours_free);
    let fit = match (weekly_hours.value, hours_free) {
        (Some(w), Some(f)) if w <= f => Fit::Fits,
        (Some(_), Some(_)) => Fit::Over,
        _ => Fit::Unknown,
    };
    Estimate {
        label: "estimate",
        total_days,
        program_cost,
        cap,
        travel_cost,
        pay_lost,
        total_cost,
        known_cost,
        travel_hours_per_week,
        weekly_hours,
        hours_free,
        fit,
    }
}

/// What the person pays the program, and whether the maximum held it.
fn program_cost(i: &Inputs, total_days: &Amount) -> (Amount, Cap) {
    let price = input(i.price_per_day);
    let Some(pay) = i.pay else {
        return (Amount::unknown(vec![Missing::PayKind]), Cap::NotApplicable);
    };
    if let Pay::SelfPay = pay {
        let cost = product(&[
            (total_days.value, Missing::DaysPerWeek),
            (price, Missing::PricePerDay),
        ]);
        let cost = match cost.value {
            Some(_) => cost,
            None => {
                let mut m = total_days.missing.clone();
                if price.is_none() {
                    m.push(Missing::PricePerDay);
                }
                Amount::unknown(m)
            }
        };
        return (cost, Cap::NotApplicable);
    }
    let mut missing: Vec<Missing> = total_days.missing.clone();
    let deductible = input(i.deductible_left);
    if deductible.is_none() {
        missing.push(Missing::DeductibleLeft);
    }
    // The price matters for coinsurance always, and for a copay plan only
    // while some deductible is left to pay.
    let needs_price = match pay {
        Pay::Coinsurance(_) => true,
        _ => deductible != Some(0.0),
    };
    if needs_price && price.is_none() {
        missing.push(Missing::PricePerDay);
    }
    let share = match pay {
        Pay::Copay(c) => input(c),
        Pay::Coinsurance(p) => input(p).map(|p| p.min(100.0)),
        Pay::SelfPay => Some(0.0),
    };
    if share.is_none() {
        missing.push(match pay {
            Pay::Coinsurance(_) => Missing::Coinsurance,
            _ => Missing::Copay,
        });
    }
    if !missing.is_empty() {
        return (Amount::unknown(missing), Cap::NotApplicable);
    }
    let (Some(days), Some(ded), Some(share)) = (total_days.value, deductible, share) else {
        return (Amount::unknown(missing), Cap::NotApplicable);
    };
    let price = price.unwrap_or(0.0);
    let charges = days * price;
    let toward_deductible = ded.min(charges);
    let cost = match pay {
        Pay::Copay(_) => {
            // Days paid in full by the deductible have no copay on top.
            let deductible_days = if price > 0.0 {
                (toward_deductible / price).min(days)
            } else {
                0.0
            };
            toward_deductible + share * (days - deductible_days).max(0.0)
        }
        _ => toward_deductible + share / 100.0 * (charges - toward_deductible),
    };
    let cost = finite(cost);
    match input(i.oop_max_left) {
        Some(max) if cost > max => (Amount::known(max), Cap::Reached),
        Some(_) => (Amount::known(cost), Cap::Under),
        None => (Amount::known(cost), Cap::Unknown),
    }
}
