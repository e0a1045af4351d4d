use super::*;
use planner_engine::edit::Change;
use planner_engine::ReadyMade;
use yew::Reducible;

fn reduce(state: Rc<State>, action: Action) -> Rc<State> {
    state.reduce(action)
}

/// A fresh state with business as usual unlocked, as after "Unlock to edit".
fn unlocked() -> Rc<State> {
    reduce(Rc::default(), Action::SetBaselineLocked(false))
}

#[test]
fn business_as_usual_is_locked_until_unlocked() {
    let s = reduce(Rc::default(), Action::Edit(Field::PostCost(0), "90000".into()));
    assert_eq!(*s.scenario, Scenario::default_scenario());
    assert!(s.error(Field::PostCost(0)).is_some_and(|e| e.contains("locked")));
    let s = reduce(unlocked(), Action::Edit(Field::PostCost(0), "90000".into()));
    assert_eq!(s.scenario.posts[0].annual_cost, Money::pence(90_000_00));
}

#[test]
fn a_valid_edit_changes_the_scenario_and_keeps_the_typed_text() {
    let s = reduce(unlocked(), Action::Edit(Field::PostCost(0), "90000".into()));
    assert_eq!(s.workspace.scenario(0).map(|x| x.posts[0].annual_cost), Some(Money::pence(90_000_00)));
    assert_eq!(s.text(Field::PostCost(0)), "90000");
    let s = reduce(s, Action::Blur(Field::PostCost(0)));
    assert_eq!(s.text(Field::PostCost(0)), "90000.00");
}

#[test]
fn an_invalid_edit_keeps_the_last_valid_scenario_and_shows_why() {
    let before = unlocked();
    let s = reduce(before.clone(), Action::Edit(Field::PostCost(0), "abc".into()));
    assert_eq!(s.scenario, before.scenario);
    assert_eq!(s.text(Field::PostCost(0)), "abc");
    assert!(s.error(Field::PostCost(0)).is_some_and(|e| e.contains("not an amount")));
    assert_eq!(s.pending_errors(), 1);
    let s = reduce(s, Action::Blur(Field::PostCost(0)));
    assert_eq!(s.text(Field::PostCost(0)), "abc", "invalid text stays until corrected");
}

#[test]
fn a_rejected_field_is_applied_once_the_field_it_depended_on_is_fixed() {
    let s = reduce(unlocked(), Action::Change(Change::AddVacancy(0))); // Apr to Jun 2023
    let s = reduce(s, Action::Edit(Field::VacancyFrom(0, 0), "2024-01".into()));
    assert!(s.error(Field::VacancyFrom(0, 0)).is_some(), "from after to is refused");
    let s = reduce(s, Action::Edit(Field::VacancyTo(0, 0), "2024-03".into()));
    assert_eq!(s.error(Field::VacancyFrom(0, 0)), None);
    assert_eq!(field_text(&s.scenario, Field::VacancyFrom(0, 0)), "2024-01");
}

#[test]
fn removing_a_row_keeps_what_was_typed_in_the_others() {
    let s = reduce(unlocked(), Action::Edit(Field::PostCost(3), "abc".into()));
    let s = reduce(s, Action::Change(Change::RemovePost(1)));
    assert_eq!(s.text(Field::PostCost(2)), "abc");
    assert_eq!(s.pending_errors(), 1);
    let s = reduce(s, Action::Change(Change::RemovePost(2)));
    assert_eq!(s.pending_errors(), 0, "the removed post's draft goes with it");
}

#[test]
fn undo_and_redo_step_through_edits_with_a_typing_run_as_one_step() {
    let s = unlocked();
    let s = reduce(s, Action::Edit(Field::PostCost(0), "9".into()));
    let s = reduce(s, Action::Edit(Field::PostCost(0), "90".into()));
    let s = reduce(s, Action::Edit(Field::PostCost(0), "900".into()));
    let s = reduce(s, Action::Edit(Field::PostFte(0), "0.5".into()));
    let s = reduce(s, Action::Undo);
    assert_eq!(s.scenario.posts[0].annual_cost, Money::pence(900_00));
    let s = reduce(s, Action::Undo);
    assert_eq!(*s.scenario, Scenario::default_scenario(), "the typing run is one step");
    let s = reduce(s, Action::Undo);
    assert!(s.workspace.baseline_locked, "unlocking is undoable too");
    let s = reduce(reduce(s, Action::Redo), Action::Redo);
    assert_eq!(s.scenario.posts[0].annual_cost, Money::pence(900_00));
    assert!(s.can_redo());
}

