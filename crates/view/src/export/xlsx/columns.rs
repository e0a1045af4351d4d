//! The columns of a scenario sheet's monthly and financial-year tables, and where a
//! scenario's figures landed for the Summary and Compare sheets to refer to.
//!
//! Every scenario has [`FIGURES`]; one built from version 2 fields adds the cost breakdown
//! ([`BREAKDOWN`], the parts that add up to the post cost), and one with actuals adds the
//! variance. Each sheet has its own [`Columns`], and every formula and reference finds its
//! column there, so a sheet with more columns moves nothing by hand.

use rust_xlsxwriter::{ColNum, RowNum};

use crate::compare::Measure;
use planner_engine::money::Money;
use planner_engine::month::FinancialYear;
use planner_engine::outcome::{Figures, Outcome};
use planner_engine::scenario::Scenario;

/// A money column of the monthly and financial-year tables.
pub(crate) struct Figure {
    pub label: &'static str,
    pub value: fn(&Figures) -> Money,
}

pub(crate) const FIGURES: [Figure; 8] = [
    Figure { label: "Post cost", value: |f| f.post_cost },
    Figure { label: "Eligible", value: |f| f.eligible },
    Figure { label: "Claimed", value: |f| f.claimed },
    Figure { label: "Cost above the cap", value: |f| f.cap_excess },
    Figure { label: "Unfunded pressure", value: |f| f.unfunded_pressure },
    Figure { label: "Backfill", value: |f| f.backfill_cost },
    Figure { label: "Redeployed", value: |f| f.redeployed_cost },
    Figure { label: "Non-staff", value: |f| f.non_staff_cost },
];

/// The post cost by part (MODEL.md version 2): they add up to "Post cost" exactly.
pub(crate) const BREAKDOWN: [Figure; 6] = [
    Figure { label: "Pay", value: |f| f.cost_breakdown.pay },
    Figure { label: "Employer NI", value: |f| f.cost_breakdown.employer_ni },
    Figure { label: "Employer pension", value: |f| f.cost_breakdown.employer_pension },
    Figure { label: "Apprenticeship levy", value: |f| f.cost_breakdown.apprenticeship_levy },
    Figure { label: "All-in posts", value: |f| f.cost_breakdown.all_in },
    Figure { label: "Actual post cost", value: |f| f.cost_breakdown.actual },
];

/// Actual less forecast post cost (rule 10): only with actuals.
pub(crate) const VARIANCE: Figure = Figure { label: "Variance: actual less forecast", value: |f| f.variance };

/// The title row, then the header row; both stay on screen.
pub(crate) const HEADER: RowNum = 1;
pub(crate) const FIRST_MONTH: RowNum = 2;
pub(crate) const FTE: ColNum = 3;
pub(crate) const FIRST_FIGURE: ColNum = 4;

/// One sheet's money columns, from [`FIRST_FIGURE`], then the cash position.
pub(crate) struct Columns {
    pub figures: Vec<&'static Figure>,
    /// The months are marked actual or forecast (the scenario has actuals).
    pub actuals: bool,
}

impl Columns {
    pub(crate) fn of(scenario: &Scenario, outcome: &Outcome) -> Columns {
        let mut figures: Vec<&'static Figure> = FIGURES.iter().collect();
        if scenario.uses_version_2() {
            figures.extend(BREAKDOWN.iter());
        }
        let actuals = outcome.actuals_through.is_some();
        if actuals {
            figures.push(&VARIANCE);
        }
        Columns { figures, actuals }
    }

    /// Each money column with its figure.
    pub(crate) fn each(&self) -> impl Iterator<Item = (ColNum, &'static Figure)> + '_ {
        (FIRST_FIGURE..).zip(self.figures.iter().copied())
    }

    /// The column of the figure labelled `label` (the post cost's if there is none).
    pub(crate) fn figure(&self, label: &str) -> ColNum {
        let at = self.figures.iter().position(|f| f.label == label).unwrap_or(0);
        FIRST_FIGURE + at as ColNum
    }

    /// "Owed by the funder at month end" in the months, the most owed in a year.
    pub(crate) fn cash(&self) -> ColNum {
        FIRST_FIGURE + self.figures.len() as ColNum
    }

    /// The financial-year table's allocation; in the monthly table, "Actual or forecast".
    pub(crate) fn allocation(&self) -> ColNum {
        self.cash() + 1
    }

    pub(crate) fn headroom(&self) -> ColNum {
        self.cash() + 2
    }

    pub(crate) fn labels(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.figures.iter().map(|f| f.label)
    }
}

/// Where a scenario's figures landed, for the Summary and Compare sheets to refer to.
pub(crate) struct Placed {
    pub sheet: String,
    pub columns: Columns,
    pub years: Vec<(FinancialYear, RowNum)>,
    pub total: RowNum,
}

impl Placed {
    /// The column holding a compared measure in the financial-year and total rows.
    pub(crate) fn column(&self, measure: Measure) -> ColNum {
        match measure {
            Measure::Pressure => self.columns.figure("Unfunded pressure"),
            Measure::Claimed => self.columns.figure("Claimed"),
            Measure::CapExcess => self.columns.figure("Cost above the cap"),
            Measure::PeakCash => self.columns.cash(),
            Measure::Headcount => FTE,
        }
    }

    pub(crate) fn year(&self, fy: FinancialYear) -> Option<RowNum> {
        self.years.iter().find(|(y, _)| *y == fy).map(|(_, row)| *row)
    }
}
