//! Pay awards pasted from a spreadsheet: rows of the month an award takes effect and its
//! percent (`Sep 2023`, `7%`), with or without a header row, previewed row by row before
//! any is added. The same reading of months as [`crate::paste`].

use planner_engine::money::Percent;
use planner_engine::scenario::{PayAward, Scenario, MAX_PAY_AWARDS};

use crate::paste::month;
use crate::pasted::{lines, Pasted, Row, Said, Words, MAX_TEXT};

/// Pasted pay awards, row by row.
pub type PastedAwards = Pasted<PayAward>;

/// The preview's column names.
pub const COLUMNS: [&str; 2] = ["From", "Percent"];

const WORDS: Words =
    Words { one: "pay award", many: "pay awards", verb: "add", done: "added", under_header: "the pay awards" };

impl Said for PayAward {
    fn said(&self) -> String {
        format!("{}% from {}", self.percent, self.effective.label())
    }
}

impl PastedAwards {
    /// The awards to add, when [`Pasted::is_ready`].
    pub fn awards(&self) -> Vec<PayAward> {
        self.items()
    }
}

fn is_header(cell: &str) -> bool {
    let t = cell.trim().to_lowercase();
    ["from", "effective", "month", "date", "percent", "award", "%", "rate", "uplift"].iter().any(|w| t.contains(w))
}

/// Reads pasted rows of pay awards for `scenario` (its own awards count towards the limit).
pub fn paste_awards(text: &str, scenario: &Scenario) -> PastedAwards {
    let mut pasted = Pasted::new(WORDS);
    if text.len() > MAX_TEXT {
        pasted.problem = Some("That is more text than any list of pay awards.".into());
        return pasted;
    }
    let lines = lines(text);
    // A header names its columns; the order is then read from it.
    let header = lines.first().filter(|(_, cells)| month(&cells[0]).is_err() && cells.iter().any(|c| is_header(c)));
    let percent_first = header.is_some_and(|(_, cells)| {
        let t = cells[0].to_lowercase();
        ["percent", "award", "%", "rate", "uplift"].iter().any(|w| t.contains(w))
    });
    for (line, cells) in lines.iter().skip(usize::from(header.is_some())) {
        let get = |i: usize| cells.get(i).cloned().unwrap_or_default();
        let (from, percent) = if percent_first { (get(1), get(0)) } else { (get(0), get(1)) };
        let mut errors = Vec::new();
        let effective = match from.as_str() {
            "" => Err("missing: the month the award takes effect, such as Sep 2023".to_string()),
            t => month(t),
        };
        if let Err(why) = &effective {
            errors.push(format!("From: {why}"));
        }
        let rate = match percent.as_str() {
            "" => Err("missing: the award in per cent, such as 4.75".to_string()),
            t => Percent::parse(t).map_err(|e| e.to_string()),
        };
        if let Err(why) = &rate {
            errors.push(format!("Percent: {why}"));
        }
        let result = match (effective, rate) {
            (Ok(effective), Ok(percent)) => Ok(PayAward { effective, percent, group: None }),
            _ => Err(errors),
        };
        pasted.rows.push(Row { line: *line, cells: [from, percent], result });
    }
    pasted.check_not_empty(&lines);
    if pasted.problem.is_none() && scenario.pay_awards.len() + pasted.rows.len() > MAX_PAY_AWARDS {
        pasted.problem = Some(format!("A scenario holds at most {MAX_PAY_AWARDS} pay awards: paste fewer rows."));
    }
    pasted
}

#[cfg(test)]
mod tests {
    use super::*;
    use planner_engine::Month;

    #[test]
    fn awards_read_with_or_without_a_header_in_either_order() {
        let base = Scenario::default_scenario();
        let plain = paste_awards("Sep 2023\t7%\r\nSep 2024\t4.75\r\n", &base);
        assert!(plain.is_ready(), "{:?}", plain.rows);
        assert_eq!(plain.summary(), "2 pay awards ready to add.");
        let awards = plain.awards();
        assert_eq!(awards[0].effective, Month::known(2023, 9));
        assert_eq!(awards[0].percent.to_string(), "7");
        assert_eq!(awards[1].percent.to_string(), "4.75");
        let headed = paste_awards("Award %\tEffective\n2.5\t09/2025", &base);
        assert_eq!(headed.awards()[0].effective, Month::known(2025, 9));
        assert_eq!(headed.rows[0].cells, ["09/2025".to_string(), "2.5".to_string()]);
    }

    #[test]
    fn a_bad_cell_is_named_and_nothing_is_added() {
        let base = Scenario::default_scenario();
        let pasted = paste_awards("From\tPercent\nSep 2023\tabc\nSeptember\t3", &base);
        assert!(!pasted.is_ready());
        assert!(pasted.awards().is_empty());
        assert_eq!(pasted.rows[0].line, 2);
        assert_eq!(pasted.rows[0].result, Err(vec!["Percent: \"abc\" is not a percentage, such as 4.75".to_string()]));
        let Err(errors) = &pasted.rows[1].result else { panic!("reads") };
        assert!(errors[0].starts_with("From: “September” is not a month"), "{errors:?}");
        assert_eq!(
            pasted.summary(),
            "2 of 2 rows have errors: fix them or delete those lines. Nothing is added until then."
        );
        assert!(paste_awards("", &base).problem.is_some());
        assert!(paste_awards("From\tPercent", &base).problem.is_some());
    }
}
