package org.provisionlens.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BenchLasTests {

    @Test
    void theGeneratorsLasAreTheLocalAuthorityAllPlansRowsOfTheYearInCodeOrder() throws Exception {
        String csv = "\uFEFFtime_period,geographic_level,new_la_code,old_la_code,la_name,breakdown_topic,breakdown\n"
                + "202425,National,,,,All EHC plans,All EHC plans\n"
                + "202425,Local authority,E08000009,358,Trafford,All EHC plans,All EHC plans\n"
                + "202425,Local authority,E08000009,358,Trafford,Child or young persons age,Age 5 to 10\n"
                + "202425,Local authority,E06000023,801,\"Bristol, City of\",All EHC plans,All EHC plans\n"
                + "202324,Local authority,E09000001,201,City of London,All EHC plans,All EHC plans\n"
                + "202425,Regional,E12000002,,,All EHC plans,All EHC plans\n"
                + "202425,Local authority,E06000001,805,Hartlepool,All EHC plans,All EHC plans\n";
        assertThat(BenchLas.las(new StringReader(csv), "202425"))
                .containsExactly("E06000001", "E06000023", "E08000009");
    }

    @Test
    void everyTenthAndEverySecondStartWithTheFirstCode() {
        // 25 codes, given out of order: C00 .. C24
        List<String> codes = IntStream.range(0, 25)
                .map(i -> 24 - i)
                .mapToObj(i -> String.format("C%02d", i))
                .toList();
        assertThat(BenchLas.everyNth(codes, 10)).containsExactly("C00", "C10", "C20");
        assertThat(BenchLas.everyNth(codes, 2))
                .containsExactly(
                        "C00", "C02", "C04", "C06", "C08", "C10", "C12", "C14", "C16", "C18", "C20", "C22", "C24");
        assertThat(BenchLas.everyNth(codes, 1)).hasSize(25);
    }

    @Test
    void theBundledDfeFileHasEveryEnglishLaOnce() throws Exception {
        List<String> all =
                BenchLas.generatorLas(java.nio.file.Path.of("calibration-data").toAbsolutePath(), "202425");
        assertThat(all).contains("E08000009").doesNotHaveDuplicates().isSorted();
        assertThat(all).hasSize(153);
        assertThat(BenchLas.everyNth(all, 10)).hasSize(16);
        assertThat(BenchLas.everyNth(all, 2)).hasSize(77);
    }
}
