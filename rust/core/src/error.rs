//! Errors carry the kind of exception the Python side raises, so the binding maps them 1:1.
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// RuntimeError in torch (shape mismatch, freed graph, ...)
    Runtime,
    Type,
    Value,
    Index,
}

#[derive(Debug, Clone)]
pub struct Error {
    pub kind: ErrorKind,
    pub msg: String,
}

impl Error {
    pub fn runtime(msg: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Runtime, msg: msg.into() }
    }
    pub fn type_(msg: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Type, msg: msg.into() }
    }
    pub fn value(msg: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Value, msg: msg.into() }
    }
    pub fn index(msg: impl Into<String>) -> Self {
        Error { kind: ErrorKind::Index, msg: msg.into() }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;
