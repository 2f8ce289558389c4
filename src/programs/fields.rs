//! Every question id and option id the programs code reads, in one place:
//! the worksheet's (`questions/programs.yaml`) in [`sheet`], and the main
//! bank's (`questions/iop-decision.yaml`) in [`decision`].
//!
//! Each question is declared once, with its kind and the options the code
//! names; that declaration makes both the constants the code uses
//! (`sheet::format::ID`, `sheet::format::ONLINE`) and the table
//! ([`sheet::ALL`], [`decision::ALL`]) that [`problems`] checks against a
//! bank. tests/it/programs.rs checks both built-in banks, so renaming an id in
//! YAML fails a test instead of silently turning a field into "don't know
//! yet". The person's reasons are found by their role (`value`) in
//! whichever main bank the run uses; the ones listed here are those a
//! program row speaks to (see [`decision::VALUE_PREFIX`]).

use crate::bank::{Bank, Kind, Role};

/// One question the programs code reads, and what it expects of it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Field {
    pub id: &'static str,
    pub kind: Kind,
    /// The option ids the code names; the bank must offer each.
    pub options: &'static [&'static str],
    pub role: Option<Role>,
}

/// Declares questions: for each, a module with its `ID` and one constant
/// per option the code names, and one entry in the table `$table`.
macro_rules! fields {
    (@role) => { None };
    (@role $role:ident) => { Some(Role::$role) };
    ($table:ident; $(
        $(#[$doc:meta])*
        $module:ident = $id:literal, $kind:ident $(, role $role:ident)?
            $({ $($opt:ident = $oid:literal),* $(,)? })?;
    )*) => {
        $(
            $(#[$doc])*
            pub mod $module {
                /// The question's id.
                pub const ID: &str = $id;
                $($(pub const $opt: &str = $oid;)*)?
            }
        )*
        /// Every question declared here, for the contract check.
        pub const $table: &[Field] = &[$(
            Field {
                id: $id,
                kind: Kind::$kind,
                options: &[$($($oid),*)?],
                role: fields!(@role $($role)?),
            },
        )*];
    };
}

/// The worksheet (`questions/programs.yaml`).
pub mod sheet {
    use super::{Field, Kind};

    /// The option of every worksheet choice that means "I don't know yet"
    /// (the worksheet's `not_sure` options all use it).
    pub const DONT_KNOW: &str = "dont-know";

    fields! { ALL;
        /// The program's name.
        name = "name", Text;
        contact = "contact", Text;
        format = "format", Choice { IN_PERSON = "in-person", ONLINE = "online", BOTH = "both" };
        days = "days", Checklist {
            MON = "mon", TUE = "tue", WED = "wed", THU = "thu", FRI = "fri", SAT = "sat", SUN = "sun",
        };
        times = "times", Choice {
            MORNINGS = "mornings", AFTERNOONS = "afternoons", EVENINGS = "evenings", VARIES = "varies",
        };
        hours_week = "hours-week", Number;
        weeks = "weeks", Number;
        methods = "methods", Checklist;
        group_size = "group-size", Number;
        one_on_one = "one-on-one", Choice;
        psychiatry = "psychiatry", Choice;
        with_therapist = "with-therapist", Choice;
        crisis_help = "crisis-help", YesNo;
        measures_progress = "measures-progress", YesNo;
        shares_outcomes = "shares-outcomes", YesNo;
        licensed = "licensed", YesNo;
        accredited = "accredited", Choice;
        waitlist = "waitlist", Number;
        aftercare = "aftercare", YesNo;
        in_network = "in-network", Choice { NO_INSURANCE = "no-insurance" };
        prior_auth = "prior-auth", YesNo;
        pay_kind = "pay-kind", Choice {
            COPAY = "copay", COINSURANCE = "coinsurance", SELF_PAY = "self-pay",
        };
        copay = "copay", Number;
        coinsurance = "coinsurance", Number;
        price_per_day = "price-per-day", Number;
        deductible_left = "deductible-left", Number;
        oop_max_left = "oop-max-left", Number;
        travel_minutes = "travel-minutes", Number;
        travel_cost = "travel-cost", Number;
        work_hours = "work-hours", Number;
        hourly_pay = "hourly-pay", Number;
    }
}

/// The main bank (`questions/iop-decision.yaml`, or the run's own bank).
pub mod decision {
    use super::{Field, Kind, Role};

    /// A reason of the weigh step (role `value`) speaks to the program rows
    /// tagged with its id without this prefix (`value-structure` →
    /// `structure`).
    pub const VALUE_PREFIX: &str = "value-";

    fields! { ALL;
        /// The hours a week the person could free.
        hours_free = "hours-free", Number;
        format = "format", Choice { IN_PERSON = "in-person", VIRTUAL = "virtual", EITHER = "either" };
        /// What might get in the way of going to a program.
        conflicts = "conflicts", Checklist {
            WORK = "work", STUDY = "study", CAREGIVING = "caregiving", TRANSPORT = "transport",
            OTHER_HEALTH = "other-health", NONE = "none",
        };
        // The reasons program rows are starred for (see `VALUE_PREFIX`).
        value_flexibility = "value-flexibility", Scale, role Value;
        value_structure = "value-structure", Scale, role Value;
        value_skills = "value-skills", Scale, role Value;
        value_community = "value-community", Scale, role Value;
        value_whole_person = "value-whole-person", Scale, role Value;
        value_continuity = "value-continuity", Scale, role Value;
    }

    /// The benefit a reason speaks to: its id without [`VALUE_PREFIX`].
    pub fn benefit(value_id: &str) -> &str {
        value_id.strip_prefix(VALUE_PREFIX).unwrap_or(value_id)
    }
}

/// Whether a program's format (`in-person`, `online`, `both`) fits the
/// format the person would prefer (`in-person`, `virtual`, `either`): the
/// one place the worksheet's words meet the main bank's.
pub fn format_fits(program: &str, preference: &str) -> bool {
    use decision::format as want;
    use sheet::format as has;
    matches!(
        (program, preference),
        (_, want::EITHER)
            | (has::BOTH, _)
            | (has::IN_PERSON, want::IN_PERSON)
            | (has::ONLINE, want::VIRTUAL)
    )
}

/// What in `bank` breaks the contract of `fields`: a question missing, of
/// another kind or role, or without an option the code names. Empty when
/// every field is there as declared.
pub fn problems(bank: &Bank, fields: &[Field]) -> Vec<String> {
    let mut found = Vec::new();
    for f in fields {
        let Some(q) = bank.question(f.id) else {
            found.push(format!("no question \"{}\"", f.id));
            continue;
        };
        if q.kind != f.kind {
            found.push(format!(
                "question \"{}\" is a {} question, not {}",
                f.id,
                q.kind.name(),
                f.kind.name()
            ));
        }
        if f.role.is_some() && q.role != f.role {
            found.push(format!(
                "question \"{}\" has role {:?}, not {:?}",
                f.id, q.role, f.role
            ));
        }
        for o in f.options {
            if q.option(o).is_none() {
                found.push(format!("question \"{}\" has no option \"{o}\"", f.id));
            }
        }
    }
    found
}
