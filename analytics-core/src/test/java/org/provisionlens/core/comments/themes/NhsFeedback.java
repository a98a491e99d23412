package org.provisionlens.core.comments.themes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Real NHS patient feedback (Friends and Family Test free text from two trusts, labelled by people with the pxtextmining
 * v6 framework; The Strategy Unit / NHS England, MIT), as {@link LabelledComment}s on the four themes the framework
 * shares with ours. A copy of {@code shared/data/feedback-labelled/nhs-fft-labelled-dev.csv} is in the test resources
 * (byte for byte: {@link NhsFeedbackTests} pins its SHA-256).
 *
 * <p>Mapping (issue 11): {@code Timeliness of care} is waiting_times; {@code Transport to/ from services} is transport;
 * {@code Being kept informed, clarity & consistency of information}, {@code Information provision & guidance} and
 * {@code Unspecified communication} are communication; {@code Competence & training} is staff_training. The
 * framework labels a comment, not a theme's stance, so each theme takes the comment's sentiment: 1 or 2 (very)
 * positive, 4 or 5 (very) negative, 3 or none mixed.
 *
 * <p>Split: a comment is in the <b>untuned</b> part when the digits of its respondent's id make a number divisible by
 * 3 ({@code NEAS PTS 528}, {@code NHFT 1131}), so both answers of one respondent fall on the same side; the rest is the
 * tuning part, the only one the rules were read against and the model ({@link ThemeModel}) was trained on. Rows with no
 * text are dropped (the themer finds nothing in them and they are labelled nothing).
 *
 * @param untuned whether the comment is in the untuned part
 */
record NhsFeedback(LabelledComment comment, boolean untuned) {

    static final String RESOURCE = "/comments/nhs/nhs-fft-labelled-dev.csv";

    /** The four themes scored: the mapped ones. */
    static final Set<String> THEMES = Set.of("waiting_times", "transport", "communication", "staff_training");

    private static final Map<String, String> MAPPING = Map.of(
            "Timeliness of care", "waiting_times",
            "Transport to/ from services", "transport",
            "Being kept informed, clarity & consistency of information", "communication",
            "Information provision & guidance", "communication",
            "Unspecified communication", "communication",
            "Competence & training", "staff_training");

    /** Every row with text, in file order. */
    static List<NhsFeedback> all() {
        try (InputStream in = NhsFeedback.class.getResourceAsStream(RESOURCE);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LabelledComment> tuning() {
        return all().stream()
                .filter(f -> !f.untuned())
                .map(NhsFeedback::comment)
                .toList();
    }

    static List<LabelledComment> untunedPart() {
        return all().stream()
                .filter(NhsFeedback::untuned)
                .map(NhsFeedback::comment)
                .toList();
    }

    static List<NhsFeedback> read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        List<NhsFeedback> out = new ArrayList<>();
        for (CSVRecord row : format.parse(reader)) {
            String text = row.get("FFT answer").strip();
            if (text.isEmpty()) {
                continue;
            }
            Stance stance = stance(row.get("Comment sentiment").strip());
            Map<String, Stance> themes = new LinkedHashMap<>();
            MAPPING.forEach((label, code) -> {
                if (!row.get(label).isBlank()) {
                    themes.put(code, stance);
                }
            });
            String respondent = row.get("Respondent ID").replaceAll("\\D", "");
            boolean untuned = !respondent.isEmpty() && Long.parseLong(respondent) % 3 == 0;
            out.add(new NhsFeedback(new LabelledComment(row.get("Comment ID"), text, themes), untuned));
        }
        return out;
    }

    private static Stance stance(String sentiment) {
        return switch (sentiment) {
            case "1", "2" -> Stance.POSITIVE;
            case "4", "5" -> Stance.NEGATIVE;
            default -> Stance.MIXED;
        };
    }
}
