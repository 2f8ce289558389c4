//! Band tables: labels for score ranges, which together cover 0 to 100.

use super::*;

pub(super) fn check_bands(cx: &mut Ctx, path: &str, raw: &[RawBand]) -> Vec<Band> {
    if raw.is_empty() {
        cx.at(&path, "the band table is empty; it must cover 0 to 100");
        return Vec::new();
    }
    let mut bands = Vec::new();
    let mut seen = HashSet::new();
    for (i, b) in raw.iter().enumerate() {
        let bpath = with_id(format!("{path}[{i}]"), &b.id);
        let id = cx.id(&bpath, &b.id);
        if !id.is_empty() && !seen.insert(id.clone()) {
            cx.at(&bpath, format!("duplicate band id \"{id}\""));
        }
        let label = cx.text(&bpath, "label", &b.label);
        let (Some(from), Some(to)) = (b.from, b.to) else {
            cx.at(&bpath, "a band needs both `from` and `to`");
            continue;
        };
        if !(0..=100).contains(&from) || !(0..=100).contains(&to) {
            cx.at(&bpath, format!("from {from} to {to} goes outside 0 to 100"));
            continue;
        }
        if from > to {
            cx.at(
                &bpath,
                format!("`from` ({from}) is greater than `to` ({to})"),
            );
            continue;
        }
        bands.push((
            bpath,
            Band {
                id,
                from: from as u8,
                to: to as u8,
                label,
            },
        ));
    }
    bands.sort_by_key(|(_, b)| (b.from, b.to));
    let mut expect: i64 = 0;
    let mut prev: Option<&str> = None;
    for (bpath, b) in &bands {
        let from = i64::from(b.from);
        if from > expect {
            let after = prev.map_or("the start".to_string(), |p| p.to_string());
            cx.at(
                &path,
                format!(
                    "gap: no band covers {expect} to {} (between {after} and {bpath})",
                    from - 1
                ),
            );
        } else if from < expect {
            cx.at(
                &path,
                format!(
                    "overlap: {bpath} starts at {from}, but {} already covers up to {}",
                    prev.unwrap_or("an earlier band"),
                    expect - 1
                ),
            );
        }
        expect = expect.max(i64::from(b.to) + 1);
        prev = Some(bpath);
    }
    if !bands.is_empty() && expect <= 100 {
        let range = if expect == 100 {
            "100".to_string()
        } else {
            format!("{expect} to 100")
        };
        cx.at(&path, format!("gap: no band covers {range}"));
    }
    bands.into_iter().map(|(_, b)| b).collect()
}