#[test]
fn options_are_added_selected_moved_and_deleted_with_undo() {
    let s = reduce(Rc::default(), Action::AddReadyMade(ReadyMade::AgreementLapses));
    assert_eq!((s.selected, s.scenario.name.as_str()), (1, "Agreement lapses December 2023"));
    assert!(s.editable(), "options are editable");
    let s = reduce(s, Action::Duplicate(0));
    assert_eq!(s.selected, 2);
    let s = reduce(s, Action::Move(2, true));
    assert_eq!((s.selected, s.scenario.name.as_str()), (1, "Copy of Business as usual"));
    let s = reduce(s, Action::Delete(1));
    assert_eq!((s.workspace.len(), s.selected), (2, 0));
    let s = reduce(s, Action::Undo);
    assert_eq!(s.workspace.len(), 3, "a deleted option comes back with Undo");
}

#[test]
fn a_link_viewed_leaves_own_work_untouched_and_add_keeps_it() {
    let own = reduce(Rc::default(), Action::AddReadyMade(ReadyMade::PayAwards));
    let set =
        Rc::new(ScenarioSet { made: None, scenarios: vec![ReadyMade::LowerCap.build(&Scenario::default_scenario())] });
    let viewing = reduce(own.clone(), Action::OpenSet(set.clone(), Open::ViewOnly));
    assert_eq!(viewing.scenario.name, "Grant cut to a lower cap");
    assert!(!viewing.saving_allowed() && !viewing.editable());
    let back = reduce(viewing, Action::LeaveLink);
    assert_eq!(back.workspace, own.workspace);
    let added = reduce(own.clone(), Action::OpenSet(set, Open::Add));
    assert_eq!(added.workspace.len(), 3);
    assert_eq!(added.scenario.name, "Grant cut to a lower cap");
}

#[test]
fn deleting_an_option_offers_undo_until_the_next_action() {
    let s = reduce(Rc::default(), Action::AddReadyMade(ReadyMade::PayAwards));
    let s = reduce(s, Action::Delete(1));
    assert!(s.undo_offered);
    assert_eq!(s.notice.as_deref(), Some("Deleted “Police pay awards applied”."));
    let back = reduce(s.clone(), Action::Undo);
    assert_eq!((back.workspace.len(), back.undo_offered), (2, false));
    assert_eq!(back.notice.as_deref(), Some("The deleted option is back."));
    let moved_on = reduce(s, Action::Select(0));
    assert!(!moved_on.undo_offered, "the offer goes with the next action");
}

#[test]
fn a_link_being_viewed_is_not_reshaped_and_undo_waits() {
    let own = reduce(Rc::default(), Action::AddReadyMade(ReadyMade::PayAwards));
    let set = Rc::new(ScenarioSet { made: None, scenarios: vec![Scenario::default_scenario()] });
    let viewing = reduce(own, Action::OpenSet(set, Open::ViewOnly));
    assert!(!viewing.can_undo(), "Undo would reach into the work set aside");
    for action in [Action::Undo, Action::Duplicate(0), Action::AddReadyMade(ReadyMade::LowerCap), Action::Delete(0)] {
        let after = reduce(viewing.clone(), action);
        assert_eq!(after.workspace, viewing.workspace);
    }
}

#[test]
fn adding_a_viewed_link_adds_it_to_own_work_not_to_the_link() {
    let own = reduce(Rc::default(), Action::AddReadyMade(ReadyMade::PayAwards));
    let set = Rc::new(ScenarioSet {
        made: None,
        scenarios: vec![Scenario::default_scenario(), ReadyMade::LowerCap.build(&Scenario::default_scenario())],
    });
    let viewing = reduce(own.clone(), Action::OpenSet(set.clone(), Open::ViewOnly));
    let added = reduce(viewing.clone(), Action::OpenSet(set.clone(), Open::Add));
    let names: Vec<_> = added.workspace.entries.iter().map(|e| e.scenario.name.clone()).collect();
    assert_eq!(
        names,
        ["Business as usual", "Police pay awards applied", "Business as usual (2)", "Grant cut to a lower cap"]
    );
    assert!(added.saving_allowed());
    let undone = reduce(added, Action::Undo);
    assert_eq!(undone.workspace, own.workspace, "Undo goes back to own work as it was");
    let replaced = reduce(viewing, Action::OpenSet(set, Open::Replace));
    assert_eq!(reduce(replaced, Action::Undo).workspace, own.workspace);
}

