//! `Fields`: what a kind's `load` (in `kinds/`) reads a rule's fields through.

use super::*;

/// What a kind's `load` (in `kinds/`) reads a rule's fields through: the rule's spec, and the
/// loader, which places each mistake at its line and column and collects it.
pub(in crate::rules) struct Fields<'l, 'a> {
    pub(super) loader: &'l mut Loader<'a>,
    /// The rule as written.
    pub spec: &'l RuleSpec,
    /// Where the rule starts.
    pub(super) loc: &'l Location,
}

impl Fields<'_, '_> {
    /// "a `sum` rule needs `parts`", at the rule.
    pub fn missing(&mut self, field: &str) {
        let kind = self.spec.kind.value.name();
        self.loader
            .at(self.loc, format!("a `{kind}` rule needs `{field}`"));
    }

    /// A mistake at the rule's place.
    pub fn error(&mut self, message: String) {
        self.loader.at(self.loc, message);
    }

    /// A mistake at a field's place.
    pub fn error_at(&mut self, loc: &Location, message: String) {
        self.loader.at(loc, message);
    }

    /// A selector the kind needs: `None` when it is missing (reported) or faulty.
    pub fn selector(
        &mut self,
        field: &Option<Spanned<SelectorSpec>>,
        name: &str,
    ) -> Option<Selector> {
        match field {
            Some(s) => self.loader.selector(s),
            None => {
                self.missing(name);
                None
            }
        }
    }

    /// A selector the kind may take: `Some(None)` when absent, `None` when faulty.
    pub fn optional_selector(
        &mut self,
        field: &Option<Spanned<SelectorSpec>>,
    ) -> Option<Option<Selector>> {
        match field {
            Some(s) => self.loader.selector(s).map(Some),
            None => Some(None),
        }
    }

    /// A list of selectors the kind needs: `None` when missing (reported), empty or faulty.
    pub fn selectors(
        &mut self,
        field: &Option<Spanned<Vec<Spanned<SelectorSpec>>>>,
        name: &str,
    ) -> Option<Vec<Selector>> {
        match field {
            Some(list) => self.loader.selectors(list),
            None => {
                self.missing(name);
                None
            }
        }
    }

    /// A `value` (a number, or [low, high]) the kind needs.
    pub fn value(&mut self, field: &Option<Spanned<ValueSpec>>, name: &str) -> Option<Interval> {
        match field {
            Some(v) => self.loader.value(v),
            None => {
                self.missing(name);
                None
            }
        }
    }
}
