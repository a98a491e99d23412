package org.provisionlens.jobs.sources.gias;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.provisionlens.core.geography.LatLon;
import org.provisionlens.core.provision.Establishment;
import org.provisionlens.core.provision.ProvisionKind;
import org.provisionlens.core.provision.SettingClassifier;
import org.provisionlens.core.services.AgeRange;
import org.provisionlens.core.services.CapacityUnit;
import org.provisionlens.core.services.Domain;
import org.provisionlens.core.services.EstablishmentServices;
import org.provisionlens.core.services.Service;
import org.provisionlens.core.services.ServiceBuilder;
import org.provisionlens.core.services.ServiceLocation;
import org.provisionlens.core.services.SourceReference;
import org.provisionlens.core.services.Tier;
import org.provisionlens.jobs.ingest.CsvInput;
import org.provisionlens.jobs.ingest.Values;
import org.provisionlens.jobs.manifest.InputSpec;

/**
 * GIAS establishments as Local Offer services, so that they merge by URN with the same schools in other listings (Open
 * Referral UK feeds, the service CSV). One service per establishment:
 *
 * <ul>
 *   <li>id: the input's name, ":" and the URN; domain EDUCATION;
 *   <li>tier SPECIALIST when the {@link SettingClassifier} finds specialist provision (a special school, a specialist
 *       post-16 institution, an SEN unit or resourced provision), else UNIVERSAL;
 *   <li>capacity: SchoolCapacity in PLACES (the whole school's; unit and resourced provision places stay on the
 *       {@link Establishment}), current use: NumberOfPupils;
 *   <li>needs from SEN1-SEN13; categories: the phase, the GIAS type and the kinds of specialist provision.
 * </ul>
 */
final class GiasServices {

    private GiasServices() {}

    static List<Service> services(InputSpec spec, List<Row> rows, boolean inArea) {
        List<Service> services = new ArrayList<>();
        for (Row row : rows) {
            services.addAll(EstablishmentServices.of(GiasExtract.establishment(row), service(spec, row, inArea)));
        }
        return services;
    }

    static Service service(InputSpec spec, Row row, boolean inArea) {
        Establishment establishment = GiasExtract.establishment(row);
        Set<ProvisionKind> kinds = SettingClassifier.classify(establishment);
        LatLon location = GiasExtract.location(row);
        long line = ((Number) row.getAs(CsvInput.LINE)).longValue();
        List<String> categories = Stream.concat(
                        Stream.of(Values.textOrNull(row, GiasColumns.PHASE), establishment.establishmentType()),
                        kinds.stream().map(ProvisionKind::label))
                .filter(Objects::nonNull)
                .filter(value -> !value.equalsIgnoreCase("not applicable"))
                .distinct()
                .toList();
        return ServiceBuilder.service(spec.name() + ":" + establishment.urn(), establishment.name())
                .urn(establishment.urn())
                .domain(Domain.EDUCATION)
                .tier(kinds.isEmpty() ? Tier.UNIVERSAL : Tier.SPECIALIST)
                .needs(GiasExtract.needsServed(row))
                .ages(new AgeRange(establishment.lowAge(), establishment.highAge()))
                .locations(List.of(new ServiceLocation(
                        establishment.name(),
                        optional(row, List.of(GiasColumns.STREET, GiasColumns.LOCALITY, GiasColumns.TOWN)),
                        establishment.postcode(),
                        location == null ? null : location.latitude(),
                        location == null ? null : location.longitude())))
                .capacity(establishment.capacity())
                .capacityUnit(CapacityUnit.PLACES)
                .currentUse(Values.integerOrNull(row, GiasColumns.PUPILS))
                .inArea(inArea ? Boolean.TRUE : null)
                .qualityRating(optional(row, List.of(GiasColumns.OFSTED_RATING)))
                .website(Values.textOrNull(row, GiasColumns.WEBSITE))
                .phone(Values.textOrNull(row, GiasColumns.TELEPHONE))
                .categories(categories)
                .sources(List.of(new SourceReference(
                        spec.name(), spec.format(), spec.fileName(), "line " + line, establishment.urn())))
                .build();
    }

    /** The non-blank values of the columns the extract has, joined with ", "; {@code null} when none. */
    private static String optional(Row row, List<String> columns) {
        Set<String> present = Set.of(row.schema().fieldNames());
        String joined = columns.stream()
                .filter(present::contains)
                .map(column -> Values.textOrNull(row, column))
                .filter(Objects::nonNull)
                .filter(value -> !value.equalsIgnoreCase("not applicable"))
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }
}
