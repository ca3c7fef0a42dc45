//! The YAML shape of a rule pack, as serde reads it.
//!
//! One flat struct per rule (not an enum tagged by `kind`): serde buffers internally tagged
//! enums and serde-saphyr then loses every line and column inside them. So every field is read
//! here with its location, and [`super::load`] checks which fields each kind allows.

use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;

/// A figcheck rule pack: `rules:` and, optionally, `facts:` confirmed by the desk.
#[derive(Debug, Deserialize, JsonSchema, Default)]
#[serde(deny_unknown_fields)]
#[schemars(title = "figcheck rule pack")]
pub struct PackSpec {
    #[serde(default)]
    #[schemars(with = "Vec<RuleSpec>")]
    pub rules: Vec<Spanned<RuleSpec>>,
    #[serde(default)]
    #[schemars(with = "Vec<FactSpec>")]
    pub facts: Vec<Spanned<FactSpec>>,
    /// Rule ids to turn off (from this pack or one loaded before it).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub disable: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum KindName {
    Sum,
    Same,
    Compare,
    Ratio,
    Change,
    CountList,
    Fact,
}

impl KindName {
    pub fn name(self) -> &'static str {
        match self {
            KindName::Sum => "sum",
            KindName::Same => "same",
            KindName::Compare => "compare",
            KindName::Ratio => "ratio",
            KindName::Change => "change",
            KindName::CountList => "count-list",
            KindName::Fact => "fact",
        }
    }
}

/// The automatic detectors: each finds its own instances in a document.
#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum DetectName {
    /// A total and its parts in one sentence (kind `sum`).
    Breakdown,
    /// One figure reported with incompatible values (kind `same`).
    Repeated,
    /// "12 of 17, or 70%" (kind `ratio`).
    Share,
    /// "from 120 to 150, an increase of 30" (kind `change`).
    Change,
    /// "four priorities: A, B and C" (kind `count-list`).
    List,
    /// "A and B, making T", "A and B, leaving D": a stated sum or difference (kind `sum`).
    Result,
    /// Three precise figures of a paragraph, one a misprint off the sum of the others (kind
    /// `sum`).
    NearSum,
    /// A headline toll that no figure of the body gives, alone or added up (kind `same`).
    Tally,
    /// A headline figure the body restates with another value (kind `same`).
    Headline,
}

impl DetectName {
    pub fn name(self) -> &'static str {
        match self {
            DetectName::Breakdown => "breakdown",
            DetectName::Repeated => "repeated",
            DetectName::Share => "share",
            DetectName::Change => "change",
            DetectName::List => "list",
            DetectName::Result => "result",
            DetectName::NearSum => "near-sum",
            DetectName::Tally => "tally",
            DetectName::Headline => "headline",
        }
    }
    /// The rule kind whose judgement the detector uses.
    pub fn kind(self) -> KindName {
        match self {
            DetectName::Breakdown => KindName::Sum,
            DetectName::Repeated => KindName::Same,
            DetectName::Share => KindName::Ratio,
            DetectName::Change => KindName::Change,
            DetectName::List => KindName::CountList,
            DetectName::Result => KindName::Sum,
            DetectName::NearSum => KindName::Sum,
            DetectName::Tally => KindName::Same,
            DetectName::Headline => KindName::Same,
        }
    }
}

#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum SeverityName {
    Info,
    Warning,
    Error,
}

#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq)]
pub enum OpName {
    #[serde(rename = "<")]
    Lt,
    #[serde(rename = "<=")]
    Le,
    #[serde(rename = ">")]
    Gt,
    #[serde(rename = ">=")]
    Ge,
    #[serde(rename = "==")]
    Eq,
    #[serde(rename = "!=")]
    Ne,
}

#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ScopeName {
    Sentence,
    Paragraph,
    Document,
}

#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum DirectionName {
    Increase,
    Decrease,
}

/// How far a relation may miss and still hold.
#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ToleranceSpec {
    /// An absolute slack, in the figures' own units.
    pub absolute: Option<f64>,
    /// A slack in percent of the figure compared against.
    pub relative: Option<f64>,
}

