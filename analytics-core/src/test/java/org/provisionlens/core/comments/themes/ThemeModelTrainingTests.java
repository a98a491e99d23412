package org.provisionlens.core.comments.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped model is exactly what training on the tuning sets gives: nobody edited a weight by hand, and anyone can
 * check where each came from. {@code -Dthemes.retrain=true} rewrites the file (after a change to the cues, the
 * features or the training) instead of failing.
 */
class ThemeModelTrainingTests {

    private static final Path SHIPPED = Path.of("src/main/resources/comments/theme-model.txt");

    @Test
    void theShippedModelIsWhatTrainingOnTheTuningSetsGives() throws IOException {
        String trained = ThemeModelTraining.shipped();
        if (Boolean.getBoolean("themes.retrain")) {
            Files.writeString(SHIPPED, trained, StandardCharsets.UTF_8);
        }
        String shipped;
        try (InputStream in = ThemeModel.class.getResourceAsStream("/comments/theme-model.txt")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // 2,665 NHS tuning comments + 220 SEND development comments (330 less the 110 held out)
        assertThat(trained).contains("2885 comments");
        assertThat(trained).isEqualTo(shipped);
    }
}
