//! figcheck: finds the figures in prose and checks that they agree.
//!
//! The pipeline: [`source`] reads a document into sentences, [`extract`] turns it into
//! [`Quantity`]s with intervals and bindings, [`rules`] judges them, and [`report`] renders
//! the findings. A [`Checker`] runs the whole pipeline for one document; every front door
//! (the CLI, the language server, the web checker) calls it.

pub mod checker;
pub mod config;
pub mod error;
pub mod extract;
pub mod interval;
pub mod lexicon;
pub mod number;
pub mod report;
pub mod rules;
pub mod source;
pub mod wordnet;

pub use checker::{Checked, Checker, Input};
pub use error::InputError;
pub use extract::{Direction, Interval, Kind, Qualifier, Quantity, extract};
pub use source::{Document, Span};
