//! The top-level declarations of a package, indexed for questions from other packages: "what
//! does `errgroup.WithContext` return?", "which fields does `Server` embed?", "is `pool.Run`
//! marked `//goroutinectx:spawner`?".
//!
//! Types are kept as written ([`TypeExpr`]), with package qualifiers unresolved; the file's
//! imports are kept beside them so a consumer can resolve a qualifier to an import path.
//! Conversion is bounded: a type nested deeper than [`MAX_TYPE_DEPTH`] becomes `Unknown`.

use crate::fields::NodeKind;
use crate::kind;
use std::collections::HashMap;
use std::sync::Arc;

use tree_sitter::{Node, Tree};

use crate::header::ImportSpec;
use crate::idx::IndexVec;
use crate::source::SourceFile;

crate::newtype_index! {
    /// A file's number in its package: its position in the package's file list
    /// ([`PackageIndex::files`], the scope crate's `PkgInfo::files`).
    pub struct FileNo;
}

/// Types nested deeper than this are not converted (they become [`TypeExpr::Unknown`]).
pub const MAX_TYPE_DEPTH: usize = 64;

/// A type expression as written in source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeExpr {
    /// `T`, `pkg.T`, `T[int]`: `qualifier` is the package name as written, if any.
    Named {
        qualifier: Option<String>,
        name: String,
        args: Vec<TypeExpr>,
    },
    Pointer(Box<TypeExpr>),
    Slice(Box<TypeExpr>),
    Array(Box<TypeExpr>),
    Map(Box<TypeExpr>, Box<TypeExpr>),
    Chan(Box<TypeExpr>),
    Func(Box<Signature>),
    Struct(Vec<Field>),
    Interface {
        methods: Vec<InterfaceMethod>,
        embedded: Vec<TypeExpr>,
    },
    Unknown,
}

