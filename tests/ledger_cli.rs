//! Integration tests of `figcheck ledger`: printing ledgers, `--update` writing them under the
//! snapshot directory, `--check` comparing with them (a unified diff and exit 1 on any
//! difference, exit 2 when a document or rule file cannot be read). Each test works in its own
//! directory under the system temporary directory, with documents given by relative path as a
//! newsroom repository would give them.

use assert_cmd::Command;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

const STORY: &str = "Raid in the capital\n\nPolice made 17 arrests — 13 in Belgium and four in France.\n\nOf the members, 12 of 17, or 71%, voted yes.\n";

/// The ledger of `STORY` stored as `stories/raid.txt`.
const LEDGER: &str = "# figcheck ledger: stories/raid.txt
## figures
3:13  17  count  17  counts=arrest event=arrest
3:26  13  count  13  counts=arrest event=arrest context=in Belgium
3:44  four  count  4  counts=arrest event=arrest context=in France
5:17  12  count  12  counts=member
5:23  17  count  17  counts=member
5:30  71%  percent  71
## checks
breakdown-sum  3:13  13 + 4 = 17; total 17  holds
breakdown-sum  5:23  12 ≤ total 17  holds
stated-share  5:30  12/17 = 70.6%; stated 71%  holds
## findings
(none)
";

/// A working directory under the system temporary directory, removed when dropped.
struct Work(PathBuf);

impl Work {
    fn new(name: &str) -> Work {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("figcheck-ledger-{}-{n}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("stories")).expect("create a temporary directory");
        Work(dir)
    }
    fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.0.join(rel), text).expect("write a temporary file");
    }
    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.0.join(rel)).expect("read a temporary file")
    }
    fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }
    fn figcheck(&self, args: &[&str]) -> (i32, String, String) {
        let out = Command::cargo_bin("figcheck")
            .expect("the figcheck binary is built")
            .current_dir(&self.0)
            .env("NO_COLOR", "1")
            .args(args)
            .output()
            .expect("figcheck runs");
        (
            out.status.code().expect("an exit code"),
            String::from_utf8(out.stdout).expect("UTF-8 stdout"),
            String::from_utf8(out.stderr).expect("UTF-8 stderr"),
        )
    }
}

impl Drop for Work {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const UPDATE: &[&str] = &[
    "ledger",
    "stories/raid.txt",
    "--snapshot-dir",
    "ledgers",
    "--update",
];
const CHECK: &[&str] = &[
    "ledger",
    "stories/raid.txt",
    "--snapshot-dir",
    "ledgers",
    "--check",
];

#[test]
fn update_then_check_passes() {
    let w = Work::new("update");
    w.write("stories/raid.txt", STORY);
    let (code, out, err) = w.figcheck(UPDATE);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        out,
        "wrote ledgers/stories/raid.txt.ledger\nledgers: 1 written, 0 unchanged\n"
    );
    assert_eq!(w.read("ledgers/stories/raid.txt.ledger"), LEDGER);
    let (code, out, err) = w.figcheck(CHECK);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out, "ledgers: 1 matching, 0 differing, 0 missing\n");
    // An update with nothing changed rewrites nothing.
    let (code, out, _) = w.figcheck(UPDATE);
    assert_eq!(code, 0);
    assert_eq!(out, "ledgers: 0 written, 1 unchanged\n");
}

#[test]
fn a_changed_figure_fails_the_check_with_a_diff() {
    let w = Work::new("changed");
    w.write("stories/raid.txt", STORY);
    assert_eq!(w.figcheck(UPDATE).0, 0);
    w.write(
        "stories/raid.txt",
        &STORY.replace("four in France", "five in France"),
    );
    let (code, out, err) = w.figcheck(CHECK);
    assert_eq!(code, 1, "{out}{err}");
    for line in [
        "stories/raid.txt: the ledger differs from ledgers/stories/raid.txt.ledger",
        "--- ledgers/stories/raid.txt.ledger",
        "+++ ledgers/stories/raid.txt.ledger (now)",
        "-3:44  four  count  4  counts=arrest event=arrest context=in France",
        "+3:44  five  count  5  counts=arrest event=arrest context=in France",
        "-breakdown-sum  3:13  13 + 4 = 17; total 17  holds",
        "+breakdown-sum  3:13  13 + 5 = 18; total 17  fails",
        "-(none)",
        "+error breakdown-sum 3:13: parts add up to 18 (13 + 5), but the total is 17",
        "ledgers: 0 matching, 1 differing, 0 missing",
    ] {
        assert!(
            out.lines().any(|l| l == line),
            "missing {line:?} in:\n{out}"
        );
    }
    // The stored ledger is left alone; `--update` takes the change.
    assert_eq!(w.read("ledgers/stories/raid.txt.ledger"), LEDGER);
    assert_eq!(w.figcheck(UPDATE).0, 0);
    assert_eq!(w.figcheck(CHECK).0, 0);
}

