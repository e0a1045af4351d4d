//! The one table type: what the web crate renders as `<table>` and the exports write.

/// A table: a row-header column, then the figures. Every table the planner shows (results,
/// comparison, chart data, decision figures) is one of these.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// The element id, so charts and summaries can link to it (one per plan where a view
    /// has a table for each).
    pub id: String,
    pub caption: String,
    pub columns: Vec<Column>,
    /// One `<tbody>` each.
    pub groups: Vec<Vec<Row>>,
    pub total: Option<Row>,
}

impl Table {
    /// Every body row, in order.
    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.groups.iter().flatten()
    }

    /// The same table under another id: one model shown on the page, a slide and the sheet.
    pub fn with_id(&self, id: &str) -> Table {
        Table { id: id.into(), ..self.clone() }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub label: String,
    /// Right-aligned tabular figures.
    pub numeric: bool,
}

/// A row-header column, then one column of figures per label.
pub fn columns<S: AsRef<str>>(first: &str, numeric: impl IntoIterator<Item = S>) -> Vec<Column> {
    std::iter::once(Column { label: first.into(), numeric: false })
        .chain(numeric.into_iter().map(|l| Column { label: l.as_ref().into(), numeric: true }))
        .collect()
}

/// What a row is: shown as a detail line, a subtotal or a total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Detail,
    /// The figure the table is read for (unfunded pressure): stands out, sums nothing.
    Key,
    Subtotal,
    Total,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub kind: RowKind,
    /// The row header (`2023/24`, `Apr 2023`, `2023/24 Q1 total`).
    pub header: String,
    pub cells: Vec<String>,
}
