//! figcheck's Language Server over standard input and output (`figcheck lsp` starts it).
//!
//! Each open document is checked on open, change and save exactly as `figcheck check` checks
//! a file (`figcheck::Checker`: its figcheck.yaml, the packs it names, its sidecar, its
//! front matter, its suppression comments), and its findings are published as diagnostics.
//! Hover on a figure shows its reading and checks; a quick fix inserts a suppression comment.
//!
//! One thread handles every message in order: a check takes milliseconds, so there is nothing
//! to gain from concurrency, and the answers always match the text last sent. The setup is
//! rebuilt for every check, so an edit to figcheck.yaml or a sidecar counts at the next keystroke.

mod convert;
mod fix;
mod hover;
mod position;

use convert::Target;
use figcheck::checker::{Checked, Checkers, Input, RuleError, sidecar};
use figcheck::error::guarded;
use figcheck::rules::{RuleSet, suppress};
use figcheck::source::Unit;
use figcheck::source::{Format, Span};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidCloseTextDocument, DidOpenTextDocument,
    DidSaveTextDocument, LogMessage, Notification as _, PublishDiagnostics,
};
use lsp_types::request::{CodeActionRequest, HoverRequest, Request as _};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOptions, CodeActionOrCommand, CodeActionParams,
    CodeActionProviderCapability, Diagnostic, DidChangeTextDocumentParams,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, DidSaveTextDocumentParams, Hover,
    HoverContents, HoverParams, HoverProviderCapability, InitializeParams, LogMessageParams,
    MarkupContent, MarkupKind, MessageType, NumberOrString, PositionEncodingKind,
    PublishDiagnosticsParams, ServerCapabilities, ServerInfo, TextDocumentSyncCapability,
    TextDocumentSyncKind, TextDocumentSyncOptions, TextDocumentSyncSaveOptions, TextEdit, Uri,
    WorkspaceEdit,
};
use position::Lines;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// How a server session ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ended {
    /// `shutdown`, then `exit`: the protocol's clean end (exit code 0).
    Shutdown,
    /// `exit` without `shutdown` first (the protocol asks for exit code 1).
    ExitWithoutShutdown,
    /// The connection failed (printed on standard error).
    Failed,
}

/// Serves one client over standard input and output until it exits.
pub fn serve_stdio() -> Ended {
    let (conn, io) = Connection::stdio();
    let ended = match serve(&conn) {
        Ok(true) => Ended::Shutdown,
        Ok(false) => Ended::ExitWithoutShutdown,
        Err(e) => {
            eprintln!("figcheck lsp: {e}");
            Ended::Failed
        }
    };
    // The writer thread ends once every sender is gone.
    drop(conn);
    if let Err(e) = io.join() {
        eprintln!("figcheck lsp: {e}");
    }
    ended
}

/// Runs the server until `exit` (or the end of input); true when `shutdown` came first.
fn serve(conn: &Connection) -> Result<bool, String> {
    let (id, params) = conn.initialize_start().map_err(|e| e.to_string())?;
    // A client that sends odd parameters still gets a server, with the defaults.
    let init: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let caps = &init.capabilities;
    let enc = match caps
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref())
    {
        Some(offered) if offered.contains(&PositionEncodingKind::UTF8) => Unit::Utf8,
        _ => Unit::Utf16,
    };
    let related = caps
        .text_document
        .as_ref()
        .and_then(|t| t.publish_diagnostics.as_ref())
        .and_then(|p| p.related_information)
        .unwrap_or(false);
    let capabilities = ServerCapabilities {
        position_encoding: Some(match enc {
            Unit::Utf8 => PositionEncodingKind::UTF8,
            Unit::Utf16 => PositionEncodingKind::UTF16,
            Unit::Chars => PositionEncodingKind::UTF32,
        }),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::FULL),
                save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..CodeActionOptions::default()
        })),
        ..ServerCapabilities::default()
    };
    let result = serde_json::json!({
        "capabilities": capabilities,
        "serverInfo": ServerInfo {
            name: "figcheck".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        },
    });
    // Answered by hand rather than with `initialize_finish`, which gives up unless the very
    // next message is `initialized`: a client that opens a document first still gets served.
    conn.sender
        .send(Response::new_ok(id, result).into())
        .map_err(|e| e.to_string())?;
    let mut server = Server {
        conn,
        enc,
        related,
        docs: HashMap::new(),
    };
    let mut shut_down = false;
    for msg in &conn.receiver {
        match msg {
            Message::Request(req) if shut_down => server.send(Response::new_err(
                req.id,
                ErrorCode::InvalidRequest as i32,
                "the server is shutting down".into(),
            )),
            Message::Request(req) if req.method == "shutdown" => {
                shut_down = true;
                server.send(Response::new_ok(req.id, ()));
            }
            Message::Request(req) => {
                let id = req.id.clone();
                let method = req.method.clone();
                let response = guarded(&format!("answering {method}"), || server.request(req))
                    .unwrap_or_else(|e| {
                        server.log(MessageType::ERROR, &e);
                        Response::new_err(id, ErrorCode::InternalError as i32, e)
                    });
                server.send(response);
            }
            Message::Notification(n) if n.method == "exit" => return Ok(shut_down),
            Message::Notification(n) => {
                let method = n.method.clone();
                if let Err(e) = guarded(&format!("handling {method}"), || server.notify(n)) {
                    server.log(MessageType::ERROR, &e);
                }
            }
            Message::Response(_) => {}
        }
    }
    Ok(false)
}

