//! Tests of the fields' defaults, ids and errors.

use super::*;

#[test]
fn fields_show_their_default_until_typed_and_the_engines_reason_when_wrong() {
    let odds = OddsInputs::default();
    let dec = OddsField::Chance(Month::known(2023, 12));
    assert_eq!(odds.typed.text(dec), "80");
    assert_eq!(odds.typed.error(dec), None);
    let typed = odds.typed.with(dec, "120".into());
    assert_eq!(typed.text(dec), "120");
    assert!(typed.error(dec).unwrap_or_default().contains("from 0 to 100"));
    assert_eq!(dec.id(), "decide-chance-2023-12");
    assert_eq!(OddsField::CaseWeight(1).default_text(), "50");
    assert_eq!(parse_limit(DEFAULT_LIMIT), Ok(Money::pence(100_000_00)));
    assert!(parse_limit("abc").unwrap_err().to_string().contains("not an amount"));
    let gb = Typed::<GreenBookField>::default();
    assert_eq!(gb.text(GreenBookField::Deflator(FinancialYear(2025))), "104.04");
    assert_eq!(gb.text(GreenBookField::Deflator(FinancialYear(2022))), "98.039216");
    assert_eq!(gb.text(GreenBookField::OptimismBias), "0");
    let bad = gb.with(GreenBookField::Deflator(FinancialYear(2024)), "0".into());
    assert!(bad.error(GreenBookField::Deflator(FinancialYear(2024))).unwrap_or_default().contains("more than 0"));
}
