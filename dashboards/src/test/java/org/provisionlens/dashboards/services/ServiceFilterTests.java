package org.provisionlens.dashboards.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceFilterTests {

    @Test
    void noFilterSelectsEverything() {
        ServiceFilter filter = ServiceFilter.of("", null, " ", null, "", null);

        assertThat(filter.any()).isFalse();
        assertThat(filter.where()).isEqualTo(new ServiceFilter.Where("", List.of()));
        assertThat(filter.link("/services", "E08000009", 1, false)).isEqualTo("/services?la=E08000009");
    }

    @Test
    void everyFilterBecomesAConditionWithItsArgument() {
        ServiceFilter filter = ServiceFilter.of("health", "NOT_RECORDED", "asd", "true", " Speech ", "-name");

        assertThat(filter.any()).isTrue();
        assertThat(filter.descending()).isTrue();
        assertThat(filter.where())
                .isEqualTo(new ServiceFilter.Where(
                        " AND v.domain = ? AND v.tier IS NULL AND ? = ANY (v.needs) AND v.merged_from > 1"
                                + " AND strpos(lower(v.name), lower(?)) > 0",
                        List.of("HEALTH", "ASD", "Speech")));
    }

    @Test
    void linksKeepTheFilterAndEncodeTheName() {
        ServiceFilter filter = ServiceFilter.of("HEALTH", null, null, "on", "Speech & language", null);

        assertThat(filter.link("/services", "E08000009", 3, true))
                .isEqualTo("/services?la=E08000009&domain=HEALTH&merged=true&name=Speech%20%26%20language"
                        + "&sort=-name&page=3");
        assertThat(filter.link("/services.csv", "E08000009", 1, false))
                .isEqualTo("/services.csv?la=E08000009&domain=HEALTH&merged=true&name=Speech%20%26%20language");
    }

    @Test
    void refusesValuesThatAreNotCodes() {
        assertThatThrownBy(() -> ServiceFilter.of("SPORT", null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("domain must be one of");
        assertThatThrownBy(() -> ServiceFilter.of(null, "TOP", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tier must be one of");
        assertThatThrownBy(() -> ServiceFilter.of(null, null, null, null, null, "organisation"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ServiceFilter.of(null, null, null, "false", null, null).mergedOnly())
                .isFalse();
    }
}
