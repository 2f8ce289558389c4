//! The bank as a FHIR R4 `Questionnaire`, and the code systems of its options.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{Value, json};

use super::*;
use crate::bank::{Bank, Behavior, Question, Section};

/// More options than this are shown as a drop-down, fewer as radio buttons.
const RADIO_MAX: usize = 8;

/// The bank as a Questionnaire, as a JSON value (for tests and callers
/// that inspect it). It is [`Streamed`] turned into a value, so the two
/// can never differ.
pub fn questionnaire(bank: &Bank) -> Value {
    serde_json::to_value(Streamed(bank)).unwrap_or(Value::Null)
}

/// The bank as a Questionnaire, serialized an item at a time: each
/// question's item is built, cleaned ([`crate::text::clean_json`]), written
/// and dropped before the next, so writing the Questionnaire of a large
/// bank takes memory for the text written and one item, not for a tree of
/// every item (which took 10 times the text's size).
pub struct Streamed<'a>(pub &'a Bank);

/// One built item, cleaned as every JSON output is.
fn cleaned(mut v: Value) -> Value {
    crate::text::clean_json(&mut v);
    v
}

impl Serialize for Streamed<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let bank = self.0;
        let mut m = ser.serialize_map(None)?;
        m.serialize_entry("resourceType", "Questionnaire")?;
        m.serialize_entry("id", &bank.id)?;
        let list: Vec<String> = bank.questions().map(|(_, q)| text(&q.prompt)).collect();
        m.serialize_entry(
            "text",
            &cleaned(narrative(&bank.title, &[text(&bank.disclaimer)], &list)),
        )?;
        m.serialize_entry("url", &text(&canonical(bank)))?;
        m.serialize_entry("version", &bank.version)?;
        m.serialize_entry("name", &computer_name(&bank.id))?;
        m.serialize_entry("title", &text(&bank.title))?;
        m.serialize_entry("status", "active")?;
        m.serialize_entry("date", &bank.last_reviewed)?;
        m.serialize_entry("language", &bank.language)?;
        m.serialize_entry("description", &text(&bank.disclaimer))?;
        m.serialize_entry("subjectType", &["Patient"])?;
        m.serialize_entry("item", &Items(bank))?;
        if let Some(p) = &bank.publisher {
            m.serialize_entry("publisher", &text(p))?;
        }
        m.end()
    }
}

/// The top-level items: the opening blocks, then one group per section.
struct Items<'a>(&'a Bank);

impl Serialize for Items<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let bank = self.0;
        let mut seq = ser.serialize_seq(None)?;
        for t in &bank.opening {
            seq.serialize_element(&cleaned(json!({
                "linkId": format!("opening-{}", t.id),
                "type": "display",
                "text": format!("{}\n\n{}", text(&t.title), text(&t.text)),
            })))?;
        }
        for s in &bank.sections {
            seq.serialize_element(&Group(bank, s))?;
        }
        seq.end()
    }
}

/// A section's group: its "why", then its questions.
struct Group<'a>(&'a Bank, &'a Section);

impl Serialize for Group<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let Group(bank, s) = *self;
        let mut m = ser.serialize_map(None)?;
        m.serialize_entry("linkId", &group_link_id(&s.id))?;
        m.serialize_entry("type", "group")?;
        m.serialize_entry("text", &text(&s.title))?;
        m.serialize_entry("required", &false)?;
        m.serialize_entry("item", &Children(bank, s))?;
        m.end()
    }
}

struct Children<'a>(&'a Bank, &'a Section);

impl Serialize for Children<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let Children(bank, s) = *self;
        let mut seq = ser.serialize_seq(None)?;
        seq.serialize_element(&cleaned(json!({
            "linkId": format!("{}.why", group_link_id(&s.id)),
            "type": "display",
            "text": text(&s.why),
        })))?;
        for q in &s.questions {
            seq.serialize_element(&cleaned(question(bank, q)))?;
        }
        seq.end()
    }
}

/// The code systems of the bank's options, one per question with options,
/// as a FHIR `Bundle` (type `collection`). Each code has one display.
pub fn code_systems(bank: &Bank) -> Value {
    let entries: Vec<Value> = bank
        .questions()
        .map(|(_, q)| q)
        .filter(|q| item_type(q) == "choice")
        .map(|q| {
            let url = code_system(bank, &q.id);
            let concepts: Vec<Value> = q
                .options
                .iter()
                .map(|o| json!({ "code": o.id, "display": text(&o.label) }))
                .collect();
            let labels: Vec<String> = q
                .options
                .iter()
                .map(|o| format!("{}: {}", o.id, text(&o.label)))
                .collect();
            let title = format!("Answers to \"{}\"", text(&q.prompt));
            json!({
                "fullUrl": url,
                "resource": {
                    "resourceType": "CodeSystem",
                    "id": format!("{}-options-{}", bank.id, q.id),
                    "text": narrative(&title, &[], &labels),
                    "url": url,
                    "version": bank.version,
                    "name": computer_name(&format!("{}-options-{}", bank.id, q.id)),
                    "title": title,
                    "status": "active",
                    "date": bank.last_reviewed,
                    "caseSensitive": true,
                    "content": "complete",
                    "count": concepts.len(),
                    "concept": concepts,
                }
            })
        })
        .collect();
    let mut b = json!({
        "resourceType": "Bundle",
        "id": format!("{}-options", bank.id),
        "type": "collection",
    });
    if !entries.is_empty() {
        b["entry"] = json!(entries);
    }
    b
}

