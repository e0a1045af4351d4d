//! Effects at the edge of the app: saved work in localStorage, other tabs, the address bar,
//! keyboard shortcuts.
//! Each hook owns one key or one part of the address.

pub mod address;
pub mod figures;
pub mod keys;
pub mod slices;
pub mod storage;
