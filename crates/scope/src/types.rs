//! Partial types: just enough of Go's type system to answer the checkers' questions (is this a
//! context? what is this receiver? is this argument a function?). Anything not understood is
//! [`Type::Unknown`], which every consumer treats as "do not report".

use std::sync::Arc;

use goroutinectx_scanner::Location;

/// A package as a type's home: its import path (what API specs compare) and where it was
/// loaded from (what lookups use).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PkgId {
    pub path: String,
    pub location: Location,
}

/// A named (defined or alias) type declared at package level.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NamedType {
    /// `None` for predeclared types (`error`, `int`, ...).
    pub pkg: Option<PkgId>,
    pub name: String,
}

/// A function signature with its types resolved in the declaring package's context.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FuncType {
    pub params: Vec<Type>,
    pub results: Vec<Type>,
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Named(Arc<NamedType>),
    Pointer(Box<Type>),
    Slice(Box<Type>),
    Array(Box<Type>),
    Map(Box<Type>, Box<Type>),
    Chan(Box<Type>),
    Func(Arc<FuncType>),
    /// Several values (a call with several results).
    Tuple(Vec<Type>),
    /// A struct or interface type literal written in place (not named).
    Literal(LiteralKind),
    /// An untyped constant or the nil value.
    Untyped,
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LiteralKind {
    Struct,
    Interface,
}

impl Type {
    pub fn named(pkg: Option<PkgId>, name: &str) -> Type {
        Type::Named(Arc::new(NamedType {
            pkg,
            name: name.to_string(),
        }))
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, Type::Unknown)
    }

    /// The type with every pointer layer removed.
    pub fn strip_pointers(&self) -> &Type {
        let mut t = self;
        while let Type::Pointer(inner) = t {
            t = inner;
        }
        t
    }

    /// The `i`-th value of a tuple (or the type itself for `i == 0` when it is not a tuple).
    pub fn tuple_element(&self, i: usize) -> Type {
        match self {
            Type::Tuple(v) => v.get(i).cloned().unwrap_or(Type::Unknown),
            t if i == 0 => t.clone(),
            _ => Type::Unknown,
        }
    }
}