/// One rule as written.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "KindName")]
    pub kind: Spanned<KindName>,
    pub severity: Option<SeverityName>,
    /// A message template; `{arithmetic}` and `{rule}` are filled in.
    #[schemars(with = "Option<String>")]
    pub message: Option<Spanned<String>>,
    pub tolerance: Option<ToleranceSpec>,
    /// An automatic detector instead of selectors.
    #[schemars(with = "Option<DetectName>")]
    pub detect: Option<Spanned<DetectName>>,
    pub description: Option<String>,
    // sum
    #[schemars(with = "Option<SelectorSpec>")]
    pub total: Option<Spanned<SelectorSpec>>,
    #[schemars(with = "Option<Vec<SelectorSpec>>")]
    pub parts: Option<Spanned<Vec<Spanned<SelectorSpec>>>>,
    #[schemars(with = "Option<bool>")]
    pub complete: Option<Spanned<bool>>,
    // same, fact, and ratio's shares-of-a-whole form
    #[schemars(with = "Option<Vec<SelectorSpec>>")]
    pub of: Option<Spanned<Vec<Spanned<SelectorSpec>>>>,
    // compare
    #[schemars(with = "Option<SelectorSpec>")]
    pub left: Option<Spanned<SelectorSpec>>,
    #[schemars(with = "Option<OpName>")]
    pub op: Option<Spanned<OpName>>,
    #[schemars(with = "Option<SelectorSpec>")]
    pub right: Option<Spanned<SelectorSpec>>,
    // ratio
    #[schemars(with = "Option<SelectorSpec>")]
    pub part: Option<Spanned<SelectorSpec>>,
    #[schemars(with = "Option<SelectorSpec>")]
    pub whole: Option<Spanned<SelectorSpec>>,
    #[schemars(with = "Option<SelectorSpec>")]
    pub share: Option<Spanned<SelectorSpec>>,
    // change
    #[schemars(with = "Option<SelectorSpec>")]
    pub from: Option<Spanned<SelectorSpec>>,
    #[schemars(with = "Option<SelectorSpec>")]
    pub to: Option<Spanned<SelectorSpec>>,
    #[schemars(with = "Option<SelectorSpec>")]
    pub by: Option<Spanned<SelectorSpec>>,
    #[schemars(with = "Option<DirectionName>")]
    pub direction: Option<Spanned<DirectionName>>,
    // count-list
    #[schemars(with = "Option<SelectorSpec>")]
    pub count: Option<Spanned<SelectorSpec>>,
    // fact
    #[schemars(with = "Option<ValueSpec>")]
    pub value: Option<Spanned<ValueSpec>>,
    /// `false` keeps the rule loaded (`figcheck rules` lists it) but does not run it.
    pub enabled: Option<bool>,
    /// Cases `figcheck test` runs the rule on.
    #[schemars(with = "Option<Vec<CaseSpec>>")]
    pub tests: Option<Vec<Spanned<CaseSpec>>>,
}

/// A test case of a rule: a text, and the findings the rule must report on it (`expect`), or
/// `quiet: true` when it must report nothing.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseSpec {
    pub text: String,
    #[serde(default)]
    pub expect: Vec<ExpectSpec>,
    #[serde(default)]
    pub quiet: bool,
}

/// One expected finding; every field given must match.
#[derive(Debug, Deserialize, JsonSchema, Clone)]
#[serde(deny_unknown_fields)]
pub struct ExpectSpec {
    /// The rule id (default: the rule under test).
    pub rule: Option<String>,
    /// "LINE:COLUMN" of the finding's primary span in the case text.
    pub at: Option<String>,
    pub severity: Option<SeverityName>,
    /// A fragment the message must contain.
    pub message: Option<String>,
}

/// A figure confirmed by the desk: every mention must agree with `value`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FactSpec {
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    #[schemars(with = "ValueSpec")]
    pub value: Spanned<ValueSpec>,
    #[schemars(with = "Vec<SelectorSpec>")]
    pub of: Spanned<Vec<Spanned<SelectorSpec>>>,
    pub severity: Option<SeverityName>,
    #[schemars(with = "Option<String>")]
    pub message: Option<Spanned<String>>,
    pub tolerance: Option<ToleranceSpec>,
    pub description: Option<String>,
    /// Where the figure was confirmed (free text, shown in messages).
    pub source: Option<String>,
    pub enabled: Option<bool>,
    #[schemars(with = "Option<Vec<CaseSpec>>")]
    pub tests: Option<Vec<Spanned<CaseSpec>>>,
}

/// A fact's value: a number, or `[lo, hi]`.
#[derive(Debug, Deserialize, JsonSchema, Clone, Copy, PartialEq)]
#[serde(untagged, expecting = "a number, or [low, high]")]
pub enum ValueSpec {
    Exact(f64),
    Range([f64; 2]),
}

/// Which figures a rule talks about. Fields combine: every given field must hold.
#[derive(Debug, Deserialize, JsonSchema, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct SelectorSpec {
    /// A literal phrase; the first figure inside it is selected.
    pub text: Option<String>,
    /// A regex whose named group `n` is read as a figure.
    #[schemars(with = "Option<String>")]
    pub pattern: Option<Spanned<String>>,
    /// The singular lemma of what is counted.
    pub counts: Option<String>,
    /// The base form of the event's verb.
    pub event: Option<String>,
    /// A phrase that one of the figure's context phrases contains.
    pub context: Option<String>,
    #[schemars(with = "Option<String>")]
    pub kind: Option<Spanned<String>>,
    /// Only figures in the same sentence or paragraph as the rule's first figure.
    pub scope: Option<ScopeName>,
}
