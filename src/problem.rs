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

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Place::File => write!(f, "{}: {}", self.file, self.message),
            Place::LineCol(l, c) => write!(f, "{}:{l}:{c}: {}", self.file, self.message),
            Place::Path(p) => write!(f, "{}: {p}: {}", self.file, self.message),
        }
    }
}
