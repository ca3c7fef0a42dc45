//! Integration tests of `figcheck lsp`: the built binary spoken to in JSON-RPC with
//! Content-Length framing over its standard input and output, as an editor speaks to it. Every
//! read has a timeout, so a hung server fails a test instead of hanging it.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);
const BAD: &str = "Police made 17 arrests — 13 in Belgium and five in France.";

/// A running server and what it has sent that no test step has taken yet.
struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    rx: Receiver<Value>,
    pending: Vec<Value>,
    next_id: i64,
}

impl Client {
    fn start() -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_figcheck"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start figcheck lsp");
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            while let Some(msg) = read_message(&mut r) {
                if tx.send(msg).is_err() {
                    break;
                }
            }
        });
        Client {
            child,
            stdin,
            rx,
            pending: Vec::new(),
            next_id: 1,
        }
    }

    fn send(&mut self, msg: Value) {
        let body = msg.to_string();
        let stdin = self.stdin.as_mut().expect("stdin open");
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write");
        stdin.flush().expect("flush");
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns its whole response (`result` or `error`).
    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.take(&format!("the response to {method}"), |m| {
            m["id"] == json!(id) && m.get("method").is_none()
        })
    }

    /// The first message, pending or to come, that `wanted` accepts.
    fn take(&mut self, what: &str, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(k) = self.pending.iter().position(&wanted) {
            return self.pending.remove(k);
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(m) if wanted(&m) => return m,
                Ok(m) => self.pending.push(m),
                Err(_) => panic!("timed out waiting for {what}; got {:#?}", self.pending),
            }
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let m = self.take(&format!("diagnostics for {uri}"), |m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        });
        m["params"]["diagnostics"]
            .as_array()
            .expect("a diagnostics array")
            .clone()
    }

    fn initialize(&mut self, capabilities: Value) -> Value {
        let r = self.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": capabilities}),
        );
        self.notify("initialized", json!({}));
        r
    }

    fn open(&mut self, uri: &str, language: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}),
        );
    }

    fn change(&mut self, uri: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
        );
    }

    /// shutdown, exit, and the exit status.
    fn shutdown(mut self) -> i32 {
        let r = self.request("shutdown", Value::Null);
        assert_eq!(r["result"], Value::Null, "{r}");
        assert!(r.get("error").is_none(), "{r}");
        self.notify("exit", Value::Null);
        self.wait()
    }

    fn wait(mut self) -> i32 {
        drop(self.stdin.take());
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.code().expect("an exit code");
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the server did not exit");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        // A failed test must not leave a server behind.
        let _ = self.child.kill();
    }
}

