//! Answers as a FHIR R4 `QuestionnaireResponse`, pointing at the
//! Questionnaire made from the same bank.

use serde_json::{Value, json};

use super::*;
use crate::answers::{Answer, Answers};
use crate::bank::Bank;
use crate::score::Assessment;

/// `status` is `completed` for a finished check-in and `in-progress` for a
/// draft. Skipped questions have no item (FHIR has no "skipped" answer).
pub fn response(bank: &Bank, answers: &Answers, assessment: &Assessment, status: &str) -> Value {
    let mut groups = Vec::new();
    for s in &bank.sections {
        let items: Vec<Value> = s
            .questions
            .iter()
            .filter_map(|q| answers.get(&q.id).and_then(|a| answer_item(bank, q, a)))
            .collect();
        let score = assessment.sections.iter().find(|x| x.id == s.id);
        if items.is_empty() && score.is_none_or(|x| x.score.is_none()) {
            continue;
        }
        let mut group = json!({
            "linkId": group_link_id(&s.id),
            "text": s.title,
        });
        if !items.is_empty() {
            group["item"] = json!(items);
        }
        if let Some(sc) = score.filter(|x| x.score.is_some()) {
            let mut parts = vec![json!({ "url": "score", "valueDecimal": sc.score })];
            if let Some(band) = &sc.band_label {
                parts.push(json!({ "url": "band", "valueString": band }));
            }
            group["extension"] = json!([{ "url": SECTION_SCORE_URL, "extension": parts }]);
        }
        groups.push(group);
    }
    let mut r = json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": format!("{}|{}", canonical(bank), bank.version),
        "status": status,
        "item": groups,
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
    r
}

fn answer_item(bank: &Bank, q: &crate::bank::Question, a: &Answer) -> Option<Value> {
    let coding = |id: &str| {
        let label = q.option(id).map_or(id, |o| o.label.as_str());
        json!({ "valueCoding": { "system": code_system(bank), "code": id, "display": label } })
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
        Answer::Text(t) => vec![json!({ "valueString": crate::text::clean(t) })],
    };
    Some(json!({ "linkId": q.id, "text": q.prompt, "answer": values }))
}
