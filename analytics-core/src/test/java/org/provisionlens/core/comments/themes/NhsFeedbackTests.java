package org.provisionlens.core.comments.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NhsFeedbackTests {

    private static final String HEADER = "Comment ID,Respondent ID,FFT answer,Comment sentiment,Timeliness of care,"
            + "Transport to/ from services,\"Being kept informed, clarity & consistency of information\","
            + "Information provision & guidance,Unspecified communication,Competence & training,Parking\n";

    @Test
    void theCopyIsThePublishedFileByteForByte() throws IOException, NoSuchAlgorithmException {
        // sha256sum shared/data/feedback-labelled/nhs-fft-labelled-dev.csv
        try (InputStream in = NhsFeedback.class.getResourceAsStream(NhsFeedback.RESOURCE)) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            assertThat(HexFormat.of().formatHex(digest))
                    .isEqualTo("549fee25c613fd8d83f17143af179f20c45a2df80d0a329078fb58b854268e62");
        }
    }

    @Test
    void mapsFourThemesTakesTheCommentsSentimentAndSplitsByRespondent() throws IOException {
        List<NhsFeedback> rows = NhsFeedback.read(new StringReader(HEADER
                // respondent 528: 5 + 2 + 8 = 15, divisible by 3: untuned; sentiment 4: negative
                + "NEAS PTS 528 - Q1,NEAS PTS 528,Waited two hours.,4,1,,,,,,\n"
                // respondent 529: tuning; two communication labels are one theme; sentiment 1: positive
                + "NHFT 529 - Q1,NHFT 529,Good advice.,1,,,1,1,,,\n"
                // no text: dropped
                + "NHFT 530 - Q1,NHFT 530,,,,,,,,,\n"
                // Parking is not mapped: labelled none of ours; no sentiment: mixed
                + "NHFT 532 - Q2,NHFT 532,Car park full.,,,,,,,,1\n"));
        assertThat(rows)
                .containsExactly(
                        new NhsFeedback(
                                new LabelledComment(
                                        "NEAS PTS 528 - Q1",
                                        "Waited two hours.",
                                        Map.of("waiting_times", Stance.NEGATIVE)),
                                true),
                        new NhsFeedback(
                                new LabelledComment(
                                        "NHFT 529 - Q1", "Good advice.", Map.of("communication", Stance.POSITIVE)),
                                false),
                        new NhsFeedback(new LabelledComment("NHFT 532 - Q2", "Car park full.", Map.of()), false));
    }

    @Test
    void theWholeFileSplitsIntoTheTwoParts() {
        // 4,774 rows, 508 without text; respondents whose number is divisible by 3 hold 1,601 of the 4,266 left
        assertThat(NhsFeedback.all()).hasSize(4266);
        assertThat(NhsFeedback.untunedPart()).hasSize(1601);
        assertThat(NhsFeedback.tuning()).hasSize(2665);
        // labelled themes in the untuned part: 214 + 59 + 71 + 24 = 368
        assertThat(NhsFeedback.untunedPart().stream()
                        .mapToInt(c -> c.themes().size())
                        .sum())
                .isEqualTo(368);
    }
}
