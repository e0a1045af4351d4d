//! Posts pasted from a spreadsheet: tab-separated rows, with or without a header row,
//! read into posts with each row's result or the exact error of each cell, before
//! anything is added. Pure: the editor shows the preview and adds the posts in one step.
//!
//! Columns: title, team, group, annual cost (or salary), FTE, start, end. With a header
//! row they may come in any order and others are left out (and said so); without one
//! they are in that order, and a row of six cells has no group. Amounts may carry `£` and
//! commas; months may be `Apr 2023`, `April 2023`, `Apr-23`, `04/2023`, `2023-04` or a
//! day `01/04/2023` (day first, as UK Excel copies a date).

use planner_engine::money::{Fte, Money};
use planner_engine::month::Month;
use planner_engine::post::{Post, StopResponse, Team};
use planner_engine::scenario::{Scenario, MAX_POSTS, MAX_TEXT};
use planner_engine::text::{has_visible, is_bidi_control};
use planner_engine::PayGroup;

use crate::pasted::{all_read, lines, summary_of, Words};

/// A column the planner reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Title,
    Team,
    Group,
    AnnualCost,
    Fte,
    Start,
    End,
}

impl Column {
    /// The name errors and the preview's header use.
    pub fn name(self) -> &'static str {
        match self {
            Column::Title => "Title",
            Column::Team => "Team",
            Column::Group => "Group",
            Column::AnnualCost => "Annual cost",
            Column::Fte => "FTE",
            Column::Start => "Start",
            Column::End => "End",
        }
    }

    fn from_header(text: &str) -> Option<Column> {
        let t = text.trim().to_lowercase().replace(['(', ')', '£', ':'], "");
        Some(match t.trim() {
            "title" | "post" | "post title" | "role" | "job title" => Column::Title,
            "team" => Column::Team,
            "group" | "pay group" | "staff group" => Column::Group,
            "annual cost" | "cost" | "salary" | "annual salary" | "salary and on-costs" | "salary and on costs" => {
                Column::AnnualCost
            }
            "fte" | "full-time equivalent" => Column::Fte,
            "start" | "start month" | "from" | "starts" => Column::Start,
            "end" | "end month" | "to" | "ends" => Column::End,
            _ => return None,
        })
    }
}

const ORDER: [Column; 7] =
    [Column::Title, Column::Team, Column::Group, Column::AnnualCost, Column::Fte, Column::Start, Column::End];
const WITHOUT_GROUP: [Column; 6] =
    [Column::Title, Column::Team, Column::AnnualCost, Column::Fte, Column::Start, Column::End];
/// More than any establishment: a paste beyond it is refused whole, not read slowly.
const MOST_TEXT: usize = 1_000_000;

/// Why one cell cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellError {
    pub column: Column,
    /// `Annual cost: “abc” is not an amount …`.
    pub message: String,
}

/// One pasted row and what it becomes.
#[derive(Debug, Clone, PartialEq)]
pub struct PastedRow {
    /// The line in the pasted text, from 1.
    pub line: usize,
    /// The row's text per column the planner reads, in [`Pasted::columns`] order.
    pub cells: Vec<String>,
    pub result: Result<Post, Vec<CellError>>,
}

/// The preview of a paste.
#[derive(Debug, Clone, PartialEq)]
pub struct Pasted {
    pub columns: Vec<Column>,
    pub rows: Vec<PastedRow>,
    /// What was read differently from what a planner might expect (a header left out, a
    /// salary read as the annual cost).
    pub notes: Vec<String>,
    /// A problem with the whole paste (no rows, a header without a needed column).
    pub problem: Option<String>,
}

const WORDS: Words = Words { one: "post", many: "posts", verb: "add", done: "added", under_header: "the posts" };

impl Pasted {
    /// Every row reads and there is at least one.
    pub fn is_ready(&self) -> bool {
        all_read(&self.problem, self.rows.iter().map(|r| &r.result))
    }

    /// The posts to add, when [`Pasted::is_ready`].
    pub fn posts(&self) -> Vec<Post> {
        if !self.is_ready() {
            return Vec::new();
        }
        self.rows.iter().filter_map(|r| r.result.as_ref().ok().cloned()).collect()
    }

    /// `5 posts ready to add.` or `2 of 5 rows have errors: fix them or delete those lines.`
    pub fn summary(&self) -> String {
        let bad = self.rows.iter().filter(|r| r.result.is_err()).count();
        summary_of(self.problem.as_deref(), self.rows.len(), bad, WORDS)
    }
}

