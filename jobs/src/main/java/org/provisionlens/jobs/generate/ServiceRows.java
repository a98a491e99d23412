package org.provisionlens.jobs.generate;

import java.util.List;
import java.util.Locale;

/** Writes {@code services.csv} (format {@code service-csv}), with the scheduled defects. */
final class ServiceRows {

    static final String FILE = "services.csv";
    static final String HEADER = "service_id,name,description,organisation,domain,tier,needs,min_age,max_age,"
            + "location_name,address,postcode,latitude,longitude,capacity,capacity_unit,current_use,waiting_list,"
            + "waiting_weeks,cost_per_unit,funder,in_area,eligibility,quality_rating,last_reviewed,email,phone,"
            + "website,urn";

    static final List<String> DEFECTS = List.of(
            "empty name",
            "duplicate service_id",
            "unknown tier",
            "capacity not a number",
            "capacity without unit",
            "bad postcode",
            "unknown funder",
            "unknown domain",
            "negative waiting weeks");

    private ServiceRows() {}

    static void write(OutputFile file, BrokenKey key, List<GeneratedService> services, BrokenSchedule schedule) {
        String lastId = null;
        for (int i = 0; i < services.size(); i++) {
            GeneratedService s = services.get(i);
            ServiceTemplate t = s.template();
            int defect = schedule.kindFor(i);
            if (defect == 1 && lastId == null) {
                defect = 0; // nothing earlier in this LA to duplicate: break the row another way
            }
            String[] f = new String[29];
            f[0] = defect == 1 ? lastId : s.serviceId();
            f[1] = defect == 0 ? "" : s.name();
            f[2] = t.description();
            f[3] = s.organisation();
            f[4] = defect == 7 ? "astrology" : t.domain();
            // reversed ages and coordinates out of range are findings, not quarantine (the row is kept): a broken row
            // must be one the reader quarantines, so these defects are in coded fields
            f[5] = defect == 2 ? "intensive" : t.tier();
            f[6] = t.needs();
            f[7] = Integer.toString(t.minAge());
            f[8] = Integer.toString(t.maxAge());
            f[9] = locationName(s);
            f[10] = s.address();
            f[11] = defect == 5
                    ? "NOT A POSTCODE"
                    : s.location().postcode() == null ? "" : s.location().postcode();
            f[12] = String.format(Locale.ROOT, "%.6f", s.location().latitude());
            f[13] = String.format(Locale.ROOT, "%.6f", s.location().longitude());
            f[14] = defect == 3 ? "lots" : Integer.toString(s.capacity());
            f[15] = defect == 4 ? "" : t.unit();
            f[16] = Integer.toString(s.currentUse());
            f[17] = Integer.toString(s.waitingList());
            f[18] = Integer.toString(defect == 8 ? -3 : s.waitingWeeks());
            f[19] = Integer.toString(t.costPerUnit());
            f[20] = defect == 6 ? "lottery" : t.funder();
            f[21] = t.inArea() ? "yes" : "no";
            f[22] = t.eligibility();
            f[23] = s.qualityRating();
            f[24] = s.lastReviewed();
            String local = t.key().toLowerCase(Locale.ROOT);
            f[25] = local + "@" + s.slug() + ".example.org";
            f[26] = "01632 960" + s.serviceId().substring(1, 4);
            f[27] = "https://www." + s.slug() + ".example.org/send/" + local;
            f[28] = "";
            StringBuilder row = new StringBuilder(400);
            for (int c = 0; c < f.length; c++) {
                if (c > 0) {
                    row.append(',');
                }
                row.append(CsvText.quote(f[c]));
            }
            long line = file.write(row, defect >= 0);
            if (defect >= 0) {
                key.add(FILE, line, DEFECTS.get(defect));
            } else {
                lastId = s.serviceId();
            }
        }
    }

    private static String locationName(GeneratedService s) {
        if (s.template().unit().equals("places")) {
            return s.name();
        }
        return s.template().domain().equals("health")
                ? s.name().replaceFirst(" Children's.*| Child and.*", "") + " Child Development Centre"
                : s.organisation() + " Family Hub";
    }
}