/// One framed message, or `None` at the end of the stream.
fn read_message(r: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length: ") {
            length = v.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    r.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

fn rule(d: &Value) -> &str {
    d["code"].as_str().unwrap_or_default()
}

fn range(d: &Value) -> (u64, u64, u64, u64) {
    let r = &d["range"];
    let n = |v: &Value| v.as_u64().expect("a number");
    (
        n(&r["start"]["line"]),
        n(&r["start"]["character"]),
        n(&r["end"]["line"]),
        n(&r["end"]["character"]),
    )
}

/// A folder under the system temporary directory, removed with its files when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path =
            std::env::temp_dir().join(format!("figcheck-lsp-{}-{n}-{name}", std::process::id()));
        std::fs::create_dir_all(&path).expect("create a temporary folder");
        TempDir(path)
    }
    fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, text).expect("write a temporary file");
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A `file:` URI, percent-encoding what a path may hold beyond the unreserved characters.
fn file_uri(path: &Path) -> String {
    let mut out = String::from("file://");
    for b in path.to_str().expect("a UTF-8 path").bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[test]
fn diagnostics_hover_quick_fix_and_clean_shutdown() {
    let mut c = Client::start();
    let init = c.initialize(json!({
        "textDocument": {"publishDiagnostics": {"relatedInformation": true}}
    }));
    let caps = &init["result"]["capabilities"];
    assert_eq!(caps["positionEncoding"], "utf-16", "{init}");
    assert_eq!(caps["hoverProvider"], true);
    assert_eq!(caps["textDocumentSync"]["change"], 1, "full sync");

    let uri = "untitled:story.md";
    let text = format!("{BAD}\n");
    c.open(uri, "markdown", &text);
    let diags = c.diagnostics(uri);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    let d = &diags[0];
    assert_eq!(rule(d), "breakdown-sum");
    assert_eq!(d["severity"], 1, "error");
    assert_eq!(d["source"], "figcheck");
    let message = d["message"].as_str().unwrap();
    for part in ["13 + 5", "18", "17"] {
        assert!(message.contains(part), "{message}");
    }
    // `figcheck check --format json` puts this finding on "17": bytes 12..14, line 1 column 13.
    assert_eq!(range(d), (0, 12, 0, 14));
    // The parts, in UTF-16 columns: "—" is three bytes but one unit, so "five" (byte 45) is at 43.
    let related: Vec<(u64, &str)> = d["relatedInformation"]
        .as_array()
        .expect("related information")
        .iter()
        .map(|r| {
            (
                r["location"]["range"]["start"]["character"]
                    .as_u64()
                    .unwrap(),
                r["message"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(related, [(25, "part: 13"), (43, "part: five")]);

    // Hover on "five": its reading and the check it fails.
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 44}}),
    );
    let h = &hover["result"];
    assert_eq!(h["contents"]["kind"], "markdown", "{hover}");
    let value = h["contents"]["value"].as_str().unwrap();
    for part in [
        "`five` · count",
        "- stated: `5`",
        "- interval: `5`, exact",
        "- context: in France",
        "- `breakdown-sum` as part: **fails** — 13 + 5 = 18; total 17",
    ] {
        assert!(value.contains(part), "{part:?} in\n{value}");
    }
    assert_eq!(range(h), (0, 43, 0, 47));
    // Nothing to say off a figure.
    let none = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 2}}),
    );
    assert_eq!(none["result"], Value::Null, "{none}");

    // The quick fix, applied, silences the finding.
    let actions = c.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri},
            "range": d["range"],
            "context": {"diagnostics": [d]},
        }),
    );
    let list = actions["result"].as_array().expect("code actions");
    assert_eq!(list.len(), 1, "{actions}");
    assert_eq!(list[0]["kind"], "quickfix");
    let edits = list[0]["edit"]["changes"][uri].as_array().expect("edits");
    assert_eq!(edits.len(), 1);
    assert_eq!(range(&edits[0]), (0, 0, 0, 0));
    let insert = edits[0]["newText"].as_str().unwrap();
    assert_eq!(
        insert,
        "<!-- figcheck-disable-next-line breakdown-sum -->\n"
    );
    c.change(uri, 2, &format!("{insert}{text}"));
    assert_eq!(c.diagnostics(uri), Vec::<Value>::new());

    // Back to the faulty text, then corrected: "four" makes the parts add up.
    c.change(uri, 3, &text);
    assert_eq!(c.diagnostics(uri).len(), 1);
    c.change(uri, 4, &text.replace("five", "four"));
    assert_eq!(c.diagnostics(uri), Vec::<Value>::new());

    // A request the server does not know.
    let unknown = c.request("figcheck/noSuchThing", json!({}));
    assert_eq!(unknown["error"]["code"], -32601, "{unknown}");

    assert_eq!(c.shutdown(), 0);
}