/// Reads pasted rows into posts for `scenario` (new ids never clash with its posts).
pub fn paste_posts(text: &str, scenario: &Scenario) -> Pasted {
    let mut pasted = Pasted { columns: ORDER.to_vec(), rows: Vec::new(), notes: Vec::new(), problem: None };
    if text.len() > MOST_TEXT {
        pasted.problem = Some("That is more text than any list of posts: paste at most 1 MB.".into());
        return pasted;
    }
    let lines = lines(text);
    let Some((_, first)) = lines.first() else {
        pasted.problem = Some("Nothing to add: paste rows copied from a spreadsheet.".into());
        return pasted;
    };
    let headed: Vec<Option<Column>> = first.iter().map(|c| Column::from_header(c)).collect();
    let has_header = headed.iter().flatten().count() >= 2;
    // Where each column the planner reads is among the pasted cells.
    let mut at: Vec<(Column, Option<usize>)> = Vec::new();
    if has_header {
        for (i, (cell, column)) in first.iter().zip(&headed).enumerate() {
            match column {
                Some(c) if at.iter().any(|(seen, _)| seen == c) => {
                    pasted.notes.push(format!("Column {} “{}” repeats {}: left out.", i + 1, cell.trim(), c.name()))
                }
                Some(c) => at.push((*c, Some(i))),
                None if cell.trim().is_empty() => {}
                None => pasted.notes.push(format!(
                    "Column {} “{}” is not one the planner reads: left out.",
                    i + 1,
                    cell.trim()
                )),
            }
        }
        if first.iter().any(|c| c.trim().to_lowercase().contains("salary")) {
            pasted.notes.push("Salary is read as the annual cost of the post, salary and on-costs together.".into());
        }
        let missing: Vec<&str> = [Column::Title, Column::Team, Column::AnnualCost, Column::Start]
            .into_iter()
            .filter(|c| !at.iter().any(|(seen, _)| seen == c))
            .map(Column::name)
            .collect();
        if !missing.is_empty() {
            pasted.problem = Some(format!("The header row has no {} column.", missing.join(", ")));
            return pasted;
        }
        pasted.columns = ORDER.into_iter().filter(|c| at.iter().any(|(seen, _)| seen == c)).collect();
    }
    let mut ids: Vec<String> = scenario.posts.iter().map(|p| p.id.clone()).collect();
    for (line, cells) in lines.iter().skip(usize::from(has_header)) {
        let positions: Vec<(Column, Option<usize>)> = if has_header {
            pasted.columns.iter().map(|c| (*c, at.iter().find(|(seen, _)| seen == c).and_then(|(_, i)| *i))).collect()
        } else {
            let order: &[Column] = if cells.len() >= ORDER.len() { &ORDER } else { &WITHOUT_GROUP };
            ORDER.iter().map(|c| (*c, order.iter().position(|o| o == c))).collect()
        };
        let cell = |column: Column| {
            let i = positions.iter().find(|(c, _)| *c == column).and_then(|(_, i)| *i);
            i.and_then(|i| cells.get(i)).map(|c| c.trim().to_string()).unwrap_or_default()
        };
        let shown = pasted.columns.iter().map(|c| cell(*c)).collect();
        let id = next_id(&ids);
        let result = read_post(&cell, id.clone());
        if result.is_ok() {
            ids.push(id);
        }
        pasted.rows.push(PastedRow { line: *line, cells: shown, result });
    }
    if scenario.posts.len() + pasted.rows.len() > MAX_POSTS {
        pasted.problem = Some(format!("A scenario holds at most {MAX_POSTS} posts: paste fewer rows."));
    } else if pasted.rows.is_empty() {
        pasted.problem = Some("Only a header row: paste the rows of posts under it.".into());
    }
    pasted
}

/// `post-6`: the first free number, as the editor's "Add a post" names posts.
fn next_id(ids: &[String]) -> String {
    let mut n = ids.len() + 1;
    while ids.iter().any(|id| *id == format!("post-{n}")) {
        n += 1;
    }
    format!("post-{n}")
}

