//! The bank as a FHIR R4 `Questionnaire`, and the code systems of its options.

use serde_json::{Value, json};

use super::*;
use crate::bank::{Bank, Behavior, Question};

/// More options than this are shown as a drop-down, fewer as radio buttons.
const RADIO_MAX: usize = 8;

pub fn questionnaire(bank: &Bank) -> Value {
    let mut items: Vec<Value> = bank
        .opening
        .iter()
        .map(|t| {
            json!({
                "linkId": format!("opening-{}", t.id),
                "type": "display",
                "text": format!("{}\n\n{}", text(&t.title), text(&t.text)),
            })
        })
        .collect();
    for s in &bank.sections {
        let mut children = vec![json!({
            "linkId": format!("{}.why", group_link_id(&s.id)),
            "type": "display",
            "text": text(&s.why),
        })];
        children.extend(s.questions.iter().map(|q| question(bank, q)));
        items.push(json!({
            "linkId": group_link_id(&s.id),
            "type": "group",
            "text": text(&s.title),
            "required": false,
            "item": children,
        }));
    }
    let list: Vec<String> = bank.questions().map(|(_, q)| text(&q.prompt)).collect();
    let mut q = json!({
        "resourceType": "Questionnaire",
        "id": bank.id,
        "text": narrative(&bank.title, &[text(&bank.disclaimer)], &list),
        "url": canonical(bank),
        "version": bank.version,
        "name": computer_name(&bank.id),
        "title": text(&bank.title),
        "status": "active",
        "date": bank.last_reviewed,
        "language": bank.language,
        "description": text(&bank.disclaimer),
        "subjectType": ["Patient"],
        "item": items,
    });
    if let Some(p) = &bank.publisher {
        q["publisher"] = json!(text(p));
    }
    q
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
