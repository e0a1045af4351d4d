//! The results half of the page: headline figures, warnings, charts and tables. Every
//! figure and every shape comes from `planner_view::results` and `planner_view::chart`.

mod chart_figure;
mod chart_plot;
pub(crate) mod flags;
mod headlines;
mod invoices;
#[cfg(feature = "full")]
mod monitoring;
mod month_table;
mod pane;
#[cfg(feature = "full")]
mod parts_chart;
mod year_table;

use std::rc::Rc;

use planner_engine::{Outcome, Scenario};
use planner_view::chart::{charts, DEFAULT_SIZE};
use planner_view::results::ResultsView;
use yew::prelude::*;

use crate::components::shared::isolate::leading_name;
use crate::components::shared::patterns::ChartPatterns;
use crate::hooks::slices::{use_stage, Stage};
use chart_figure::ChartFigure;
use flags::Flags;
use headlines::Headlines;
use invoices::Invoices;
use month_table::MonthTable;
pub use pane::ResultsPane;
use year_table::YearTable;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub scenario: Rc<Scenario>,
    pub outcome: Rc<Outcome>,
}

/// Actuals against the plan: the full build's (a plan with actuals hands over to it).
#[cfg(feature = "full")]
fn monitoring(scenario: &Rc<Scenario>, outcome: &Rc<Outcome>) -> Html {
    html! { <monitoring::Monitoring scenario={scenario.clone()} outcome={outcome.clone()} /> }
}

#[cfg(not(feature = "full"))]
fn monitoring(_: &Rc<Scenario>, _: &Rc<Outcome>) -> Html {
    Html::default()
}

/// Post cost by part: the full build's (the first load hands a plan with parts over).
#[cfg(feature = "full")]
fn parts(props: &ResultsProps) -> Html {
    html! { <parts_chart::PartsChart scenario={props.scenario.clone()} outcome={props.outcome.clone()} /> }
}

#[cfg(not(feature = "full"))]
fn parts(_: &ResultsProps) -> Html {
    Html::default()
}

/// The year table with the post cost's parts under "Post cost" (full build only).
#[cfg(feature = "full")]
fn with_parts(mut view: ResultsView, s: &Scenario, o: &Outcome) -> ResultsView {
    view.years = planner_view::parts::with_year_rows(view.years, s, o);
    view
}

#[cfg(not(feature = "full"))]
fn with_parts(view: ResultsView, _: &Scenario, _: &Outcome) -> ResultsView {
    view
}

#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let stage = use_stage();
    let (first_screen, below_the_fold) = (stage >= Stage::FirstScreen, stage >= Stage::BelowTheFold);
    let deps = (props.scenario.clone(), props.outcome.clone());
    let view = use_memo(deps.clone(), |(s, o)| {
        #[allow(unused_mut)]
        let mut view = with_parts(ResultsView::new(s, o), s, o);
        #[cfg(feature = "full")]
        planner_view::monitoring::mark_actual_months(&mut view, s, o);
        view
    });
    // Drawn from the first screen's stage on: the first render shows the headlines alone.
    let charts = use_memo((deps, first_screen), |((s, o), drawn)| {
        let all = if *drawn { charts(s, o, DEFAULT_SIZE) } else { Vec::new() };
        all.into_iter().map(Rc::new).collect::<Vec<_>>()
    });
    let chart = |i: usize| -> Html {
        match charts.get(i) {
            Some(chart) => html! { <ChartFigure chart={Rc::clone(chart)} /> },
            None => Html::default(),
        }
    };
    html! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading">{ "Results" }</h2>
            <p class="results-context">{ leading_name(&props.scenario.name, &view.context) }
                { format!(" {} Figures are in whole pounds.", view.funding) }
            </p>
            <Headlines view={view.clone()} />
            if first_screen {
                { monitoring(&props.scenario, &props.outcome) }
                <Flags view={view.clone()} />
                <ChartPatterns />
                { chart(0) }
            }
            if below_the_fold {
                { parts(props) }
                <YearTable view={view.clone()} />
                { chart(2) }
                { chart(1) }
                <Invoices view={view.clone()} />
                <MonthTable view={view} />
            }
        </section>
    }
}
