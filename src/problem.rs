//! One problem found in a file the tool reads (a bank, an answers file),
//! with where it is.

use std::fmt;

/// Where in a file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The whole file (missing, too large, empty, …).
    File,
    /// A line and column, from the YAML parser (both start at 1).
    LineCol(usize, usize),
    /// A path into the document, like `sections[2].questions[4] (id "copay")`.
    Path(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub place: Place,
    pub message: String,
}

impl Problem {
    pub fn new(file: &str, place: Place, message: impl Into<String>) -> Self {
        Problem {
            file: file.to_string(),
            place,
            message: message.into(),
        }
    }
}

/// The known word closest to `typed`, if it is close enough to be a likely
/// typo: at most a third of its letters off (one at least), counting a swap
/// of two neighbours as one ("lable" is one step from "label").
pub fn closest<'a>(typed: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::osa_distance(typed, k), k))
        .filter(|&(d, k)| d <= (k.chars().count() / 3).max(1))
        .min_by_key(|&(d, _)| d)
        .map(|(_, k)| k)
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Place::File => write!(f, "{}: {}", self.file, self.message),
            Place::LineCol(l, c) => write!(f, "{}:{l}:{c}: {}", self.file, self.message),
            Place::Path(p) => write!(f, "{}: {p}: {}", self.file, self.message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn typo_hints() {
        assert_eq!(closest("wieght", ["weight", "title"]), Some("weight"));
        assert_eq!(closest("lable", ["id", "label"]), Some("label"));
        assert_eq!(closest("a", ["id"]), None);
        assert_eq!(closest("banana", ["weight", "label"]), None);
        // The nearest wins, not the first close enough.
        assert_eq!(closest("weigth", ["weights", "weight"]), Some("weight"));
    }
}
