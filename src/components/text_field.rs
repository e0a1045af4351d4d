//! A labelled text input that shows the engine error beside it (helper-owned).
