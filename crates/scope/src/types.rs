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
    /// `None` for predeclared types (`error`, `int`, ...) and function-local types.
    pub pkg: Option<PkgId>,
    pub name: String,
    /// Type arguments of an instantiated generic type (`List[context.Context]`), as written;
    /// empty for non-generic types and when they are not known.
    pub args: Vec<Type>,
    /// For a function-local defined type: the byte offset of its `type_spec` in the file
    /// being analysed (which tells apart two local types of one name, and finds the fields).
    pub local: Option<usize>,
}

/// A function signature with its types resolved in the declaring package's context.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FuncType {
    pub params: Vec<Type>,
    pub results: Vec<Type>,
    pub variadic: bool,
}

impl FuncType {
    /// [`Type::subst`] over every parameter and result.
    pub fn subst(&self, params: &[String], args: &[Type]) -> FuncType {
        FuncType {
            params: self.params.iter().map(|t| t.subst(params, args)).collect(),
            results: self.results.iter().map(|t| t.subst(params, args)).collect(),
            variadic: self.variadic,
        }
    }
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
    /// A struct or interface type literal written in place (not named), whose members are
    /// not modelled.
    Literal(LiteralKind),
    /// A struct type literal written in place (`struct{ g *errgroup.Group }`): its fields,
    /// `None` names being embedded fields.
    Struct(Arc<Vec<(Option<String>, Type)>>),
    /// An untyped constant or the nil value.
    Untyped,
    /// A type parameter of the generic function or method being analysed (`T` in
    /// `func f[T any](v T)`): never a context. Types read from other declarations never
    /// carry one: their parameters are substituted ([`Type::subst`]) or become unknown.
    Param(String),
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
            args: Vec::new(),
            local: None,
        }))
    }

    /// Replaces type parameter `params[i]` by `args[i]`; every other type parameter (and one
    /// without an argument) becomes unknown.
    pub fn subst(&self, params: &[String], args: &[Type]) -> Type {
        let sub = |t: &Type| t.subst(params, args);
        match self {
            Type::Param(name) => params
                .iter()
                .position(|p| p == name)
                .and_then(|i| args.get(i))
                .cloned()
                .unwrap_or(Type::Unknown),
            Type::Named(n) if !n.args.is_empty() => Type::Named(Arc::new(NamedType {
                pkg: n.pkg.clone(),
                name: n.name.clone(),
                args: n.args.iter().map(sub).collect(),
                local: n.local,
            })),
            Type::Pointer(t) => Type::Pointer(Box::new(sub(t))),
            Type::Slice(t) => Type::Slice(Box::new(sub(t))),
            Type::Array(t) => Type::Array(Box::new(sub(t))),
            Type::Chan(t) => Type::Chan(Box::new(sub(t))),
            Type::Map(k, v) => Type::Map(Box::new(sub(k)), Box::new(sub(v))),
            Type::Func(f) => Type::Func(Arc::new(f.subst(params, args))),
            Type::Struct(fields) => Type::Struct(Arc::new(
                fields.iter().map(|(n, t)| (n.clone(), sub(t))).collect(),
            )),
            Type::Tuple(v) => Type::Tuple(v.iter().map(sub).collect()),
            other => other.clone(),
        }
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
