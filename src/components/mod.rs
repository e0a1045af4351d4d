//! The page's components, one per file; each gets plain data and typed callbacks.
