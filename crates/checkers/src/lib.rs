//! The checkers (SPEC §3): one module per rule, each with its ignore name and flag.
