//! Rendering: one module per output format.

pub mod findings;
pub mod human;
pub mod json;
