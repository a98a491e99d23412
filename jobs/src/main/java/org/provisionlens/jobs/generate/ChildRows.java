package org.provisionlens.jobs.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes {@code child_records.csv} (format {@code child-records-csv}), with the scheduled defects. */
final class ChildRows {

    static final String FILE = "child_records.csv";
    static final String HEADER = "pseudonymous_id,lsoa_code,postcode_district,age,birth_year,primary_need,"
            + "support_level,setting,plan_or_referral_date,waiting_since";

    /** The defects, in the order they are taken. */
    static final List<String> DEFECTS = List.of(
            "empty id",
            "duplicate id",
            "bad LSOA code",
            "full postcode instead of district",
            "age 31",
            "unknown need code",
            "unknown support level",
            "date in the wrong format",
            "waiting since before plan date",
            "blank line");

    // US month-first with dots: neither ISO nor the dd/mm/yyyy the reader also accepts
    private static final DateTimeFormatter WRONG_FORMAT = DateTimeFormatter.ofPattern("MM.dd.yyyy");

    private ChildRows() {}

    static void write(
            OutputFile file,
            BrokenKey key,
            List<Child> children,
            String oldLaCode,
            int birthYearBase,
            BrokenSchedule schedule) {
        StringBuilder row = new StringBuilder(128);
        String lastId = null;
        for (int i = 0; i < children.size(); i++) {
            Child child = children.get(i);
            String id = id(oldLaCode, i + 1);
            int defect = schedule.kindFor(i);
            if (defect == 1 && lastId == null) {
                defect = 0; // nothing earlier in this LA to duplicate: break the row another way
            }
            row.setLength(0);
            if (defect == 9) {
                key.add(FILE, file.write("", true), DEFECTS.get(defect));
                continue;
            }
            boolean birthYearOnly = child.birthYearOnly() && defect != 4;
            String postcode = child.area().postcodeDistrict();
            LocalDate date = child.planOrReferralDate();
            LocalDate waiting = defect == 8 ? date.minusDays(30) : child.waitingSince();
            row.append(defect == 0 ? "" : defect == 1 ? lastId : id).append(',');
            row.append(defect == 2 ? "E1234" : child.area().lsoaCode()).append(',');
            if (defect == 3) {
                row.append(child.area().postcode() != null ? child.area().postcode() : "ZZ99 3VZ");
            } else if (postcode != null) {
                row.append(postcode);
            }
            row.append(',');
            int age = defect == 4 ? 31 : child.age();
            if (!birthYearOnly) {
                row.append(age);
            }
            row.append(',');
            if (birthYearOnly) {
                row.append(birthYearBase - age);
            }
            row.append(',');
            row.append(defect == 5 ? "XYZ" : child.need()).append(',');
            row.append(defect == 6 ? "pending" : child.ehcPlan() ? "EHC plan" : "SEN support")
                    .append(',');
            row.append(CsvText.quote(child.setting())).append(',');
            row.append(defect == 7 ? WRONG_FORMAT.format(date) : date.toString())
                    .append(',');
            if (waiting != null) {
                row.append(waiting);
            }
            long line = file.write(row, defect >= 0);
            if (defect >= 0) {
                key.add(FILE, line, DEFECTS.get(defect));
            } else {
                lastId = id;
            }
        }
    }

    /** e.g. T358-000123: the LA's DfE number and a counter. */
    static String id(String oldLaCode, int counter) {
        String digits = Integer.toString(counter);
        return "T" + oldLaCode + "-" + "000000".substring(Math.min(6, digits.length())) + digits;
    }
}
