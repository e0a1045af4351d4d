//! The preset dictionary of link version 2: text that version 2 links are compressed
//! against, so a built post's keys, the published rates and the default scenario's names
//! cost a few bytes each instead of their length. **Frozen**: every version 2 link ever
//! made decodes with exactly these bytes; a change needs a new link version.

/// Made from the compact JSON of the ready-made option "Published pay awards and
/// on-costs, 2023 to 2026" and of the default scenario (the latest, most used, text last,
/// nearest the data), after the rarer version 2 keys.
pub(crate) const DICTIONARY_V2: &str = concat!(
    "{\"actuals\":{\"through\":\"2024-09\",\"months\":[{\"month\":\"2023-04\",\"post_cost\":\"0.00\"}],\"invoices\":[{\"",
    "amount\":\"0.00\",\"disallowed\":true,\"paid\":\"2023-09\",\"quarter\":\"2023/24 Q1\"}]},\"grant\":{\"payment_la",
    "g_months\":2,\"stops_after\":\"2023-12\"},\"posts\":[{\"end\":\"2025-03\",\"fte\":\"0.5\",\"on_funding_stop\":{\"a",
    "ction\":\"redeploy_piu\",\"lag_months\":3},\"on_funding_stop\":{\"action\":\"redeploy_ocu\"},\"on_funding_st",
    "op\":{\"action\":\"end\"},\"pay\":{\"allowances\":[{\"pensionable\":true,\"uprated\":false}]},\"vacancies\":[{\"",
    "from\":\"2024-06\",\"to\":\"2024-08\"}]}]}{\"grant\":{\"allocations\":[{\"amount\":\"382590.00\",\"fy\":2023},{\"a",
    "mount\":\"500000.00\",\"fy\":2024},{\"amount\":\"500000.00\",\"fy\":2025}],\"name\":\"MoJ (HMPPS) SOC grant\"},",
    "\"horizon\":{\"end\":\"2026-03\",\"start\":\"2023-04\"},\"name\":\"Published pay awards and on-costs, 2023 to",
    " 2026\",\"non_staff\":[{\"annual_cost\":\"0.00\",\"name\":\"Line management, IT, vehicles and desk space (",
    "MPS-provided)\"}],\"on_costs\":{\"apprenticeship_levy\":[{\"from\":\"2023-04\",\"rate\":\"0.5\"}],\"employer_n",
    "i\":[{\"from\":\"2023-04\",\"monthly_threshold\":\"758.00\",\"rate\":\"13.8\"},{\"from\":\"2025-04\",\"monthly_thr",
    "eshold\":\"417.00\",\"rate\":\"15\"}],\"pension\":[{\"from\":\"2023-04\",\"group\":\"officer\",\"rate\":\"31\"},{\"fro",
    "m\":\"2024-04\",\"group\":\"officer\",\"rate\":\"35.3\"},{\"from\":\"2023-04\",\"group\":\"staff\",\"rate\":\"27.1\"},{",
    "\"from\":\"2024-04\",\"group\":\"staff\",\"rate\":\"28.97\"}]},\"pay_awards\":[{\"effective\":\"2023-08\",\"group\":",
    "\"staff\",\"percent\":\"7\"},{\"effective\":\"2023-09\",\"group\":\"officer\",\"percent\":\"7\"},{\"effective\":\"202",
    "4-08\",\"group\":\"staff\",\"percent\":\"4.75\"},{\"effective\":\"2024-09\",\"group\":\"officer\",\"percent\":\"4.75",
    "\"},{\"effective\":\"2025-08\",\"group\":\"staff\",\"percent\":\"4.2\"},{\"effective\":\"2025-09\",\"group\":\"offic",
    "er\",\"percent\":\"4.2\"}],\"posts\":[{\"backfill\":{\"annual_cost\":\"88950.00\"},\"group\":\"officer\",\"id\":\"ds",
    "-marsoc\",\"pay\":{\"allowances\":[{\"annual\":\"2865.00\",\"name\":\"London weighting\"},{\"annual\":\"5338.00\"",
    ",\"name\":\"London allowance\",\"uprated\":false}],\"salary\":\"49000.00\"},\"start\":\"2023-04\",\"team\":\"MARS",
    "OC\",\"title\":\"Detective Sergeant\"},{\"backfill\":{\"annual_cost\":\"76020.00\"},\"group\":\"officer\",\"id\":",
    "\"dc-marsoc\",\"pay\":{\"allowances\":[{\"annual\":\"2865.00\",\"name\":\"London weighting\"},{\"annual\":\"5338.",
    "00\",\"name\":\"London allowance\",\"uprated\":false}],\"salary\":\"43032.00\"},\"start\":\"2023-04\",\"team\":\"M",
    "ARSOC\",\"title\":\"Detective Constable\"},{\"backfill\":{\"annual_cost\":\"76020.00\"},\"group\":\"officer\",\"",
    "id\":\"dc-corruption-1\",\"pay\":{\"allowances\":[{\"annual\":\"2865.00\",\"name\":\"London weighting\"},{\"annu",
    "al\":\"5338.00\",\"name\":\"London allowance\",\"uprated\":false}],\"salary\":\"43032.00\"},\"start\":\"2023-04\"",
    ",\"team\":\"Corruption\",\"title\":\"Detective Constable\"},{\"backfill\":{\"annual_cost\":\"76020.00\"},\"grou",
    "p\":\"officer\",\"id\":\"dc-corruption-2\",\"pay\":{\"allowances\":[{\"annual\":\"2865.00\",\"name\":\"London weig",
    "hting\"},{\"annual\":\"5338.00\",\"name\":\"London allowance\",\"uprated\":false}],\"salary\":\"43032.00\"},\"st",
    "art\":\"2023-04\",\"team\":\"Corruption\",\"title\":\"Detective Constable\"},{\"group\":\"staff\",\"id\":\"ido\",\"p",
    "ay\":{\"allowances\":[{\"annual\":\"2148.00\",\"name\":\"Location allowance (inner London)\"}],\"salary\":\"27",
    "545.00\"},\"start\":\"2023-04\",\"team\":\"MARSOC\",\"title\":\"Intelligence Development Officer (Band E)\"}]",
    "}{\"grant\":{\"allocations\":[{\"amount\":\"382590.00\",\"fy\":2023},{\"amount\":\"500000.00\",\"fy\":2024},{\"am",
    "ount\":\"500000.00\",\"fy\":2025}],\"name\":\"MoJ (HMPPS) SOC grant\"},\"horizon\":{\"end\":\"2026-03\",\"start\"",
    ":\"2023-04\"},\"name\":\"Business as usual\",\"non_staff\":[{\"annual_cost\":\"0.00\",\"name\":\"Line managemen",
    "t, IT, vehicles and desk space (MPS-provided)\"}],\"posts\":[{\"annual_cost\":\"88950.00\",\"backfill\":{",
    "\"annual_cost\":\"88950.00\"},\"id\":\"ds-marsoc\",\"start\":\"2023-04\",\"team\":\"MARSOC\",\"title\":\"Detective ",
    "Sergeant\"},{\"annual_cost\":\"76020.00\",\"backfill\":{\"annual_cost\":\"76020.00\"},\"id\":\"dc-marsoc\",\"sta",
    "rt\":\"2023-04\",\"team\":\"MARSOC\",\"title\":\"Detective Constable\"},{\"annual_cost\":\"76020.00\",\"backfill",
    "\":{\"annual_cost\":\"76020.00\"},\"id\":\"dc-corruption-1\",\"start\":\"2023-04\",\"team\":\"Corruption\",\"title",
    "\":\"Detective Constable\"},{\"annual_cost\":\"76020.00\",\"backfill\":{\"annual_cost\":\"76020.00\"},\"id\":\"d",
    "c-corruption-2\",\"start\":\"2023-04\",\"team\":\"Corruption\",\"title\":\"Detective Constable\"},{\"annual_co",
    "st\":\"65580.00\",\"id\":\"ido\",\"start\":\"2023-04\",\"team\":\"MARSOC\",\"title\":\"Intelligence Development Of",
    "ficer (Band E)\"}]}"
);

#[cfg(test)]
mod tests {
    use super::DICTIONARY_V2;

    #[test]
    fn the_dictionary_is_frozen_and_fits_the_deflate_window() {
        // Changing one byte breaks every version 2 link made so far: this test says so.
        assert_eq!(DICTIONARY_V2.len(), 4146);
        assert_eq!(crate::link::checksum(DICTIONARY_V2.as_bytes()), 0x4a43_8fce);
        assert!(DICTIONARY_V2.len() < 32 * 1024, "deflate looks back 32 KiB at most");
    }
}
