//! The closed-class groups of `data/grammar.txt`, by name.

/// A closed-class group of `data/grammar.txt`. A word's groups are one bit set, found with one
/// hash lookup (the binder asks several groups of the same word).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Stop,
    Skip,
    Aux,
    Context,
    ClauseEnd,
    ScoreContext,
    AgeBefore,
    IdiomAfter,
    YearBefore,
    TimeAfter,
    Plural,
    Determiner,
    DateBefore,
    IdentifierAfter,
    HumanEvent,
    TallyDegree,
    AgeSuperlative,
    TollNoun,
    Reflexive,
    TimeNoun,
    Report,
    UpToVerb,
    Modal,
    StaticVerb,
    Credit,
    PlacePart,
    InjuryNoun,
    ChargeVerb,
    ChargeNoun,
    LifeOwner,
    BelowPrefix,
    Companion,
    Lethal,
    Money,
    UnitModifier,
    Condition,
}

// Each group takes one bit of a `u64`.
const _: () = assert!(Group::ALL.len() <= u64::BITS as usize);

impl Group {
    pub(super) const ALL: [Group; 36] = [
        Group::Stop,
        Group::Skip,
        Group::Aux,
        Group::Context,
        Group::ClauseEnd,
        Group::ScoreContext,
        Group::AgeBefore,
        Group::IdiomAfter,
        Group::YearBefore,
        Group::TimeAfter,
        Group::Plural,
        Group::Determiner,
        Group::DateBefore,
        Group::IdentifierAfter,
        Group::HumanEvent,
        Group::TallyDegree,
        Group::AgeSuperlative,
        Group::TollNoun,
        Group::Reflexive,
        Group::TimeNoun,
        Group::Report,
        Group::UpToVerb,
        Group::Modal,
        Group::StaticVerb,
        Group::Credit,
        Group::PlacePart,
        Group::InjuryNoun,
        Group::ChargeVerb,
        Group::ChargeNoun,
        Group::LifeOwner,
        Group::BelowPrefix,
        Group::Companion,
        Group::Lethal,
        Group::Money,
        Group::UnitModifier,
        Group::Condition,
    ];

    /// The group's name in `data/grammar.txt`.
    pub fn name(self) -> &'static str {
        match self {
            Group::Stop => "stop",
            Group::Skip => "skip",
            Group::Aux => "aux",
            Group::Context => "context",
            Group::ClauseEnd => "clause-end",
            Group::ScoreContext => "score-context",
            Group::AgeBefore => "age-before",
            Group::IdiomAfter => "idiom-after",
            Group::YearBefore => "year-before",
            Group::TimeAfter => "time-after",
            Group::Plural => "plural",
            Group::Determiner => "determiner",
            Group::DateBefore => "date-before",
            Group::IdentifierAfter => "identifier-after",
            Group::HumanEvent => "human-event",
            Group::TallyDegree => "tally-degree",
            Group::AgeSuperlative => "age-superlative",
            Group::TollNoun => "toll-noun",
            Group::Reflexive => "reflexive",
            Group::TimeNoun => "time-noun",
            Group::Report => "report",
            Group::UpToVerb => "up-to-verb",
            Group::Modal => "modal",
            Group::StaticVerb => "static-verb",
            Group::Credit => "credit",
            Group::PlacePart => "place-part",
            Group::InjuryNoun => "injury-noun",
            Group::ChargeVerb => "charge-verb",
            Group::ChargeNoun => "charge-noun",
            Group::LifeOwner => "life-owner",
            Group::BelowPrefix => "below-prefix",
            Group::Companion => "companion",
            Group::Lethal => "lethal",
            Group::Money => "money",
            Group::UnitModifier => "unit-modifier",
            Group::Condition => "condition",
        }
    }

    /// The group's bit in a word's set of groups (a `u64`: room for 64 groups).
    pub(super) fn bit(self) -> u64 {
        1 << self as u64
    }
}