#[test]
fn another_tab_s_save_while_viewing_a_link_is_there_on_going_back() {
    let own = reduce(Rc::default(), Action::AddReadyMade(ReadyMade::PayAwards));
    let set =
        Rc::new(ScenarioSet { made: None, scenarios: vec![ReadyMade::LowerCap.build(&Scenario::default_scenario())] });
    let viewing = reduce(own.clone(), Action::OpenSet(set, Open::ViewOnly));
    let mut theirs = (*own.workspace).clone();
    theirs.add_ready_made(ReadyMade::AgreementLapses);
    let theirs = Rc::new(theirs);
    let seen = reduce(viewing, Action::External { base: own.workspace.clone(), theirs: theirs.clone() });
    assert_eq!(seen.workspace.len(), 1, "the link is still what is shown");
    let back = reduce(seen, Action::LeaveLink);
    assert_eq!(back.workspace, theirs, "the other tab's option is kept, not reverted");
}

#[cfg(feature = "full")]
#[test]
fn pasted_posts_are_added_together_and_one_undo_takes_them_all_out() {
    let text =
        "DC\tMARSOC\t76020\t1\tApr 2023\t\nDC\tCorruption\t76020\t0.5\tMay 2023\t\nIDO\tMARSOC\t65580\t1\t2023-06\t";
    let posts = planner_view::paste::paste_posts(text, &Scenario::default_scenario()).posts();
    assert_eq!(posts.len(), 3);
    let locked = reduce(Rc::default(), Action::AddPosts(Rc::new(posts.clone())));
    assert_eq!(locked.scenario.posts.len(), 5, "a locked scenario takes no posts");
    let s = reduce(unlocked(), Action::AddPosts(Rc::new(posts)));
    assert_eq!(s.scenario.posts.len(), 8);
    assert!(s.notice.as_deref().is_some_and(|n| n.starts_with("Added 3 posts")));
    let s = reduce(s, Action::Undo);
    assert_eq!(s.scenario.posts.len(), 5, "one step");
    let s = reduce(s, Action::Redo);
    assert_eq!(s.scenario.posts.len(), 8);
}

#[cfg(feature = "full")]
#[test]
fn pasted_pay_awards_are_added_together_as_one_step() {
    let awards = planner_view::paste_awards::paste_awards("Sep 2023\t7\nSep 2024\t4.75", &Scenario::default_scenario());
    let s = reduce(unlocked(), Action::AddAwards(Rc::new(awards.awards())));
    assert_eq!(s.scenario.pay_awards.len(), 2);
    assert_eq!(reduce(s, Action::Undo).scenario.pay_awards.len(), 0);
}

#[cfg(feature = "full")]
#[test]
fn pasted_allocations_replace_their_years_together_as_one_step() {
    use planner_engine::FinancialYear;
    let base = Scenario::default_scenario();
    let pasted = planner_view::paste_allocations::paste_allocations("2024/25\t£450,000\n2026/27\t100000", &base);
    let cap = |s: &State, fy: i32| s.scenario.grant.allocation(FinancialYear(fy));
    let locked = reduce(Rc::default(), Action::SetAllocations(Rc::new(pasted.allocations())));
    assert_eq!(cap(&locked, 2024), base.grant.allocation(FinancialYear(2024)), "a locked scenario is not changed");
    let s = reduce(unlocked(), Action::SetAllocations(Rc::new(pasted.allocations())));
    assert_eq!(cap(&s, 2024).to_string(), "450000.00");
    assert_eq!(cap(&s, 2026).to_string(), "100000.00");
    assert_eq!(cap(&s, 2023), base.grant.allocation(FinancialYear(2023)), "a year not pasted stays");
    assert!(s.notice.as_deref().is_some_and(|n| n.starts_with("Set 2 allocations")));
    let s = reduce(s, Action::Undo);
    assert_eq!(s.scenario.grant.allocations, unlocked().scenario.grant.allocations, "one step");
}

#[cfg(feature = "full")]
mod actuals {
    use super::*;
    use planner_engine::{Actuals, Month};

    fn two_plans() -> Rc<State> {
        reduce(Rc::default(), Action::AddReadyMade(ReadyMade::AgreementLapses))
    }

