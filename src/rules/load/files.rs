//! Packs on disk: a YAML file, or a folder of them.

use super::{LoadError, RuleSet};
use crate::error::{decode, io_message};
use std::path::{Path, PathBuf};

/// Why the packs at a path could not all be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    /// A mistake inside a pack, at its place.
    Load(LoadError),
    /// A file or folder that could not be read (or a folder without a pack), named as given.
    Unreadable { path: String, message: String },
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::Load(e) => e.fmt(f),
            PackError::Unreadable { path, message } => write!(f, "{path}: {message}"),
        }
    }
}

impl RuleSet {
    /// Loads the pack at `path`, or every `.yaml`/`.yml` file of a folder in name order.
    /// Returns every mistake met, in order; the rules and packs without one still load.
    pub fn add_packs_at(&mut self, path: &Path) -> Vec<PackError> {
        let mut errors = Vec::new();
        self.add_path(path, &mut errors);
        errors
    }

    fn add_path(&mut self, path: &Path, errors: &mut Vec<PackError>) {
        let name = path.display().to_string();
        let unreadable = |message: String| PackError::Unreadable {
            path: name.clone(),
            message,
        };
        if path.is_dir() {
            match pack_files(path) {
                Ok(files) if files.is_empty() => errors.push(unreadable(
                    "no rule files (*.yaml, *.yml) in this directory".into(),
                )),
                Ok(files) => files.iter().for_each(|f| self.add_path(f, errors)),
                Err(e) => errors.push(unreadable(io_message(&e))),
            }
            return;
        }
        let text = std::fs::read(path)
            .map_err(|e| io_message(&e))
            .and_then(|bytes| decode(bytes).map_err(|e| e.to_string()));
        match text {
            Ok(yaml) => errors.extend(self.add_pack(&name, &yaml).into_iter().map(PackError::Load)),
            Err(message) => errors.push(unreadable(format!("cannot read rules: {message}"))),
        }
    }
}

/// The pack files of a folder, in name order.
fn pack_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
        .collect();
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULE: &str = "rules:\n  - id: {ID}\n    kind: same\n    of:\n      - { text: \"17 arrests\" }\n      - { text: \"17 people\" }\n";

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("figcheck-packs-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn a_folder_loads_its_packs_in_name_order_and_reports_each_mistake() {
        let dir = scratch("folder");
        std::fs::write(dir.join("b.yaml"), RULE.replace("{ID}", "second")).unwrap();
        std::fs::write(dir.join("a.yml"), RULE.replace("{ID}", "first")).unwrap();
        std::fs::write(
            dir.join("c.yaml"),
            "rules:\n  - id: bad\n    kind: nonsense\n",
        )
        .unwrap();
        std::fs::write(dir.join("notes.txt"), "not a pack").unwrap();
        let mut set = RuleSet::new();
        let errors = set.add_packs_at(&dir);
        let ids: Vec<&str> = set.rules().iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["first", "second"]);
        assert!(
            matches!(&errors[..], [PackError::Load(e)] if e.file.ends_with("c.yaml") && e.line == 3),
            "{errors:?}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_missing_file_an_empty_folder_and_invalid_utf8_are_named() {
        let dir = scratch("bad");
        let mut set = RuleSet::new();
        let missing = dir.join("missing.yaml");
        assert_eq!(
            set.add_packs_at(&missing),
            [PackError::Unreadable {
                path: missing.display().to_string(),
                message: "cannot read rules: no such file".into()
            }]
        );
        let errors = set.add_packs_at(&dir);
        assert!(
            errors[0]
                .to_string()
                .ends_with(": no rule files (*.yaml, *.yml) in this directory"),
            "{errors:?}"
        );
        std::fs::write(dir.join("latin1.yaml"), b"rules: []\n# caf\xe9\n").unwrap();
        let errors = set.add_packs_at(&dir);
        assert!(
            errors[0]
                .to_string()
                .contains("cannot read rules: 2:6: invalid UTF-8"),
            "{errors:?}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