fn read_post(cell: &dyn Fn(Column) -> String, id: String) -> Result<Post, Vec<CellError>> {
    let mut errors = Vec::new();
    let title = cell(Column::Title);
    noted(&mut errors, Column::Title, &title_ok(&title));
    let team = team(&cell(Column::Team));
    noted(&mut errors, Column::Team, &team);
    let group = group(&cell(Column::Group));
    noted(&mut errors, Column::Group, &group);
    let cost = money(&cell(Column::AnnualCost));
    noted(&mut errors, Column::AnnualCost, &cost);
    let fte = match cell(Column::Fte) {
        t if t.is_empty() => Ok(Fte::FULL),
        t => Fte::parse(&t).map_err(|e| e.to_string()),
    };
    noted(&mut errors, Column::Fte, &fte);
    let start = match cell(Column::Start) {
        t if t.is_empty() => Err("missing: the first month in post, such as Apr 2023".to_string()),
        t => month(&t),
    };
    noted(&mut errors, Column::Start, &start);
    let end = match cell(Column::End) {
        t if t.is_empty() => Ok(None),
        t => month(&t).map(Some),
    };
    noted(&mut errors, Column::End, &end);
    if let (Ok(start), Ok(Some(end))) = (&start, &end) {
        if end < start {
            let late: Result<(), String> = Err(format!("{} is before the start, {}", end.label(), start.label()));
            noted(&mut errors, Column::End, &late);
        }
    }
    match (team, group, cost, fte, start, end) {
        (Ok(team), Ok(group), Ok(annual_cost), Ok(fte), Ok(start), Ok(end)) if errors.is_empty() => Ok(Post {
            id,
            title,
            team,
            group,
            pay: None,
            annual_cost,
            fte,
            start,
            end,
            vacancies: Vec::new(),
            backfill: None,
            on_funding_stop: StopResponse::default(),
        }),
        _ => Err(errors),
    }
}

/// Adds the cell's error, named by its column, when it has one.
fn noted<T>(errors: &mut Vec<CellError>, column: Column, result: &Result<T, String>) {
    if let Err(why) = result {
        errors.push(CellError { column, message: format!("{}: {why}", column.name()) });
    }
}

fn title_ok(title: &str) -> Result<(), String> {
    if !has_visible(title) {
        return Err("missing: the post's title, such as Detective Constable".into());
    }
    if title.chars().count() > MAX_TEXT {
        return Err(format!("at most {MAX_TEXT} characters"));
    }
    if title.chars().any(is_bidi_control) {
        return Err("must not contain bidirectional control characters".into());
    }
    Ok(())
}

fn team(text: &str) -> Result<Team, String> {
    Team::ALL.into_iter().find(|t| t.name().eq_ignore_ascii_case(text.trim())).ok_or_else(|| match text {
        "" => "missing: MARSOC or Corruption".into(),
        t => format!("“{t}” is not a team: MARSOC or Corruption"),
    })
}

/// Read and checked; the engine's posts carry no pay group yet.
fn group(text: &str) -> Result<Option<PayGroup>, String> {
    match text.trim().to_lowercase().as_str() {
        "" => Ok(None),
        "officer" | "officers" | "police officer" | "police officers" => Ok(Some(PayGroup::Officer)),
        "staff" | "police staff" => Ok(Some(PayGroup::Staff)),
        _ => Err(format!("“{}” is not a group: officer or staff", text.trim())),
    }
}

fn money(text: &str) -> Result<Money, String> {
    if text.is_empty() {
        return Err("missing: the annual cost, such as £76,020".into());
    }
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    Money::parse_input(&compact).map_err(|_| format!("“{text}” is not an amount: write it like £76,020 or 76020.00"))
}

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// `Apr 2023`, `April 2023`, `Apr-23`, `04/2023`, `4/2023`, `2023-04`, `01/04/2023`.
pub fn month(text: &str) -> Result<Month, String> {
    let t = text.trim();
    let wrong = || format!("“{t}” is not a month: write it like Apr 2023, 04/2023 or 2023-04");
    let year = |y: &str| match (y.len(), y.parse::<i32>()) {
        (4, Ok(y)) => Ok(y),
        (2, Ok(y)) => Ok(2000 + y),
        _ => Err(wrong()),
    };
    if let Ok(m) = Month::parse(t) {
        return Ok(m);
    }
    let parts: Vec<&str> = t.split(['/', ' ', '-', '.']).filter(|p| !p.is_empty()).collect();
    let (month, y) = match parts.as_slice() {
        [m, y] if m.chars().all(|c| c.is_ascii_digit()) => (m.parse::<u32>().map_err(|_| wrong())?, year(y)?),
        [m, y] => {
            let lower = m.to_lowercase();
            // `get`, not `[..3]`: a cell such as `Août 2023` has a multi-byte letter there.
            let found = MONTHS.iter().position(|name| lower.get(..3).is_some_and(|three| name.starts_with(three)));
            let full = [
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ];
            let named = found.filter(|i| full[*i].starts_with(&lower)).ok_or_else(wrong)?;
            (named as u32 + 1, year(y)?)
        }
        [d, m, y] if [d, m, y].iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) => {
            let day: u32 = d.parse().map_err(|_| wrong())?;
            if !(1..=31).contains(&day) {
                return Err(wrong());
            }
            (m.parse::<u32>().map_err(|_| wrong())?, year(y)?)
        }
        _ => return Err(wrong()),
    };
    Month::new(y, month).map_err(|_| wrong())
}

#[cfg(test)]
#[path = "paste_tests.rs"]
mod tests;