/// An open document.
struct Open {
    text: String,
    version: i32,
    /// The last check of `text`; `None` when it failed.
    last: Option<Checked>,
    format: Format,
}

struct Server<'a> {
    conn: &'a Connection,
    enc: Unit,
    related: bool,
    docs: HashMap<Uri, Open>,
}

impl Server<'_> {
    fn send(&self, msg: impl Into<Message>) {
        // A send fails only when the client has gone; the loop then ends by itself.
        let _ = self.conn.sender.send(msg.into());
    }

    fn log(&self, typ: MessageType, message: &str) {
        let params = LogMessageParams {
            typ,
            message: format!("figcheck: {message}"),
        };
        self.send(Notification::new(LogMessage::METHOD.into(), params));
    }

    fn request(&mut self, req: Request) -> Response {
        let id = req.id.clone();
        let result = match req.method.as_str() {
            HoverRequest::METHOD => serde_json::from_value::<HoverParams>(req.params)
                .map(|p| serde_json::to_value(self.hover(&p))),
            CodeActionRequest::METHOD => serde_json::from_value::<CodeActionParams>(req.params)
                .map(|p| serde_json::to_value(self.code_actions(&p))),
            other => {
                return Response::new_err(
                    id,
                    ErrorCode::MethodNotFound as i32,
                    format!("figcheck does not handle {other}"),
                );
            }
        };
        match result {
            Ok(Ok(value)) => Response::new_ok(id, value),
            Ok(Err(e)) => Response::new_err(id, ErrorCode::InternalError as i32, e.to_string()),
            Err(e) => Response::new_err(id, ErrorCode::InvalidParams as i32, e.to_string()),
        }
    }

    fn notify(&mut self, n: Notification) {
        match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(n.params) {
                    let d = p.text_document;
                    let format = format_of(&d.language_id, &d.uri);
                    self.docs.insert(
                        d.uri.clone(),
                        Open {
                            text: d.text,
                            version: d.version,
                            last: None,
                            format,
                        },
                    );
                    self.check(&d.uri);
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri;
                    let enc = self.enc;
                    let Some(open) = self.docs.get_mut(&uri) else {
                        return;
                    };
                    for change in p.content_changes {
                        match change.range {
                            // Full sync is announced; a ranged change is applied all the same.
                            Some(r) => {
                                let lines = Lines::new(&open.text);
                                let a = lines.offset(&open.text, r.start, enc);
                                let b = lines.offset(&open.text, r.end, enc).max(a);
                                open.text.replace_range(a..b, &change.text);
                            }
                            None => open.text = change.text,
                        }
                    }
                    open.version = p.text_document.version;
                    self.check(&uri);
                }
            }
            DidSaveTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidSaveTextDocumentParams>(n.params) {
                    let uri = p.text_document.uri;
                    if let (Some(text), Some(open)) = (p.text, self.docs.get_mut(&uri)) {
                        open.text = text;
                    }
                    if is_rule_file(&uri) {
                        // A saved figcheck.yaml or sidecar may change every document's checks.
                        self.check_all();
                    } else {
                        self.check(&uri);
                    }
                }
            }
            DidChangeWatchedFiles::METHOD => self.check_all(),
            DidCloseTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(n.params) {
                    self.docs.remove(&p.text_document.uri);
                    self.publish(p.text_document.uri, Vec::new(), None);
                }
            }
            // `initialized`, `$/cancelRequest`, `$/setTrace`, …: nothing to do.
            _ => {}
        }
    }

    fn check_all(&mut self) {
        let uris: Vec<Uri> = self.docs.keys().cloned().collect();
        for uri in uris {
            self.check(&uri);
        }
    }

    fn publish(&self, uri: Uri, diagnostics: Vec<Diagnostic>, version: Option<i32>) {
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        };
        self.send(Notification::new(PublishDiagnostics::METHOD.into(), params));
    }

    /// Checks an open document and publishes its diagnostics. A panic while checking is
    /// logged, and the document keeps its last diagnostics.
    fn check(&mut self, uri: &Uri) {
        let Some(open) = self.docs.get(uri) else {
            return;
        };
        if is_rule_file(uri) {
            // Rule files are not copy; their mistakes show on the documents they configure.
            self.publish(uri.clone(), Vec::new(), Some(open.version));
            return;
        }
        let path = file_path(uri.as_str());
        let name = path
            .as_ref()
            .map_or_else(|| uri.as_str().to_string(), |p| p.display().to_string());
        let text = open.text.clone();
        let format = open.format;
        let result = guarded(&format!("checking {name}"), || {
            // An untitled document has no folder: the defaults apply, not the working
            // folder's figcheck.yaml.
            let mut checkers = Checkers::new(RuleSet::new(), true, path.is_some());
            let checker = checkers.for_document(path.as_deref().unwrap_or(Path::new("untitled")));
            let input = Input {
                sidecar: path.as_deref().and_then(sidecar),
                traced: true,
                ..Input::new(name, text, format)
            };
            (checker.errors().to_vec(), checker.check(input))
        });
        let enc = self.enc;
        let related = self.related;
        let Some(open) = self.docs.get_mut(uri) else {
            return;
        };
        match result {
            Ok((setup_errors, done)) => {
                let lines = Lines::new(&open.text);
                let t = Target {
                    uri,
                    text: &open.text,
                    lines: &lines,
                    enc,
                    related,
                };
                let mut diags: Vec<Diagnostic> = setup_errors
                    .iter()
                    .map(|e| convert::load_error(&t, e, false))
                    .collect();
                for e in &done.rule_errors {
                    diags.push(match e {
                        RuleError::Load {
                            error,
                            front_matter,
                        } => convert::load_error(&t, error, *front_matter),
                        RuleError::Unreadable { path, message } => convert::problem(
                            Default::default(),
                            format!("{}: cannot read rules: {message}", path.display()),
                        ),
                    });
                }
                diags.extend(
                    done.findings
                        .iter()
                        .map(|f| convert::finding(&t, &done.doc, f)),
                );
                open.last = Some(done);
                let version = Some(open.version);
                self.publish(uri.clone(), diags, version);
            }
            Err(e) => {
                open.last = None;
                self.log(MessageType::ERROR, &e);
            }
        }
    }

    fn hover(&self, p: &HoverParams) -> Option<Hover> {
        let at = &p.text_document_position_params;
        let open = self.docs.get(&at.text_document.uri)?;
        let done = open.last.as_ref()?;
        let lines = Lines::new(&open.text);
        let offset = lines.offset(&open.text, at.position, self.enc);
        let i = hover::figure_at(&done.quantities, offset)?;
        let q = &done.quantities[i];
        let range = lsp_types::Range::new(
            lines.position(&open.text, q.span.start, self.enc),
            lines.position(&open.text, q.span.end, self.enc),
        );
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: hover::render(&done.doc, &done.quantities, i, &done.records),
            }),
            range: Some(range),
        })
    }

    /// A quick fix for each finding in the request: the comment that suppresses its rule on
    /// its line. The findings are those of the diagnostics the client sends, else those under
    /// the range.
    fn code_actions(&self, p: &CodeActionParams) -> Vec<CodeActionOrCommand> {
        let uri = &p.text_document.uri;
        let Some(open) = self.docs.get(uri) else {
            return Vec::new();
        };
        let Some(done) = open.last.as_ref() else {
            return Vec::new();
        };
        if let Some(only) = &p.context.only
            && !only.iter().any(|k| k.as_str().starts_with("quickfix"))
        {
            return Vec::new();
        }
        let lines = Lines::new(&open.text);
        let offset = |pos| lines.offset(&open.text, pos, self.enc);
        // (rule, byte offset of the finding, its diagnostic)
        let mut wanted: Vec<(String, usize, Option<Diagnostic>)> = Vec::new();
        for d in &p.context.diagnostics {
            if d.source.as_deref() != Some(convert::SOURCE) {
                continue;
            }
            let Some(NumberOrString::String(rule)) = &d.code else {
                continue;
            };
            let at = offset(d.range.start);
            // Only a finding the server reported: never a rule-file mistake or a stale one.
            if done
                .findings
                .iter()
                .any(|f| &f.rule == rule && f.span.start == at)
            {
                wanted.push((rule.clone(), at, Some(d.clone())));
            }
        }
        if p.context.diagnostics.is_empty() {
            let range = Span::new(offset(p.range.start), offset(p.range.end));
            for f in &done.findings {
                if f.span.start <= range.end && range.start <= f.span.end {
                    wanted.push((f.rule.clone(), f.span.start, None));
                }
            }
        }
        let mut out = Vec::new();
        let mut seen: Vec<(String, usize)> = Vec::new();
        for (rule, at, diag) in wanted {
            if rule == suppress::UNUSED {
                continue;
            }
            let line = lines.line_of(at);
            if seen.contains(&(rule.clone(), line)) {
                continue;
            }
            seen.push((rule.clone(), line));
            let Some(insert) = fix::suppression(open.format, &open.text, at, &rule) else {
                continue;
            };
            let pos = lines.position(&open.text, insert.at, self.enc);
            let edit = TextEdit::new(lsp_types::Range::new(pos, pos), insert.text);
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Suppress {rule} on this line"),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: diag.map(|d| vec![d]),
                edit: Some(WorkspaceEdit {
                    changes: Some(HashMap::from([(uri.clone(), vec![edit])])),
                    ..WorkspaceEdit::default()
                }),
                ..CodeAction::default()
            }));
        }
        out
    }
}

