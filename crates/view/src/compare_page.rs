//! The Compare page's model: every scenario of the workspace worked out and set beside the
//! baseline, with the charts for the screen, a slide and the A4 sheet. Derived, never stored.

use std::rc::Rc;

use crate::chart::compare::{pressure_comparison_chart, ComparisonChart};
use crate::chart::Size;
use crate::compare::assumes::assumptions_table;
use crate::compare::changes::{changes, no_changes};
use crate::compare::who_pays::{who_pays_said, who_pays_table, Moved};
use crate::compare::Comparison;
use crate::flags::FlagView;
use crate::parts::{has_parts, parts_table, parts_that_differ};
use crate::table::Table;
use planner_engine::{evaluate, Note, Outcome, Scenario};

/// The chart on the page: wide, since the compare view has no editor beside it.
const SCREEN: Size = Size { width: 900.0, height: 360.0 };
/// On a slide: a small drawing scaled up, so its 12-unit labels read as ~30px in the room.
const SLIDE: Size = Size { width: 720.0, height: 320.0 };
/// On the A4 landscape sheet, beside the warnings: about 165mm wide, so its 12-unit labels
/// print at about 9pt.
const PRINT: Size = Size { width: 640.0, height: 260.0 };

#[derive(Debug, Clone, PartialEq)]
pub struct ComparePage {
    /// Every scenario, the baseline first.
    pub names: Vec<String>,
    pub comparison: Comparison,
    /// Each scenario's warnings, the baseline first.
    pub flags: Vec<Vec<FlagView>>,
    /// What each option changes, one sentence each (never empty).
    pub changes: Vec<Vec<String>>,
    /// Who bears every pound of each plan, the baseline first (id `who-pays`: give it
    /// another with [`Table::with_id`] where it is shown twice).
    pub who_pays: Table,
    /// What each plan assumes (stop, responses, pay awards, caps), for the A4 sheet.
    pub assumes: Table,
    /// Per option, what it does to each budget, in sentences.
    pub moved: Vec<Moved>,
    /// Each scenario's post cost by part (baseline first), for those with a post built from
    /// its pay: a slide each and a table on the sheet.
    pub parts: Vec<Option<Table>>,
    /// Each plan's note, the baseline first (`None` for a plan without one).
    pub notes: Vec<Option<Note>>,
    pub chart: Rc<ComparisonChart>,
    pub slide_chart: Rc<ComparisonChart>,
    pub print_chart: Rc<ComparisonChart>,
    /// Scenarios that could not be worked out, with the engine's reason. The reducer only
    /// holds valid scenarios, so this is a safety net rather than an expected state.
    pub failed: Vec<String>,
}

/// Which parts of the post cost an option changes, when either plan builds a post from its
/// pay: `Post cost by part differs from business as usual in pay and employer pension`.
fn parts_said(base: &Scenario, base_outcome: &Outcome, option: &Scenario, outcome: &Outcome) -> Option<String> {
    if !has_parts(base) && !has_parts(option) {
        return None;
    }
    let phrase = crate::compare::baseline_phrase(&base.name);
    Some(match parts_that_differ(base_outcome, outcome) {
        Some(parts) => format!("Post cost by part differs from {phrase} in {parts}"),
        None => format!("Post cost by part is the same as {phrase}"),
    })
}

impl ComparePage {
    /// `scenarios`: the baseline first, then the options.
    pub fn new<'a>(scenarios: impl IntoIterator<Item = &'a Scenario>) -> ComparePage {
        let mut pairs: Vec<(Scenario, Outcome)> = Vec::new();
        let mut failed = Vec::new();
        for (i, scenario) in scenarios.into_iter().enumerate() {
            match evaluate(scenario) {
                Ok(outcome) => pairs.push((scenario.clone(), outcome)),
                // Without its baseline, no difference would mean anything.
                Err(e) if i == 0 => {
                    failed.push(format!("{}: {e}", scenario.name));
                    pairs.clear();
                    break;
                }
                Err(e) => failed.push(format!("{}: {e}", scenario.name)),
            }
        }
        let changes = match pairs.split_first() {
            Some(((base, base_outcome), options)) => options
                .iter()
                .map(|(option, outcome)| {
                    let mut said = changes(base, option);
                    said.extend(parts_said(base, base_outcome, option, outcome));
                    Some(said).filter(|c| !c.is_empty()).unwrap_or(vec![no_changes(base)])
                })
                .collect(),
            None => Vec::new(),
        };
        let moved = match pairs.split_first() {
            Some((base, options)) => options.iter().map(|o| who_pays_said(base, o)).collect(),
            None => Vec::new(),
        };
        ComparePage {
            who_pays: who_pays_table(&pairs, "who-pays"),
            assumes: assumptions_table(&pairs.iter().map(|(s, _)| s).collect::<Vec<_>>(), "assumes"),
            moved,
            notes: pairs.iter().map(|(s, _)| s.note.clone()).collect(),
            names: pairs.iter().map(|(s, _)| s.name.clone()).collect(),
            comparison: Comparison::new(&pairs),
            parts: pairs.iter().enumerate().map(|(n, (s, o))| parts_table(s, o, &format!("parts-{n}"))).collect(),
            flags: pairs.iter().map(|(_, o)| o.flags.iter().map(FlagView::from).collect()).collect(),
            changes,
            chart: Rc::new(pressure_comparison_chart(&pairs, SCREEN)),
            slide_chart: Rc::new(pressure_comparison_chart(&pairs, SLIDE)),
            print_chart: Rc::new(pressure_comparison_chart(&pairs, PRINT)),
            failed,
        }
    }

    /// How many options there are beside the baseline.
    pub fn options(&self) -> usize {
        self.comparison.options.len()
    }

    /// Option `i`'s note (0 is the first after the baseline), if it has one.
    pub fn option_note(&self, i: usize) -> Option<&Note> {
        self.notes.get(i + 1).and_then(Option::as_ref)
    }
}
