//! The bank as a FHIR R4 `Questionnaire`.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{Value, json};

use super::*;
use crate::bank::{Bank, Behavior, Question, Section};

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
        let text = |s: &str| crate::text::clean(s);
        m.serialize_entry("resourceType", "Questionnaire")?;
        m.serialize_entry("id", &bank.id)?;
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
                "text": format!("{}\n\n{}", t.title, t.text),
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
        m.serialize_entry("text", &crate::text::clean(&s.title))?;
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
            "text": s.why,
        })))?;
        for q in &s.questions {
            seq.serialize_element(&cleaned(question(bank, q)))?;
        }
        seq.end()
    }
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

fn question(bank: &Bank, q: &Question) -> Value {
    let mut item = json!({
        "linkId": q.id,
        "text": q.prompt,
        "type": item_type(q),
        "required": false,
    });
    if q.kind == crate::bank::Kind::Checklist {
        item["repeats"] = json!(true);
    }
    if item_type(q) == "choice" {
        let system = code_system(bank);
        let options: Vec<Value> = q
            .options
            .iter()
            .map(|o| {
                let mut opt = json!({
                    "valueCoding": { "system": system, "code": o.id, "display": o.label }
                });
                if let Some(score) = q.option_score(o) {
                    opt["extension"] = json!([{ "url": ITEM_WEIGHT_URL, "valueDecimal": score }]);
                }
                opt
            })
            .collect();
        item["answerOption"] = json!(options);
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
        let mut when = Vec::new();
        // One FHIR enableWhen per option: a clause "is a or b" is an OR of two.
        let multi = c.clauses.iter().any(|cl| cl.is.len() > 1);
        for cl in &c.clauses {
            let target = bank.question(&cl.question);
            for code in &cl.is {
                let answer = match target {
                    Some(t) if is_boolean(t) => json!(code == "yes"),
                    _ => json!({ "system": code_system(bank), "code": code }),
                };
                let key = if answer.is_boolean() {
                    "answerBoolean"
                } else {
                    "answerCoding"
                };
                let mut w = json!({ "question": cl.question, "operator": "=" });
                w[key] = answer;
                when.push(w);
            }
        }
        // "all" of clauses that each allow several options cannot be said
        // with enableWhen alone: it becomes "any", and the exact rule is also
        // given as a FHIRPath expression (SDC enableWhenExpression).
        let exact = c.behavior == Behavior::Any || !multi || c.clauses.len() == 1;
        let behavior = if c.behavior == Behavior::All && !multi {
            "all"
        } else {
            "any"
        };
        if when.len() > 1 {
            item["enableBehavior"] = json!(behavior);
        }
        item["enableWhen"] = json!(when);
        if !exact {
            push_extension(
                &mut item,
                json!({
                    "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression",
                    "valueExpression": { "language": "text/fhirpath", "expression": fhirpath(c) }
                }),
            );
        }
    }
    if let Some(help) = &q.help {
        item["item"] = json!([{
            "linkId": format!("{}.help", q.id),
            "type": "display",
            "text": help,
            "extension": [{
                "url": ITEM_CONTROL_URL,
                "valueCodeableConcept": { "coding": [{
                    "system": "http://hl7.org/fhir/questionnaire-item-control",
                    "code": "help"
                }]}
            }]
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
fn fhirpath(c: &crate::bank::Condition) -> String {
    let parts: Vec<String> = c
        .clauses
        .iter()
        .map(|cl| {
            let codes = cl.is.iter().map(|i| format!("'{i}'")).collect::<Vec<_>>().join(" | ");
            format!(
                "%resource.repeat(item).where(linkId='{}').answer.value.code.intersect({codes}).exists()",
                cl.question
            )
        })
        .collect();
    parts.join(match c.behavior {
        Behavior::All => " and ",
        Behavior::Any => " or ",
    })
}
