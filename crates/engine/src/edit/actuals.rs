//! The editor's actuals (rules 10 and 11): "actuals to", each month's actual post cost and
//! each invoice the funder paid, read from and written to the scenario as text.

use super::{EditError, Field};
use crate::actuals::ActualMonth;
#[cfg(feature = "actuals-editing")]
use crate::actuals::{ActualInvoice, Actuals, Quarter};
use crate::money::Money;
use crate::month::Month;
use crate::scenario::Scenario;

#[cfg(feature = "actuals-editing")]
/// The text of an actuals field, if `field` is one.
pub(crate) fn text(s: &Scenario, field: Field) -> Option<String> {
    let actuals = s.actuals.as_ref();
    let invoice = |k: usize| actuals.and_then(|a| a.invoices.get(k));
    Some(match field {
        Field::ActualsThrough => actuals.map(|a| a.through.to_string()).unwrap_or_default(),
        Field::ActualCost(m) => actuals.and_then(|a| a.post_cost(m)).map(Money::to_plain).unwrap_or_default(),
        Field::InvoiceQuarter(k) => invoice(k).map(|i| i.quarter.to_string()).unwrap_or_default(),
        Field::InvoiceAmount(k) => invoice(k).map(|i| i.amount.to_plain()).unwrap_or_default(),
        Field::InvoicePaid(k) => invoice(k).map(|i| i.paid.to_string()).unwrap_or_default(),
        _ => return None,
    })
}

#[cfg(feature = "actuals-editing")]
/// Sets an actuals field from `text` (already trimmed); `Ok(false)` if `field` is not one.
pub(crate) fn set(s: &mut Scenario, field: Field, text: &str) -> Result<bool, EditError> {
    match field {
        Field::ActualsThrough if text.is_empty() => s.actuals = None,
        Field::ActualsThrough => {
            let through = Month::parse(text)?;
            match &mut s.actuals {
                Some(a) => a.through = through,
                None => s.actuals = Some(Actuals { through, months: vec![], invoices: vec![] }),
            }
        }
        Field::ActualCost(month) => {
            let cost = if text.is_empty() { None } else { Some(Money::parse_input(text)?) };
            set_month(s, month, cost)?;
        }
        Field::InvoiceQuarter(k) => invoice(s, k)?.quarter = Quarter::parse(text)?,
        Field::InvoiceAmount(k) => invoice(s, k)?.amount = Money::parse_input(text)?,
        Field::InvoicePaid(k) => invoice(s, k)?.paid = Month::parse(text)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// Sets (or, with `None`, removes) `month`'s actual post cost, in month order.
///
/// # Errors
/// When there are no actuals yet, or `month` is after "actuals to".
pub fn set_month(s: &mut Scenario, month: Month, cost: Option<Money>) -> Result<(), EditError> {
    let Some(actuals) = &mut s.actuals else {
        return Err("give the month the actuals run to first".into());
    };
    actuals.months.retain(|a| a.month != month);
    if let Some(post_cost) = cost {
        if month > actuals.through {
            return Err(format!("{} is after the actuals end ({})", month.label(), actuals.through.label()).into());
        }
        actuals.months.push(ActualMonth { month, post_cost });
        actuals.months.sort_by_key(|a| a.month);
    }
    Ok(())
}

#[cfg(feature = "actuals-editing")]
fn invoice(s: &mut Scenario, k: usize) -> Result<&mut ActualInvoice, String> {
    s.actuals.as_mut().and_then(|a| a.invoices.get_mut(k)).ok_or_else(|| "this invoice no longer exists".to_string())
}

#[cfg(feature = "actuals-editing")]
/// Adds the first quarter's invoice that has no actual yet, as claimed and paid on time
/// (the planner then types what was paid, and when). Nothing without actuals or a claim.
pub(crate) fn add_invoice(s: &mut Scenario) {
    let Some(actuals) = &s.actuals else { return };
    if actuals.invoices.len() >= crate::actuals::MAX_ACTUAL_INVOICES {
        return;
    }
    let Ok(outcome) = crate::timeline::evaluate(&s.what_if()) else { return };
    let taken = |q: Quarter| actuals.invoices.iter().any(|i| i.quarter == q);
    let next = outcome.invoices.iter().map(|v| (Quarter { fy: v.fy, quarter: v.quarter }, v)).find(|(q, _)| !taken(*q));
    if let (Some((quarter, v)), Some(actuals)) = (next, &mut s.actuals) {
        actuals.invoices.push(ActualInvoice { quarter, amount: v.amount, paid: v.paid, disallowed: false });
    }
}

#[cfg(feature = "actuals-editing")]
pub(crate) fn remove_invoice(s: &mut Scenario, k: usize) {
    if let Some(a) = s.actuals.as_mut().filter(|a| k < a.invoices.len()) {
        a.invoices.remove(k);
    }
}

/// Whether `field` is one of the actuals, whose edit is checked by evaluating (an invoice
/// against its quarter's claim, which an actual cost changes) and which every scenario shares.
pub fn is_actuals(field: Field) -> bool {
    matches!(
        field,
        Field::ActualsThrough
            | Field::ActualCost(_)
            | Field::InvoiceQuarter(_)
            | Field::InvoiceAmount(_)
            | Field::InvoicePaid(_)
    )
}
