package org.provisionlens.jobs.sources.gias;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small GIAS "edubasealldata" extract ({@code fixtures/gias-extract-trafford.csv}): the download's header (134
 * columns in its order, as of 2024-25), CRLF line ends, kept in the repository as UTF-8 and written in Windows-1252 as
 * GIAS serves it. Rows are plausible, based on Trafford's schools (URNs, numbers, ages, capacities, postcodes from
 * GIAS via Trafford Data Lab; eastings and northings converted from their published latitude and longitude); the
 * closed and proposed schools and the other LAs' rows are made up.
 *
 * <ul>
 *   <li>lines 2-9: open Trafford schools: special (St John Vianney, Delamere, Manor Academy Sale), with an SEN unit
 *       (Firs), with resourced provision and an SEN unit (Moorlands), with resourced provision (All Saints’),
 *       mainstream (St Mary’s), independent special (Fairfield House);
 *   <li>line 10: closed; line 11: open, but proposed to close; line 12: proposed to open;
 *   <li>line 13: Manchester (352); line 14: Stockport (356);
 *   <li>lines 15-19 broken: a URN "abc"; capacity "lots" and an unknown SEN type; reversed ages and an easting
 *       without a northing; a blank line; an easting off the grid;
 *   <li>line 20: a specialist post-16 college with no capacity and no grid reference.
 * </ul>
 */
final class GiasFixture {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Path ROWS = Path.of("src/test/resources/fixtures/gias-extract-trafford.csv");

    private GiasFixture() {}

    static Path writeWindows1252(Path file) throws IOException {
        Files.writeString(file, Files.readString(ROWS, StandardCharsets.UTF_8), WINDOWS_1252);
        return file;
    }
}
