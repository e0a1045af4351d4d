//! Allocations pasted from a spreadsheet: rows of a financial year and its cap
//! (`2023/24`, `£382,590`), with or without a header row, previewed row by row before any
//! is set. A pasted year replaces the scenario's allocation for that year, or adds one.
//! Years may be written `2023/24`, `2023-24`, `2023/2024`, `FY 2023/24` or
//! `2023 to 2024`; amounts as in [`crate::paste`] (`£`, commas).

use planner_engine::month::{FinancialYear, FIRST_YEAR, LAST_YEAR};
use planner_engine::{Allocation, Money, Scenario};

use crate::format::pounds_pence;
use crate::pasted::{lines, Pasted, Row, Said, Words, MAX_TEXT};

/// A pasted year's allocation, and the one it replaces when the scenario has one for the year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PastedAllocation {
    pub allocation: Allocation,
    pub replaces: Option<Money>,
}

impl Said for PastedAllocation {
    /// `£382,590.00 for 2023/24, in place of £500,000.00`.
    fn said(&self) -> String {
        let Allocation { fy, amount } = self.allocation;
        let set = format!("{} for {}", pounds_pence(amount), fy.label());
        match self.replaces {
            Some(old) if old == amount => format!("{set}, as now"),
            Some(old) => format!("{set}, in place of {}", pounds_pence(old)),
            None => format!("{set}, a new year"),
        }
    }
}

/// Pasted allocations, row by row.
pub type PastedAllocations = Pasted<PastedAllocation>;

/// The preview's column names.
pub const COLUMNS: [&str; 2] = ["Financial year", "Allocation"];
/// More years than the engine accepts at all (2000/01 to 2099/00).
const MOST_ROWS: usize = (LAST_YEAR - FIRST_YEAR) as usize;

const WORDS: Words = Words {
    one: "allocation",
    many: "allocations",
    verb: "set",
    done: "set",
    under_header: "the years and their caps",
};

impl PastedAllocations {
    /// The allocations to set, when [`Pasted::is_ready`].
    pub fn allocations(&self) -> Vec<Allocation> {
        self.items().into_iter().map(|p| p.allocation).collect()
    }
}

/// `2023/24`, `2023-24`, `2023/2024`, `FY2023/24`, `2023 to 2024`.
pub fn financial_year(text: &str) -> Result<FinancialYear, String> {
    let t = text.trim();
    let wrong = || format!("“{t}” is not a financial year: write it like 2023/24");
    let lower = t.to_lowercase();
    let bare = lower.strip_prefix("fy").unwrap_or(&lower).trim();
    let parts: Vec<&str> = bare.split(['/', '-', ' ']).filter(|p| !p.is_empty() && *p != "to").collect();
    let [start, end] = parts.as_slice() else { return Err(wrong()) };
    let digits = |p: &str| p.chars().all(|c| c.is_ascii_digit());
    if start.len() != 4 || !digits(start) || !digits(end) || !matches!(end.len(), 2 | 4) {
        return Err(wrong());
    }
    let first: i32 = start.parse().map_err(|_| wrong())?;
    let next: i32 = end.parse().map_err(|_| wrong())?;
    let follows = match end.len() {
        2 => next == (first + 1).rem_euclid(100),
        _ => next == first + 1,
    };
    if !follows {
        return Err(format!("“{t}” is not a financial year: the second year must follow the first, as in 2023/24"));
    }
    if !(FIRST_YEAR..LAST_YEAR).contains(&first) {
        return Err(format!("“{t}” is outside {FIRST_YEAR}/01 to {}", FinancialYear(LAST_YEAR - 1).label()));
    }
    Ok(FinancialYear(first))
}

fn amount(text: &str) -> Result<Money, String> {
    if text.is_empty() {
        return Err("missing: the year's cap, such as £382,590 (0 for none)".into());
    }
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    Money::parse_input(&compact).map_err(|_| format!("“{text}” is not an amount: write it like £382,590 or 382590.00"))
}

fn is_header(cell: &str) -> bool {
    let t = cell.trim().to_lowercase();
    ["year", "fy", "allocation", "cap", "amount", "grant"].iter().any(|w| t.contains(w))
}

/// Reads pasted rows of allocations for `scenario` (to say which they replace).
pub fn paste_allocations(text: &str, scenario: &Scenario) -> PastedAllocations {
    let mut pasted = Pasted::new(WORDS);
    if text.len() > MAX_TEXT {
        pasted.problem = Some("That is more text than any list of allocations.".into());
        return pasted;
    }
    let lines = lines(text);
    let header = lines
        .first()
        .filter(|(_, cells)| cells.iter().all(|c| financial_year(c).is_err()) && cells.iter().any(|c| is_header(c)));
    // A header whose first column names the amount puts the year second.
    let amount_first = header.is_some_and(|(_, cells)| {
        let t = cells[0].to_lowercase();
        !t.contains("year") && ["allocation", "cap", "amount", "grant"].iter().any(|w| t.contains(w))
    });
    let mut seen: Vec<(FinancialYear, usize)> = Vec::new();
    for (line, cells) in lines.iter().skip(usize::from(header.is_some())) {
        let get = |i: usize| cells.get(i).cloned().unwrap_or_default();
        let (year, cap) = if amount_first { (get(1), get(0)) } else { (get(0), get(1)) };
        let mut errors = Vec::new();
        let fy = match year.as_str() {
            "" => Err("missing: the financial year, such as 2023/24".to_string()),
            t => financial_year(t),
        };
        let fy = fy.and_then(|fy| match seen.iter().find(|(y, _)| *y == fy) {
            Some((_, first)) => Err(format!("{} is also on line {first}: paste each year once", fy.label())),
            None => Ok(fy),
        });
        if let Err(why) = &fy {
            errors.push(format!("Financial year: {why}"));
        }
        let money = amount(&cap);
        if let Err(why) = &money {
            errors.push(format!("Allocation: {why}"));
        }
        let result = match (fy, money) {
            (Ok(fy), Ok(amount)) => {
                seen.push((fy, *line));
                let replaces = scenario.grant.allocations.iter().find(|a| a.fy == fy).map(|a| a.amount);
                Ok(PastedAllocation { allocation: Allocation { fy, amount }, replaces })
            }
            (Ok(fy), Err(_)) => {
                seen.push((fy, *line));
                Err(errors)
            }
            _ => Err(errors),
        };
        pasted.rows.push(Row { line: *line, cells: [year, cap], result });
    }
    pasted.check_not_empty(&lines);
    if pasted.problem.is_none() && pasted.rows.len() > MOST_ROWS {
        pasted.problem = Some(format!("At most {MOST_ROWS} financial years: paste fewer rows."));
    }
    pasted
}

/// `allocations` with each pasted one in place of the year's, or added in year order.
pub fn with_allocations(allocations: &[Allocation], pasted: &[Allocation]) -> Vec<Allocation> {
    let mut out = allocations.to_vec();
    for p in pasted {
        match out.iter_mut().find(|a| a.fy == p.fy) {
            Some(a) => a.amount = p.amount,
            None => out.push(*p),
        }
    }
    out.sort_by_key(|a| a.fy);
    out
}

#[cfg(test)]
#[path = "paste_allocations_tests.rs"]
mod tests;