#[test]
fn a_missing_ledger_fails_the_check() {
    let w = Work::new("missing");
    w.write("stories/raid.txt", STORY);
    let (code, out, err) = w.figcheck(CHECK);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.starts_with(
            "stories/raid.txt: no stored ledger at ledgers/stories/raid.txt.ledger (run `figcheck ledger --update`)\n--- /dev/null\n+++ ledgers/stories/raid.txt.ledger (now)\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("\n+# figcheck ledger: stories/raid.txt\n"),
        "{out}"
    );
    assert!(
        out.ends_with("ledgers: 0 matching, 0 differing, 1 missing\n"),
        "{out}"
    );
    assert!(!w.path("ledgers").exists(), "--check writes nothing");
}

#[test]
fn without_check_or_update_the_ledgers_are_printed() {
    let w = Work::new("print");
    w.write("stories/raid.txt", STORY);
    w.write("stories/calm.txt", "Nothing to count here.\n");
    let (code, out, err) = w.figcheck(&["ledger", "./stories/raid.txt", "stories/calm.txt"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        format!(
            "{LEDGER}\n# figcheck ledger: stories/calm.txt\n## figures\n(none)\n## checks\n(none)\n## findings\n(none)\n"
        )
    );
    assert!(!w.path("ledgers").exists());
}

#[test]
fn directories_and_sidecars() {
    let w = Work::new("dirs");
    w.write("stories/raid.txt", STORY);
    w.write(
        "stories/raid.figcheck.yaml",
        "rules:\n  - {id: arrests-fact, kind: fact, value: 17, of: [{text: '17 arrests'}]}\n",
    );
    std::fs::create_dir_all(w.path("stories/wire")).unwrap();
    w.write("stories/wire/calm.txt", "Some 40 people came.\n");
    let (code, out, err) =
        w.figcheck(&["ledger", "stories", "--snapshot-dir", "ledgers", "--update"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(w.path("ledgers/stories/wire/calm.txt.ledger").is_file());
    let raid = w.read("ledgers/stories/raid.txt.ledger");
    assert!(
        raid.contains("\narrests-fact  3:13  17; confirmed 17  holds\n"),
        "{raid}"
    );
    assert_eq!(
        w.figcheck(&["ledger", "stories", "--snapshot-dir", "ledgers", "--check"])
            .0,
        0
    );
}

#[test]
fn unreadable_documents_and_rule_files_exit_2() {
    let w = Work::new("errors");
    w.write("stories/raid.txt", STORY);
    let (code, _, err) = w.figcheck(&[
        "ledger",
        "stories/raid.txt",
        "stories/gone.txt",
        "--snapshot-dir",
        "ledgers",
        "--update",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("stories/gone.txt: no such file"), "{err}");
    // The readable document's ledger is still written, and checks clean.
    assert_eq!(w.read("ledgers/stories/raid.txt.ledger"), LEDGER);
    assert_eq!(w.figcheck(CHECK).0, 0);

    w.write("bad.yaml", "rules:\n  - {id: x, kind: nonsense}\n");
    let mut args = CHECK.to_vec();
    args.extend(["--rules", "bad.yaml"]);
    let (code, _, err) = w.figcheck(&args);
    assert_eq!(code, 2, "{err}");
    // A document given from outside the working tree has no place under the snapshot
    // directory.
    let (code, _, err) = w.figcheck(&[
        "ledger",
        "../raid.txt",
        "--snapshot-dir",
        "ledgers",
        "--check",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("outside the snapshot directory"), "{err}");
}

#[test]
fn markdown_is_read_as_check_reads_it() {
    let w = Work::new("markdown");
    w.write(
        "stories/raid.md",
        "# Raid\n\n**17** arrests — 13 in Belgium and five in France.\n\n```\ntotal = 12 + 30\n```\n",
    );
    let (code, out, err) = w.figcheck(&["ledger", "stories/raid.md"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "# figcheck ledger: stories/raid.md
## figures
3:3  17  count  17  counts=arrest event=arrest
3:18  13  count  13  counts=arrest event=arrest context=in Belgium
3:36  five  count  5  counts=arrest event=arrest context=in France
## checks
breakdown-sum  3:3  13 + 5 = 18; total 17  fails
## findings
error breakdown-sum 3:3: parts add up to 18 (13 + 5), but the total is 17
"
    );
    let (_, concise, _) = w.figcheck(&["check", "--format", "concise", "stories/raid.md"]);
    assert_eq!(
        concise,
        "stories/raid.md:3:3: error[breakdown-sum] parts add up to 18 (13 + 5), but the total is 17\n"
    );
}