#[test]
fn figcheck_yaml_sidecars_and_front_matter_apply_to_file_documents() {
    let off = TempDir::new("off");
    off.write("figcheck.yaml", "rules:\n  breakdown-sum: off\n");
    let story = off.write("story.md", BAD);
    let plain = TempDir::new("plain");
    let other = plain.write("story.md", BAD);
    let side = plain.write("bad.md", BAD);
    plain.write(
        "bad.figcheck.yaml",
        "rules:\n  - id: x\n    kind: nonsense\n",
    );
    let front = plain.write("front.md", "");

    let mut c = Client::start();
    c.initialize(json!({}));
    // The folder's figcheck.yaml turns the rule off.
    c.open(&file_uri(&story), "markdown", BAD);
    assert_eq!(c.diagnostics(&file_uri(&story)), Vec::<Value>::new());
    // figcheck.yaml is read again at each check: turned back on, the rule reports at save.
    off.write("figcheck.yaml", "rules:\n  breakdown-sum: on\n");
    c.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": file_uri(&story)}}),
    );
    let diags = c.diagnostics(&file_uri(&story));
    assert_eq!(
        diags.iter().map(rule).collect::<Vec<_>>(),
        ["breakdown-sum"]
    );
    // Without one, the default pack reports it.
    c.open(&file_uri(&other), "markdown", BAD);
    let diags = c.diagnostics(&file_uri(&other));
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(rule(&diags[0]), "breakdown-sum");

    // A bad sidecar: a diagnostic at the document's start naming the sidecar's place; the
    // findings are still reported.
    c.open(&file_uri(&side), "markdown", BAD);
    let diags = c.diagnostics(&file_uri(&side));
    let rules: Vec<&str> = diags.iter().map(rule).collect();
    assert_eq!(rules, ["rule-file", "breakdown-sum"], "{diags:#?}");
    assert_eq!(range(&diags[0]), (0, 0, 0, 0));
    let m = diags[0]["message"].as_str().unwrap();
    assert!(
        m.starts_with(&format!(
            "{}:3:",
            plain.0.join("bad.figcheck.yaml").display()
        )),
        "{m}"
    );

    // A bad front matter: at its line in the document.
    let text = format!("---\nfigcheck:\n  rulez: []\n---\n\n{BAD}\n");
    c.open(&file_uri(&front), "markdown", &text);
    let diags = c.diagnostics(&file_uri(&front));
    let rules: Vec<&str> = diags.iter().map(rule).collect();
    assert_eq!(rules, ["rule-file", "breakdown-sum"], "{diags:#?}");
    assert_eq!(range(&diags[0]).0, 2, "{diags:#?}");
    assert_eq!(range(&diags[1]).0, 5);

    assert_eq!(c.shutdown(), 0);
}

#[test]
fn utf8_positions_when_the_client_offers_them() {
    let mut c = Client::start();
    let init = c.initialize(json!({
        "general": {"positionEncodings": ["utf-8", "utf-16"]},
        "textDocument": {"publishDiagnostics": {"relatedInformation": true}}
    }));
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-8");
    let uri = "untitled:story.txt";
    c.open(uri, "plaintext", BAD);
    let diags = c.diagnostics(uri);
    assert_eq!(diags.len(), 1, "{diags:#?}");
    // Byte columns now: "five" starts at byte 45.
    let five = &diags[0]["relatedInformation"][1]["location"]["range"];
    assert_eq!(five["start"]["character"], 45);
    assert_eq!(five["end"]["character"], 49);
    // Plain text has no comment syntax: no quick fix.
    let actions = c.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": uri},
            "range": diags[0]["range"],
            "context": {"diagnostics": [diags[0]]},
        }),
    );
    assert_eq!(actions["result"], json!([]), "{actions}");
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn exit_without_shutdown_exits_1_and_requests_after_shutdown_are_refused() {
    let mut c = Client::start();
    c.initialize(json!({}));
    c.notify("exit", Value::Null);
    assert_eq!(c.wait(), 1);

    let mut c = Client::start();
    c.initialize(json!({}));
    let r = c.request("shutdown", Value::Null);
    assert_eq!(r["result"], Value::Null);
    let late = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "untitled:x"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(late["error"]["code"], -32600, "{late}");
    c.notify("exit", Value::Null);
    assert_eq!(c.wait(), 0);
}

#[test]
fn malformed_parameters_get_an_error_not_a_dead_server() {
    let mut c = Client::start();
    c.initialize(json!({}));
    let r = c.request("textDocument/hover", json!({"nonsense": true}));
    assert_eq!(r["error"]["code"], -32602, "{r}");
    // A bad notification is dropped; the server still answers.
    c.notify("textDocument/didOpen", json!({"textDocument": 5}));
    c.open("untitled:a.md", "markdown", BAD);
    assert_eq!(c.diagnostics("untitled:a.md").len(), 1);
    assert_eq!(c.shutdown(), 0);
}

#[test]
fn a_client_that_opens_before_initialized_is_still_served() {
    let mut c = Client::start();
    let r = c.request("initialize", json!({"processId": null, "capabilities": {}}));
    assert!(r["result"]["capabilities"].is_object(), "{r}");
    c.open("untitled:a.txt", "plaintext", BAD);
    assert_eq!(c.diagnostics("untitled:a.txt").len(), 1);
    assert_eq!(c.shutdown(), 0);
}