/// How to read a document: by the client's language id when it names a format figcheck
/// reads, else by the extension of its URI (as `check` goes by a file's extension).
fn format_of(language: &str, uri: &Uri) -> Format {
    match language {
        "markdown" => Format::Markdown,
        "html" => Format::Html,
        "plaintext" | "text" => Format::Text,
        _ => Format::from_path(Path::new(uri.path().as_str())),
    }
}

/// A `figcheck.yaml` or a `NAME.figcheck.yaml` sidecar.
fn is_rule_file(uri: &Uri) -> bool {
    uri.path().as_str().ends_with(figcheck::config::FILE_NAME)
}

/// The path of a `file:` URI, percent-decoded; `None` for any other scheme (an untitled
/// buffer) or a path that is not UTF-8.
fn file_path(uri: &str) -> Option<PathBuf> {
    let scheme = uri.get(..7)?;
    if !scheme.eq_ignore_ascii_case("file://") {
        return None;
    }
    let rest = &uri[7..];
    // Skip the authority ("", "localhost"); drop a query or fragment.
    let path = &rest[rest.find('/')?..];
    let path = &path[..path.find(['?', '#']).unwrap_or(path.len())];
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied(),
            bytes.get(i + 2).copied(),
        ) {
            (b'%', Some(h), Some(l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h)? * 16 + hex(l)?) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    let path = String::from_utf8(out).ok()?;
    // "file:///C:/x" names "C:/x" on Windows.
    if cfg!(windows) && path.len() > 2 && path.as_bytes()[2] == b':' {
        return Some(PathBuf::from(&path[1..]));
    }
    Some(PathBuf::from(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_become_paths() {
        assert_eq!(
            file_path("file:///tmp/a%20b/na%C3%AFve.md"),
            Some(PathBuf::from("/tmp/a b/naïve.md"))
        );
        assert_eq!(
            file_path("file://localhost/srv/story.txt"),
            Some(PathBuf::from("/srv/story.txt"))
        );
        assert_eq!(file_path("FILE:///x.md#top"), Some(PathBuf::from("/x.md")));
        assert_eq!(file_path("untitled:Untitled-1"), None);
        assert_eq!(file_path("file:"), None);
        // A bad escape is kept as written; invalid UTF-8 is refused.
        assert_eq!(file_path("file:///a%zz"), Some(PathBuf::from("/a%zz")));
        assert_eq!(file_path("file:///a%ff"), None);
    }

    #[test]
    fn formats_by_language_then_extension() {
        let uri = |s: &str| s.parse::<Uri>().unwrap();
        assert_eq!(format_of("markdown", &uri("untitled:x")), Format::Markdown);
        assert_eq!(format_of("html", &uri("file:///a.txt")), Format::Html);
        assert_eq!(format_of("plaintext", &uri("file:///a.md")), Format::Text);
        assert_eq!(format_of("", &uri("file:///a.htm")), Format::Html);
        assert_eq!(
            format_of("rust", &uri("file:///a.markdown")),
            Format::Markdown
        );
        assert_eq!(format_of("yaml", &uri("file:///a.story")), Format::Text);
        assert!(is_rule_file(&uri("file:///d/figcheck.yaml")));
        assert!(is_rule_file(&uri("file:///d/a.figcheck.yaml")));
        assert!(!is_rule_file(&uri("file:///d/a.md")));
    }
}
