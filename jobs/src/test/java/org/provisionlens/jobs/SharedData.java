package org.provisionlens.jobs;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public files of {@code shared/data} (beside the project: {@code ../shared/data} from its root), found from
 * the working directory or a parent of it. A test that needs one fails, never skips, when it is not there.
 */
public final class SharedData {

    private SharedData() {}

    public static Path file(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "no shared/data/" + relative + " above " + Path.of("").toAbsolutePath());
    }
}
