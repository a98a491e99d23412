package org.provisionlens.core.forecast;

import java.util.Map;

/**
 * LA code changes that the DfE series carries: the same authority under two codes in different years. Buckinghamshire
 * (a unitary authority since April 2020, E06000060) appears in the EHC plan statistics as E10000002 (the old county's
 * code) in 2019, 2020, 2024 and 2025 and as E06000060 in 2021-2023; its years are merged under the current code.
 * Splits and mergers of different areas (Northamptonshire in 2021, Cumbria in 2023, Dorset and Bournemouth, Christchurch
 * and Poole in 2019) are not the same authority and are not merged: the new authorities enter the back-test when they
 * have enough years.
 */
public final class LaCodes {

    private static final Map<String, String> CURRENT = Map.of("E10000002", "E06000060");

    private LaCodes() {}

    /** The current code of the authority a code names: itself unless it is a former code of the same authority. */
    public static String current(String code) {
        return CURRENT.getOrDefault(code, code);
    }
}
