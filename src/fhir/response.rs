//! Answers as a FHIR R4 `QuestionnaireResponse`, pointing at the
//! Questionnaire made from the same bank.

use serde_json::{Value, json};

use super::*;
use crate::answers::{Answer, Answers};
use crate::bank::Bank;
use crate::score::Assessment;

/// `status` is `completed` for a finished check-in and `in-progress` for a
/// draft. Skipped questions have no item (FHIR has no "skipped" answer), and
/// a response with no answers at all has no `item` (FHIR allows no empty
/// arrays).
pub fn response(bank: &Bank, answers: &Answers, assessment: &Assessment, status: &str) -> Value {
    let mut groups = Vec::new();
    let mut list = Vec::new();
    for s in &bank.sections {
        let items: Vec<Value> = s
            .questions
            .iter()
            .filter_map(|q| {
                let a = answers.get(&q.id)?;
                let item = answer_item(bank, q, a)?;
                list.push(format!("{} {}", text(&q.prompt), text(&a.describe(q))));
                Some(item)
            })
            .collect();
        if items.is_empty() {
            // A group with neither answers nor items says nothing.
            continue;
        }
        // Answers only: how a section fits the options weighed depends on
        // the person's leaning and is in the JSON summary.
        groups.push(json!({
            "linkId": group_link_id(&s.id),
            "text": text(&s.title),
            "item": items,
        }));
    }
    let said = if list.is_empty() {
        "No question was answered.".to_string()
    } else {
        format!("Status: {status}.")
    };
    let mut r = json!({
        "resourceType": "QuestionnaireResponse",
        "text": narrative(&bank.title, &[said], &list),
        "questionnaire": format!("{}|{}", canonical(bank), bank.version),
        "status": status,
    });
    if !assessment.created.is_empty() {
        r["authored"] = json!(assessment.created);
    }
    let safety: Vec<Value> = assessment
        .safety
        .questions
        .iter()
        .map(|q| {
            let status = serde_json::to_value(q.status).unwrap_or(Value::Null);
            json!({
                "url": SAFETY_STATUS_URL,
                "extension": [
                    { "url": "question", "valueString": q.id },
                    { "url": "status", "valueCode": status },
                ],
            })
        })
        .collect();
    if !safety.is_empty() {
        r["extension"] = json!(safety);
    }
    if !groups.is_empty() {
        r["item"] = json!(groups);
    }
    r
}

fn answer_item(bank: &Bank, q: &crate::bank::Question, a: &Answer) -> Option<Value> {
    let coding = |id: &str| {
        let label = q.option(id).map_or(id.to_string(), |o| text(&o.label));
        json!({ "valueCoding": { "system": code_system(bank, &q.id), "code": id, "display": label } })
    };
    let values: Vec<Value> = match a {
        Answer::Skipped => return None,
        Answer::Choice(id) if is_boolean(q) => vec![json!({ "valueBoolean": id == "yes" })],
        Answer::Choice(id) => vec![coding(id)],
        Answer::Checklist(ids) if ids.is_empty() => return None,
        Answer::Checklist(ids) => ids.iter().map(|i| coding(i)).collect(),
        Answer::Number(n) if item_type(q) == "integer" => {
            vec![json!({ "valueInteger": *n as i64 })]
        }
        Answer::Number(n) => vec![json!({ "valueDecimal": n })],
        Answer::Text(t) if t.trim().is_empty() => return None,
        Answer::Text(t) => vec![json!({ "valueString": text(t) })],
    };
    Some(json!({ "linkId": q.id, "text": text(&q.prompt), "answer": values }))
}