    #[test]
    fn actuals_typed_in_locked_business_as_usual_go_into_every_plan_as_one_step() {
        let s = reduce(two_plans(), Action::Select(0));
        let s = reduce(s, Action::Edit(Field::ActualsThrough, "2023-06".into()));
        let s = reduce(s, Action::Edit(Field::ActualCost(Month::known(2023, 4)), "30000".into()));
        for i in 0..2 {
            let a = s.workspace.scenario(i).and_then(|x| x.actuals.clone()).expect("every plan has them");
            assert_eq!(a.through, Month::known(2023, 6));
            assert_eq!(a.post_cost(Month::known(2023, 4)), Some(Money::pence(30_000_00)), "plan {i}");
        }
        let s = reduce(s, Action::Undo);
        assert_eq!(s.workspace.scenario(1).and_then(|x| x.actuals.clone()).map(|a| a.months.len()), Some(0));
    }

    #[test]
    fn a_pasted_column_is_one_undo_step_in_every_plan() {
        let s = two_plans();
        let actuals = Actuals {
            through: Month::known(2023, 5),
            months: vec![planner_engine::ActualMonth { month: Month::known(2023, 4), post_cost: Money::pence(1_00) }],
            invoices: vec![],
        };
        let s = reduce(s, Action::SetActuals(Rc::new(actuals.clone())));
        assert!(s.notice.as_deref().is_some_and(|n| n.starts_with("Actuals to May 2023 (1 month with an actual)")));
        assert_eq!(s.workspace.scenario(0).and_then(|x| x.actuals.clone()), Some(actuals.clone()));
        assert_eq!(s.workspace.scenario(1).and_then(|x| x.actuals.clone()), Some(actuals));
        let s = reduce(s, Action::Undo);
        assert!(s.workspace.entries.iter().all(|e| e.scenario.actuals.is_none()));
    }

    #[test]
    fn an_invoice_row_is_added_to_every_plan_and_a_plan_it_would_break_is_named() {
        let s = reduce(reduce(two_plans(), Action::Select(0)), Action::Edit(Field::ActualsThrough, "2024-03".into()));
        let s = reduce(s, Action::Change(Change::AddInvoice));
        assert_eq!(s.text(Field::InvoiceQuarter(0)), "2023/24 Q1");
        assert!(s.workspace.entries.iter().all(|e| e.scenario.actuals.as_ref().is_some_and(|a| a.invoices.len() == 1)));
        // A quarter's invoice cannot be paid before it is raised: the month first, then the quarter.
        let refused = reduce(s.clone(), Action::Edit(Field::InvoiceQuarter(0), "2023/24 Q4".into()));
        assert!(refused
            .error(Field::InvoiceQuarter(0))
            .is_some_and(|e| e.contains("before the 2023/24 Q4 invoice is raised")));
        let s = reduce(s, Action::Edit(Field::InvoicePaid(0), "2024-05".into()));
        // The lapse option claims nothing after Dec 2023: an invoice for 2023/24 Q4 cannot be its.
        let s = reduce(s, Action::Edit(Field::InvoiceQuarter(0), "2023/24 Q4".into()));
        let option = s.workspace.scenario(1).and_then(|x| x.actuals.clone()).expect("has actuals");
        let base = s.workspace.scenario(0).and_then(|x| x.actuals.clone()).expect("has actuals");
        assert_eq!(base.invoices[0].quarter.to_string(), "2023/24 Q4");
        assert_eq!(option.invoices[0].quarter.to_string(), "2023/24 Q1", "kept its own");
        assert!(s.notice.as_deref().is_some_and(|n| n.contains("cannot take the actuals")), "{:?}", s.notice);
    }
}

#[test]
#[cfg(feature = "full")]
fn building_a_post_from_pay_and_the_published_rates_are_one_undo_step_each() {
    use planner_engine::edit::{PayField, BASIS_BUILT};
    let s = reduce(unlocked(), Action::Edit(Field::Pay(PayField::Basis(0)), BASIS_BUILT.into()));
    assert!(s.scenario.posts[0].is_built());
    assert!(crate::shell::has_parts(&s.scenario), "the first load hands it over");
    let s = reduce(s, Action::Change(Change::UsePublishedRates));
    assert_eq!(s.scenario.on_costs, planner_engine::published::on_costs());
    let s = reduce(s, Action::Undo);
    assert!(s.scenario.on_costs.is_empty() && s.scenario.posts[0].is_built());
    let s = reduce(s, Action::Undo);
    assert!(!s.scenario.posts[0].is_built());
    assert!(!crate::shell::has_parts(&s.scenario));
}