/// `iop-decision` → `IopDecision`: FHIR wants a name usable by machines.
fn computer_name(id: &str) -> String {
    id.split(['-', '_'])
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            c.next().map_or(String::new(), |f| {
                f.to_ascii_uppercase().to_string() + c.as_str()
            })
        })
        .collect()
}

fn item_control(code: &str) -> Value {
    json!({
        "url": ITEM_CONTROL_URL,
        "valueCodeableConcept": { "coding": [{
            "system": "http://hl7.org/fhir/questionnaire-item-control",
            "code": code
        }]}
    })
}

fn question(bank: &Bank, q: &Question) -> Value {
    let mut item = json!({
        "linkId": q.id,
        "text": text(&q.prompt),
        "type": item_type(q),
        "required": false,
    });
    if q.kind == crate::bank::Kind::Checklist {
        item["repeats"] = json!(true);
    }
    if item_type(q) == "choice" {
        let system = code_system(bank, &q.id);
        let options: Vec<Value> = q
            .options
            .iter()
            .map(|o| {
                let mut coding =
                    json!({ "system": system, "code": o.id, "display": text(&o.label) });
                // On the Coding (one of ordinalValue's R4 contexts): form
                // fillers that show an option's score beside its label
                // (LHC-Forms does, for a score on the answerOption) show
                // the label alone.
                if let Some(score) = q.option_score(o) {
                    coding["extension"] =
                        json!([{ "url": ORDINAL_VALUE_URL, "valueDecimal": score }]);
                }
                let mut opt = json!({ "valueCoding": coding });
                if o.exclusive {
                    opt["extension"] =
                        json!([{ "url": OPTION_EXCLUSIVE_URL, "valueBoolean": true }]);
                }
                opt
            })
            .collect();
        item["answerOption"] = json!(options);
        let control = if q.kind == crate::bank::Kind::Checklist {
            "check-box"
        } else if q.options.len() > RADIO_MAX {
            "drop-down"
        } else {
            "radio-button"
        };
        push_extension(&mut item, item_control(control));
    }
    if let Some(spec) = &q.number {
        let (min_url, max_url) = (
            "http://hl7.org/fhir/StructureDefinition/minValue",
            "http://hl7.org/fhir/StructureDefinition/maxValue",
        );
        let value = |n: f64| {
            if spec.whole {
                json!({ "valueInteger": n as i64 })
            } else {
                json!({ "valueDecimal": n })
            }
        };
        let mut min = value(spec.min);
        min["url"] = json!(min_url);
        let mut max = value(spec.max);
        max["url"] = json!(max_url);
        push_extension(&mut item, min);
        push_extension(&mut item, max);
    }
    if q.kind == crate::bank::Kind::Text {
        item["maxLength"] = json!(q.max_length);
    }
    if let Some(c) = &q.show_if {
        // One FHIR enableWhen per option: a clause "is a or b" is an OR of two.
        let multi = c.clauses.iter().any(|cl| cl.is.len() > 1);
        // "all" of clauses that each allow several options cannot be said
        // with enableWhen: such a condition is given only as a FHIRPath
        // expression (SDC enableWhenExpression; never both, sdc-behave-2).
        let exact = c.behavior == Behavior::Any || !multi || c.clauses.len() == 1;
        if exact {
            let mut when = Vec::new();
            for cl in &c.clauses {
                let target = bank.question(&cl.question);
                for code in &cl.is {
                    let mut w = json!({ "question": cl.question, "operator": "=" });
                    match target {
                        Some(t) if is_boolean(t) => w["answerBoolean"] = json!(code == "yes"),
                        _ => {
                            w["answerCoding"] =
                                json!({ "system": code_system(bank, &cl.question), "code": code })
                        }
                    }
                    when.push(w);
                }
            }
            if when.len() > 1 {
                let behavior = if c.behavior == Behavior::All && !multi {
                    "all"
                } else {
                    "any"
                };
                item["enableBehavior"] = json!(behavior);
            }
            item["enableWhen"] = json!(when);
        } else {
            push_extension(
                &mut item,
                json!({
                    "url": ENABLE_WHEN_EXPRESSION_URL,
                    "valueExpression": { "language": "text/fhirpath", "expression": fhirpath(bank, c) }
                }),
            );
        }
    }
    if let Some(help) = &q.help {
        item["item"] = json!([{
            "linkId": format!("{}.help", q.id),
            "type": "display",
            "text": text(help),
            "extension": [item_control("help")]
        }]);
    }
    item
}

fn push_extension(item: &mut Value, ext: Value) {
    match item.get_mut("extension").and_then(Value::as_array_mut) {
        Some(list) => list.push(ext),
        None => item["extension"] = json!([ext]),
    }
}

/// The condition as a FHIRPath expression over the response.
fn fhirpath(bank: &Bank, c: &crate::bank::Condition) -> String {
    let parts: Vec<String> = c
        .clauses
        .iter()
        .map(|cl| {
            let answers = format!(
                "%resource.repeat(item).where(linkId='{}').answer",
                cl.question
            );
            match bank.question(&cl.question) {
                Some(t) if is_boolean(t) => {
                    let values = cl
                        .is
                        .iter()
                        .map(|i| format!("value = {}", i == "yes"))
                        .collect::<Vec<_>>()
                        .join(" or ");
                    format!("{answers}.where({values}).exists()")
                }
                _ => {
                    let codes = cl
                        .is
                        .iter()
                        .map(|i| format!("'{i}'"))
                        .collect::<Vec<_>>()
                        .join(" | ");
                    format!("{answers}.value.code.intersect({codes}).exists()")
                }
            }
        })
        .collect();
    parts.join(match c.behavior {
        Behavior::All => " and ",
        Behavior::Any => " or ",
    })
}