impl TypeExpr {
    /// The type with pointer layers removed.
    pub fn strip_pointers(&self) -> &TypeExpr {
        let mut t = self;
        while let TypeExpr::Pointer(inner) = t {
            t = inner;
        }
        t
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Signature {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    /// The last parameter is `...T` (its `ty` is then `Slice(T)`).
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    pub name: Option<String>,
    pub ty: TypeExpr,
}

/// A struct field; `name` is `None` for an embedded field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: Option<String>,
    pub ty: TypeExpr,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InterfaceMethod {
    pub name: String,
    pub sig: Signature,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeDecl {
    pub name: String,
    /// `type A = B`.
    pub alias: bool,
    pub type_params: Vec<String>,
    pub ty: TypeExpr,
    /// Index into [`PackageIndex::files`].
    pub file: FileNo,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Receiver {
    /// The receiver's base type name (`T` in `func (r *T[K]) M()`).
    pub type_name: String,
    pub pointer: bool,
    /// The names the receiver gives its type's parameters (`K` above), in order.
    pub type_params: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncDecl {
    pub name: String,
    pub receiver: Option<Receiver>,
    pub type_params: Vec<String>,
    pub sig: Signature,
    pub has_body: bool,
    /// Marked with `//goroutinectx:spawner` on the line right above `func`.
    pub spawner: bool,
    pub file: FileNo,
    /// Byte offset of the name identifier.
    pub name_offset: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VarDecl {
    pub name: String,
    /// The declared type, when written.
    pub ty: Option<TypeExpr>,
    /// Byte range of the initializer expression for this name, when there is one per name.
    pub value: Option<(usize, usize)>,
    /// What the initializer is, as far as its type is concerned.
    pub hint: Option<ValueHint>,
    /// Index of this name in a multi-value initializer (`var a, b = f()`).
    pub tuple_index: usize,
    pub file: FileNo,
}

/// The shape of a package-level initializer, enough to infer its type without the tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueHint {
    /// `f(...)` or `pkg.F(...)`: the callee as written.
    Call {
        qualifier: Option<String>,
        name: String,
    },
    /// `T{...}`.
    Composite(TypeExpr),
    /// `&T{...}`.
    AddrComposite(TypeExpr),
    /// `new(T)`.
    New(TypeExpr),
    /// Another package-level name (`x`, or `pkg.X` of an imported package): a variable or a
    /// function used as a value.
    Name {
        qualifier: Option<String>,
        name: String,
    },
    /// `func(...) {...}`.
    FuncLit(Signature),
}

/// A file of the index: its path and imports.
#[derive(Clone, Debug)]
pub struct IndexedFile {
    pub file: Arc<SourceFile>,
    pub imports: Vec<ImportSpec>,
}

#[derive(Debug, Default)]
pub struct PackageIndex {
    pub name: String,
    pub files: IndexVec<FileNo, IndexedFile>,
    pub types: HashMap<String, TypeDecl>,
    /// The functions (for a file indexed in parts, only those [`FuncSpans`] could not hold:
    /// look functions up with [`PackageIndex::func`]).
    pub funcs: HashMap<String, FuncDecl>,
    /// Methods by receiver base type name (the same caveat: [`PackageIndex::method`]).
    pub methods: HashMap<String, Vec<FuncDecl>>,
    pub vars: HashMap<String, VarDecl>,
    pub consts: HashMap<String, FileNo>,
    /// For a file indexed in parts: where its functions and methods are, read on demand.
    spans: Option<FuncSpans>,
}

/// Where the function and method declarations of a file indexed in parts are, so that each
/// is read (its signature parsed again, its body skipped) only when it is asked for: a
/// large file's [`FuncDecl`]s took about four times the file (strings, boxed types and hash
/// tables for every parameter), where a span takes 32 bytes.
///
/// Entries are sorted by (key hash, offset): a lookup reads the entries of its key's hash in
/// file order and returns the first whose declaration has the name asked for (so hash
/// collisions only cost a read), as the eager index keeps the first function of a name and
/// finds the first method of a name.
#[derive(Debug, Default)]
struct FuncSpans {
    funcs: Vec<FuncSpan>,
    methods: Vec<FuncSpan>,
}

/// One function or method declaration of a file indexed in parts ([`FuncSpans`]).
#[derive(Clone, Copy, Debug)]
struct FuncSpan {
    /// The hash of the name (a function's) or of the receiver base type and the name (a
    /// method's).
    key: u64,
    /// The declaration's first byte.
    start: u32,
    /// One past the end of the declaration's last line.
    end: u32,
    /// The inside of its body (after `{`, before `}`), skipped when it is read; `0..0` when
    /// it has none.
    body: (u32, u32),
    /// Marked `//goroutinectx:spawner` (read from the comment above it when indexed).
    spawner: bool,
}

/// The key of a function's name, or of a method's receiver base type and name.
fn func_key(receiver: Option<&str>, name: &str) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = rustc_hash::FxBuildHasher.build_hasher();
    if let Some(r) = receiver {
        h.write(r.as_bytes());
        h.write_u8(0xff);
    }
    h.write(name.as_bytes());
    h.finish()
}

impl PackageIndex {
    /// Indexes `files`, parsing each without its function bodies (an index holds
    /// declarations only); the trees are dropped once indexed.
    pub fn build<'a>(name: &str, files: impl IntoIterator<Item = &'a Arc<SourceFile>>) -> Self {
        let mut index = PackageIndex {
            name: name.to_string(),
            ..Default::default()
        };
        for file in files {
            // Declarations only: function bodies are left out of the parse.
            let bodies: Vec<(usize, usize)> = file
                .func_bodies()
                .map(|b| b.iter().map(|b| (b.open, b.end)).collect())
                .unwrap_or_default();
            let tree = file.parse_without(&bodies);
            index.add(file, &tree);
        }
        index
    }

    /// Indexes one file from a tree the caller already has (no second parse).
    pub fn build_with_tree(name: &str, file: &Arc<SourceFile>, tree: &Tree) -> Self {
        let mut index = PackageIndex {
            name: name.to_string(),
            ..Default::default()
        };
        index.add(file, tree);
        index
    }

    /// Indexes one file from trees of consecutive parts of it, in order (each holding whole
    /// top-level declarations: the passes of a chunked analysis), as one tree of the whole
    /// file would index it.
    pub fn build_with_parts(
        name: &str,
        file: &Arc<SourceFile>,
        parts: impl IntoIterator<Item = Tree>,
    ) -> Self {
        let mut index = PackageIndex {
            name: name.to_string(),
            ..Default::default()
        };
        let file_no = index.files.push(IndexedFile {
            file: file.clone(),
            imports: file.header.imports.clone(),
        });
        // Offsets are kept as `u32`: a larger file is indexed eagerly.
        if u32::try_from(file.src.len()).is_ok() {
            index.spans = Some(FuncSpans::default());
        }
        for tree in parts {
            index.add_file(file, &tree, file_no);
        }
        index.types.shrink_to_fit();
        index.vars.shrink_to_fit();
        index.consts.shrink_to_fit();
        if let Some(spans) = &mut index.spans {
            spans.funcs.sort_unstable_by_key(|s| (s.key, s.start));
            spans.methods.sort_unstable_by_key(|s| (s.key, s.start));
            spans.funcs.shrink_to_fit();
            spans.methods.shrink_to_fit();
        }
        index
    }

    /// A package-level function by name (the first declared, as Go reports the others).
    pub fn func(&self, name: &str) -> Option<FuncDecl> {
        if let Some(decl) = self.funcs.get(name) {
            return Some(decl.clone());
        }
        let spans = self.spans.as_ref()?;
        self.read_spans(&spans.funcs, func_key(None, name), |d| {
            d.receiver.is_none() && d.name == name
        })
    }

    /// The first declaration among `spans` with `key` (in file order) that `wanted` accepts,
    /// read from the file.
    fn read_spans(
        &self,
        spans: &[FuncSpan],
        key: u64,
        wanted: impl Fn(&FuncDecl) -> bool,
    ) -> Option<FuncDecl> {
        let from = spans.partition_point(|s| s.key < key);
        spans[from..]
            .iter()
            .take_while(|s| s.key == key)
            .filter_map(|s| self.read_func(s))
            .find(|d| wanted(d))
    }

    /// The declaration at `span`, parsed again with its body skipped.
    fn read_func(&self, span: &FuncSpan) -> Option<FuncDecl> {
        let file_no = <FileNo as crate::idx::Idx>::new(0);
        let file = &self.files.get(file_no)?.file;
        let (start, end) = (span.start as usize, span.end as usize);
        let ranges = if span.body.0 == span.body.1 {
            vec![(start, end)]
        } else {
            vec![(start, span.body.0 as usize), (span.body.1 as usize, end)]
        };
        let tree = file.parse_ranges(&ranges, &[]);
        let root = tree.root_node();
        let mut cursor = root.walk();
        let node = root.named_children(&mut cursor).find(|n| {
            n.start_byte() == start
                && matches!(
                    n.kind_name(),
                    kind::FUNCTION_DECLARATION | kind::METHOD_DECLARATION
                )
        })?;
        func_decl(file, node, file_no, span.spawner)
    }

    fn add(&mut self, file: &Arc<SourceFile>, tree: &Tree) {
        let file_no = self.files.push(IndexedFile {
            file: file.clone(),
            imports: file.header.imports.clone(),
        });
        self.add_file(file, tree, file_no);
    }

    /// A method of `type_name` by name (the first declared).
    pub fn method(&self, type_name: &str, name: &str) -> Option<FuncDecl> {
        if let Some(m) = self
            .methods
            .get(type_name)
            .and_then(|ms| ms.iter().find(|m| m.name == name))
        {
            return Some(m.clone());
        }
        let spans = self.spans.as_ref()?;
        self.read_spans(&spans.methods, func_key(Some(type_name), name), |d| {
            d.name == name
                && d.receiver
                    .as_ref()
                    .is_some_and(|r| r.type_name == type_name)
        })
    }

    fn add_file(&mut self, file: &SourceFile, tree: &Tree, file_no: FileNo) {
        let root = tree.root_node();
        let mut cursor = root.walk();
        let mut prev_comment_line: Option<(u32, bool)> = None;
        for node in root.children(&mut cursor) {
            match node.kind_name() {
                kind::COMMENT => {
                    let is_spawner = is_spawner_directive(file.text(node));
                    let line = file.position(node.start_byte()).line;
                    prev_comment_line = Some((line, is_spawner));
                    continue;
                }
                kind::FUNCTION_DECLARATION | kind::METHOD_DECLARATION => {
                    let func_line = file.position(node.start_byte()).line;
                    let spawner = matches!(prev_comment_line,
                        Some((l, true)) if l + 1 == func_line);
                    if let Some(spans) = &mut self.spans {
                        spans.add(file, node, spawner);
                    } else if let Some(decl) = func_decl(file, node, file_no, spawner) {
                        match &decl.receiver {
                            Some(r) => self
                                .methods
                                .entry(r.type_name.clone())
                                .or_default()
                                .push(decl),
                            None => {
                                self.funcs.entry(decl.name.clone()).or_insert(decl);
                            }
                        }
                    }
                }
                kind::TYPE_DECLARATION => self.add_types(file, node, file_no),
                kind::VAR_DECLARATION => self.add_vars(file, node, file_no),
                kind::CONST_DECLARATION => {
                    let mut c = node.walk();
                    for spec in node.named_children(&mut c) {
                        let mut sc = spec.walk();
                        for n in spec
                            .children_by_field_id(
                                crate::fields::nonzero(crate::fields::name()),
                                &mut sc,
                            )
                            .filter(|n| n.kind_name() == kind::IDENTIFIER)
                        {
                            self.consts.insert(file.text(n).to_string(), file_no);
                        }
                    }
                }
                _ => {}
            }
            prev_comment_line = None;
        }
    }

    fn add_types(&mut self, file: &SourceFile, decl: Node<'_>, file_no: FileNo) {
        let mut c = decl.walk();
        for spec in decl.named_children(&mut c) {
            let alias = match spec.kind_name() {
                kind::TYPE_SPEC => false,
                kind::TYPE_ALIAS => true,
                _ => continue,
            };
            let Some(name) = spec.child_by_field_id(crate::fields::name()) else {
                continue;
            };
            let ty = spec
                .child_by_field_id(crate::fields::r#type())
                .map_or(TypeExpr::Unknown, |t| type_expr(file, t));
            let name = file.text(name).to_string();
            self.types.insert(
                name.clone(),
                TypeDecl {
                    name,
                    alias,
                    type_params: type_params(
                        file,
                        spec.child_by_field_id(crate::fields::type_parameters()),
                    ),
                    ty,
                    file: file_no,
                },
            );
        }
    }

    fn add_vars(&mut self, file: &SourceFile, decl: Node<'_>, file_no: FileNo) {
        let mut specs = Vec::new();
        let mut c = decl.walk();
        for child in decl.named_children(&mut c) {
            match child.kind_name() {
                kind::VAR_SPEC => specs.push(child),
                kind::VAR_SPEC_LIST => {
                    let mut c2 = child.walk();
                    specs.extend(
                        child
                            .named_children(&mut c2)
                            .filter(|n| n.kind_name() == kind::VAR_SPEC),
                    );
                }
                _ => {}
            }
        }
        for spec in specs {
            let ty = spec
                .child_by_field_id(crate::fields::r#type())
                .map(|t| type_expr(file, t));
            let mut nc = spec.walk();
            let names: Vec<Node<'_>> = spec
                .children_by_field_id(crate::fields::nonzero(crate::fields::name()), &mut nc)
                .filter(|n| n.kind_name() == kind::IDENTIFIER)
                .collect();
            let all_values: Vec<Node<'_>> = spec
                .child_by_field_id(crate::fields::value())
                .map(|v| {
                    let mut vc = v.walk();
                    v.named_children(&mut vc)
                        .filter(|n| n.kind_name() != kind::COMMENT)
                        .collect()
                })
                .unwrap_or_default();
            for (i, n) in names.iter().enumerate() {
                let one_per_name = all_values.len() == names.len();
                let value_node = if one_per_name {
                    all_values.get(i)
                } else {
                    all_values.first()
                };
                let value = value_node
                    .filter(|_| one_per_name)
                    .map(|v| (v.start_byte(), v.end_byte()));
                let hint = value_node.and_then(|v| value_hint(file, *v));
                let name = file.text(*n).to_string();
                self.vars.insert(
                    name.clone(),
                    VarDecl {
                        name,
                        ty: ty.clone(),
                        value,
                        hint,
                        tuple_index: if one_per_name { 0 } else { i },
                        file: file_no,
                    },
                );
            }
        }
    }
}

impl FuncSpans {
    /// Records the function or method declaration `node` (nothing when it has no name, as
    /// [`func_decl`] would index nothing).
    fn add(&mut self, file: &SourceFile, node: Node<'_>, spawner: bool) {
        let Some(name) = node.child_by_field_id(crate::fields::name()) else {
            return;
        };
        let name = file.text(name);
        let receiver = node
            .child_by_field_id(crate::fields::receiver())
            .and_then(|r| receiver(file, r));
        let body = node
            .child_by_field_id(crate::fields::body())
            .map_or((0, 0), |b| {
                (b.start_byte() as u32 + 1, b.end_byte() as u32 - 1)
            });
        let end = memchr::memchr(b'\n', &file.src[node.end_byte()..])
            .map_or(file.src.len(), |i| node.end_byte() + i + 1);
        let span = FuncSpan {
            key: func_key(receiver.as_ref().map(|r| r.type_name.as_str()), name),
            start: node.start_byte() as u32,
            end: end as u32,
            body,
            spawner,
        };
        match receiver {
            Some(_) => self.methods.push(span),
            None => self.funcs.push(span),
        }
    }
}

/// Whether a comment is a `//goroutinectx:spawner` directive (SPEC §6.3): a `//` comment
/// whose text, trimmed, starts with `goroutinectx:spawner`.
pub fn is_spawner_directive(comment: &str) -> bool {
    comment
        .strip_prefix("//")
        .is_some_and(|body| body.trim().starts_with("goroutinectx:spawner"))
}

/// Summarises an initializer expression (see [`ValueHint`]).
pub fn value_hint(file: &SourceFile, mut node: Node<'_>) -> Option<ValueHint> {
    while node.kind_name() == kind::PARENTHESIZED_EXPRESSION {
        node = node.named_child(0)?;
    }
    match node.kind_name() {
        kind::CALL_EXPRESSION => {
            let callee = node.child_by_field_id(crate::fields::function())?;
            match callee.kind_name() {
                kind::IDENTIFIER if file.text(callee) == "new" => {
                    let arg = node
                        .child_by_field_id(crate::fields::arguments())?
                        .named_child(0)?;
                    Some(ValueHint::New(type_expr(file, arg)))
                }
                kind::IDENTIFIER => Some(ValueHint::Call {
                    qualifier: None,
                    name: file.text(callee).to_string(),
                }),
                kind::SELECTOR_EXPRESSION => {
                    let operand = callee.child_by_field_id(crate::fields::operand())?;
                    let field = callee.child_by_field_id(crate::fields::field())?;
                    (operand.kind_name() == kind::IDENTIFIER).then(|| ValueHint::Call {
                        qualifier: Some(file.text(operand).to_string()),
                        name: file.text(field).to_string(),
                    })
                }
                _ => None,
            }
        }
        kind::COMPOSITE_LITERAL => Some(ValueHint::Composite(type_expr(
            file,
            node.child_by_field_id(crate::fields::r#type())?,
        ))),
        kind::UNARY_EXPRESSION => {
            let op = node.child_by_field_id(crate::fields::operator())?;
            let operand = node.child_by_field_id(crate::fields::operand())?;
            (file.text(op) == "&" && operand.kind_name() == kind::COMPOSITE_LITERAL)
                .then(|| operand.child_by_field_id(crate::fields::r#type()))
                .flatten()
                .map(|t| ValueHint::AddrComposite(type_expr(file, t)))
        }
        kind::IDENTIFIER => Some(ValueHint::Name {
            qualifier: None,
            name: file.text(node).to_string(),
        }),
        kind::SELECTOR_EXPRESSION => {
            let operand = node.child_by_field_id(crate::fields::operand())?;
            let field = node.child_by_field_id(crate::fields::field())?;
            (operand.kind_name() == kind::IDENTIFIER).then(|| ValueHint::Name {
                qualifier: Some(file.text(operand).to_string()),
                name: file.text(field).to_string(),
            })
        }
        kind::FUNC_LITERAL => Some(ValueHint::FuncLit(signature(file, node, 0))),
        _ => None,
    }
}

fn func_decl(
    file: &SourceFile,
    node: Node<'_>,
    file_no: FileNo,
    spawner: bool,
) -> Option<FuncDecl> {
    let name_node = node.child_by_field_id(crate::fields::name())?;
    let receiver = node
        .child_by_field_id(crate::fields::receiver())
        .and_then(|r| receiver(file, r));
    Some(FuncDecl {
        name: file.text(name_node).to_string(),
        receiver,
        type_params: type_params(
            file,
            node.child_by_field_id(crate::fields::type_parameters()),
        ),
        sig: signature(file, node, 0),
        has_body: node.child_by_field_id(crate::fields::body()).is_some(),
        spawner,
        file: file_no,
        name_offset: name_node.start_byte(),
    })
}

fn receiver(file: &SourceFile, list: Node<'_>) -> Option<Receiver> {
    let mut c = list.walk();
    let param = list
        .named_children(&mut c)
        .find(|n| n.kind_name() == kind::PARAMETER_DECLARATION)?;
    let mut ty = param.child_by_field_id(crate::fields::r#type())?;
    let mut pointer = false;
    let mut type_params = Vec::new();
    loop {
        match ty.kind_name() {
            kind::POINTER_TYPE | kind::PARENTHESIZED_TYPE => {
                pointer |= ty.kind_name() == kind::POINTER_TYPE;
                ty = ty.named_child(0)?;
            }
            kind::GENERIC_TYPE => {
                if let Some(args) = ty.child_by_field_id(crate::fields::type_arguments()) {
                    let mut c = args.walk();
                    type_params = args
                        .named_children(&mut c)
                        .map(|a| file.text(a).trim().to_string())
                        .collect();
                }
                ty = ty.child_by_field_id(crate::fields::r#type())?;
            }
            kind::TYPE_IDENTIFIER => {
                return Some(Receiver {
                    type_name: file.text(ty).to_string(),
                    pointer,
                    type_params,
                })
            }
            _ => return None,
        }
    }
}

fn type_params(file: &SourceFile, list: Option<Node<'_>>) -> Vec<String> {
    let Some(list) = list else { return Vec::new() };
    let mut out = Vec::new();
    let mut c = list.walk();
    for decl in list.named_children(&mut c) {
        let mut dc = decl.walk();
        for n in decl.children_by_field_id(crate::fields::nonzero(crate::fields::name()), &mut dc) {
            out.push(file.text(n).to_string());
        }
    }
    out
}

/// The signature of a function declaration, literal, method spec or function type.
pub fn signature(file: &SourceFile, node: Node<'_>, depth: usize) -> Signature {
    let mut sig = Signature::default();
    if let Some(params) = node.child_by_field_id(crate::fields::parameters()) {
        let (p, variadic) = param_list(file, params, depth);
        sig.params = p;
        sig.variadic = variadic;
    }
    if let Some(result) = node.child_by_field_id(crate::fields::result()) {
        if result.kind_name() == kind::PARAMETER_LIST {
            sig.results = param_list(file, result, depth).0;
        } else {
            sig.results = vec![Param {
                name: None,
                ty: type_expr_at(file, result, depth + 1),
            }];
        }
    }
    sig
}

fn param_list(file: &SourceFile, list: Node<'_>, depth: usize) -> (Vec<Param>, bool) {
    let mut out = Vec::new();
    let mut variadic = false;
    let mut c = list.walk();
    for decl in list.named_children(&mut c) {
        let is_variadic = decl.kind_name() == kind::VARIADIC_PARAMETER_DECLARATION;
        if !matches!(
            decl.kind_name(),
            kind::PARAMETER_DECLARATION | kind::VARIADIC_PARAMETER_DECLARATION
        ) {
            continue;
        }
        variadic |= is_variadic;
        let mut ty = decl
            .child_by_field_id(crate::fields::r#type())
            .map_or(TypeExpr::Unknown, |t| type_expr_at(file, t, depth + 1));
        if is_variadic {
            ty = TypeExpr::Slice(Box::new(ty));
        }
        let mut dc = decl.walk();
        let names: Vec<String> = decl
            .children_by_field_id(crate::fields::nonzero(crate::fields::name()), &mut dc)
            .map(|n| file.text(n).to_string())
            .collect();
        if names.is_empty() {
            out.push(Param { name: None, ty });
        } else {
            for n in names {
                out.push(Param {
                    name: Some(n),
                    ty: ty.clone(),
                });
            }
        }
    }
    (out, variadic)
}

/// Converts a type node to a [`TypeExpr`].
pub fn type_expr(file: &SourceFile, node: Node<'_>) -> TypeExpr {
    type_expr_at(file, node, 0)
}

fn type_expr_at(file: &SourceFile, node: Node<'_>, depth: usize) -> TypeExpr {
    if depth > MAX_TYPE_DEPTH {
        return TypeExpr::Unknown;
    }
    let sub = |n: Option<Node<'_>>| -> Box<TypeExpr> {
        Box::new(n.map_or(TypeExpr::Unknown, |n| type_expr_at(file, n, depth + 1)))
    };
    match node.kind_name() {
        kind::TYPE_IDENTIFIER | kind::IDENTIFIER => TypeExpr::Named {
            qualifier: None,
            name: file.text(node).to_string(),
            args: Vec::new(),
        },
        kind::QUALIFIED_TYPE => TypeExpr::Named {
            qualifier: node
                .child_by_field_id(crate::fields::package())
                .map(|p| file.text(p).to_string()),
            name: node
                .child_by_field_id(crate::fields::name())
                .map(|n| file.text(n).to_string())
                .unwrap_or_default(),
            args: Vec::new(),
        },
        kind::GENERIC_TYPE => {
            let mut base = node
                .child_by_field_id(crate::fields::r#type())
                .map_or(TypeExpr::Unknown, |t| type_expr_at(file, t, depth + 1));
            if let (TypeExpr::Named { args, .. }, Some(ta)) = (
                &mut base,
                node.child_by_field_id(crate::fields::type_arguments()),
            ) {
                let mut c = ta.walk();
                *args = ta
                    .named_children(&mut c)
                    .map(|e| {
                        let inner = if e.kind_name() == kind::TYPE_ELEM {
                            e.named_child(0)
                        } else {
                            Some(e)
                        };
                        inner.map_or(TypeExpr::Unknown, |i| type_expr_at(file, i, depth + 1))
                    })
                    .collect();
            }
            base
        }
        kind::POINTER_TYPE => TypeExpr::Pointer(sub(node.named_child(0))),
        kind::PARENTHESIZED_TYPE | kind::TYPE_ELEM | kind::TYPE_CONSTRAINT => node
            .named_child(0)
            .map_or(TypeExpr::Unknown, |n| type_expr_at(file, n, depth + 1)),
        kind::SLICE_TYPE => TypeExpr::Slice(sub(node.child_by_field_id(crate::fields::element()))),
        kind::ARRAY_TYPE | kind::IMPLICIT_LENGTH_ARRAY_TYPE => {
            TypeExpr::Array(sub(node.child_by_field_id(crate::fields::element())))
        }
        kind::MAP_TYPE => TypeExpr::Map(
            sub(node.child_by_field_id(crate::fields::key())),
            sub(node.child_by_field_id(crate::fields::value())),
        ),
        kind::CHANNEL_TYPE => TypeExpr::Chan(sub(node.child_by_field_id(crate::fields::value()))),
        kind::FUNCTION_TYPE => TypeExpr::Func(Box::new(signature(file, node, depth + 1))),
        kind::STRUCT_TYPE => {
            let mut fields = Vec::new();
            let mut c = node.walk();
            for list in node.named_children(&mut c) {
                let mut lc = list.walk();
                for fd in list
                    .named_children(&mut lc)
                    .filter(|n| n.kind_name() == kind::FIELD_DECLARATION)
                {
                    let mut ty = fd
                        .child_by_field_id(crate::fields::r#type())
                        .map_or(TypeExpr::Unknown, |t| type_expr_at(file, t, depth + 1));
                    let mut fc = fd.walk();
                    let names: Vec<String> = fd
                        .children_by_field_id(
                            crate::fields::nonzero(crate::fields::name()),
                            &mut fc,
                        )
                        .map(|n| file.text(n).to_string())
                        .collect();
                    if names.is_empty() {
                        // Embedded field, possibly `*T`.
                        let mut cc = fd.walk();
                        if fd.children(&mut cc).any(|c| c.kind_name() == kind::STAR) {
                            ty = TypeExpr::Pointer(Box::new(ty));
                        }
                        fields.push(Field { name: None, ty });
                    } else {
                        for n in names {
                            fields.push(Field {
                                name: Some(n),
                                ty: ty.clone(),
                            });
                        }
                    }
                }
            }
            // Indexes are kept while their package is analysed: no spare capacity.
            fields.shrink_to_fit();
            TypeExpr::Struct(fields)
        }
        kind::INTERFACE_TYPE => {
            let mut methods = Vec::new();
            let mut embedded = Vec::new();
            let mut c = node.walk();
            for elem in node.named_children(&mut c) {
                match elem.kind_name() {
                    kind::METHOD_ELEM => {
                        if let Some(n) = elem.child_by_field_id(crate::fields::name()) {
                            methods.push(InterfaceMethod {
                                name: file.text(n).to_string(),
                                sig: signature(file, elem, depth + 1),
                            });
                        }
                    }
                    kind::TYPE_ELEM => embedded.push(type_expr_at(file, elem, depth + 1)),
                    _ => {}
                }
            }
            TypeExpr::Interface { methods, embedded }
        }
        _ => TypeExpr::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::idx::Idx;
    use std::path::PathBuf;

    fn index(src: &str) -> PackageIndex {
        let f = Arc::new(SourceFile::new(
            PathBuf::from("a.go"),
            src.as_bytes().to_vec(),
        ));
        PackageIndex::build("p", [&f])
    }

    #[test]
    fn indexes_declarations() {
        let ix = index(
            r#"package p
import ctx "context"
type Group struct { inner; *Embedded; n, m int }
type C = ctx.Context
type Pool[T any] struct{}
func WithContext(c ctx.Context) (*Group, ctx.Context) { return nil, c }
func (g *Group) Go(f func() error) {}
func (p Pool[T]) Run(fs ...func()) {}
//goroutinectx:spawner
func Spawn(f func()) {}
// doc
//goroutinectx:spawner

func NotMarked(f func()) {}
var V, W = 1, 2
var X ctx.Context
"#,
        );
        let g = &ix.types["Group"];
        let TypeExpr::Struct(fields) = &g.ty else {
            panic!("{:?}", g.ty)
        };
        assert_eq!(fields.len(), 4);
        assert!(matches!(&fields[1].ty, TypeExpr::Pointer(_)));
        assert!(ix.types["C"].alias);
        assert_eq!(ix.types["Pool"].type_params, vec!["T"]);
        let wc = &ix.funcs["WithContext"];
        assert_eq!(wc.sig.results.len(), 2);
        assert!(matches!(
            &wc.sig.results[1].ty,
            TypeExpr::Named { qualifier: Some(q), name, .. } if q == "ctx" && name == "Context"
        ));
        assert!(ix.method("Group", "Go").unwrap().receiver.unwrap().pointer);
        let run = ix.method("Pool", "Run").unwrap();
        assert!(run.sig.variadic);
        assert!(ix.funcs["Spawn"].spawner);
        assert!(!ix.funcs["NotMarked"].spawner);
        assert!(ix.vars["V"].value.is_some());
        assert!(ix.vars["X"].ty.is_some());
        assert_eq!(
            ix.files[FileNo::new(0)].imports[0].name.as_deref(),
            Some("ctx")
        );
    }

    #[test]
    fn parts_read_functions_on_demand_as_the_eager_index_has_them() {
        let src = r#"package p
import "context"
type T[K any] struct{}
func A(c context.Context) (int, error) { return 0, nil }
func A(x int) {}
func (t *T[K]) M(f func()) {}
func (t T[K]) M(x int) {}
func (t *T[K]) N() { go func() {}() }; var v = 1
//goroutinectx:spawner
func S(f func()) {}
func (t ((*T[K]))) P() {}
func (t [2]int) Odd() {}
func NoBody()
func E() {}
"#;
        let f = Arc::new(SourceFile::new(
            PathBuf::from("a.go"),
            src.as_bytes().to_vec(),
        ));
        let eager = PackageIndex::build("p", [&f]);
        // Two parts: the file cut after `M`'s first declaration.
        let cut = src.find("func (t T[K])").unwrap();
        let parts = [(0, cut), (cut, src.len())].map(|r| f.parse_ranges(&[r], &[]));
        let lazy = PackageIndex::build_with_parts("p", &f, parts);
        assert!(lazy.funcs.is_empty() && lazy.methods.is_empty());
        for name in ["A", "S", "NoBody", "E", "Odd", "M", "missing"] {
            assert_eq!(lazy.func(name), eager.func(name), "{name}");
        }
        for (t, m) in [("T", "M"), ("T", "N"), ("T", "P"), ("T", "A"), ("U", "M")] {
            assert_eq!(lazy.method(t, m), eager.method(t, m), "{t}.{m}");
        }
        assert!(lazy.func("S").unwrap().spawner);
        assert_eq!(lazy.func("A").unwrap().sig.results.len(), 2);
        assert_eq!(lazy.vars.len(), 1);
    }

    #[test]
    fn deep_types_are_bounded() {
        let src = format!("package p\ntype T {}int\n", "*".repeat(100_000));
        let ix = index(&src);
        assert!(ix.types.contains_key("T"));
    }
}
