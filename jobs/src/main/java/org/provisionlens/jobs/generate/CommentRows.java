package org.provisionlens.jobs.generate;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes {@code comments.csv} (format {@code comments-csv}), with the scheduled defects. */
final class CommentRows {

    static final String FILE = "comments.csv";
    static final String HEADER = "id,date,respondent_type,channel,text,service_reference,area";
    static final List<String> DEFECTS = List.of("empty text", "unknown respondent type", "duplicate id", "bad date");

    private static final DateTimeFormatter BAD_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private CommentRows() {}

    static void write(
            OutputFile file,
            BrokenKey key,
            List<GeneratedComment> comments,
            String oldLaCode,
            BrokenSchedule schedule) {
        String lastId = null;
        for (int i = 0; i < comments.size(); i++) {
            GeneratedComment c = comments.get(i);
            String id = "C" + oldLaCode + "-" + String.format("%04d", i + 1);
            int defect = schedule.kindFor(i);
            if (defect == 2 && lastId == null) {
                defect = 0; // nothing earlier in this LA to duplicate: break the row another way
            }
            String row = String.join(
                    ",",
                    defect == 2 ? lastId : id,
                    defect == 3 ? BAD_DATE.format(c.date()) : c.date().toString(),
                    defect == 1 ? "alien" : c.respondentType(),
                    c.channel(),
                    defect == 0 ? "" : CsvText.quote(c.text()),
                    c.serviceReference(),
                    c.area());
            long line = file.write(row, defect >= 0);
            if (defect >= 0) {
                key.add(FILE, line, DEFECTS.get(defect));
            } else {
                lastId = id;
            }
        }
    }
}
