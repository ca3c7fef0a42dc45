//! figcheck: finds the figures in prose and checks that they agree.
//!
//! The pipeline: [`source`] reads a document into sentences, [`extract`] turns it into
//! [`Quantity`]s with intervals and bindings, and [`report`] renders them. The binary is a thin
//! CLI over this library.

pub mod config;
pub mod error;
pub mod extract;
pub mod lexicon;
pub mod report;
pub mod rules;
pub mod source;
pub mod wordnet;

pub use error::InputError;
pub use extract::{Direction, Interval, Kind, Qualifier, Quantity, extract};
pub use source::{Document, Span};
