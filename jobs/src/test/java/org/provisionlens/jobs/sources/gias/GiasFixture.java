package org.provisionlens.jobs.sources.gias;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small GIAS "edubasealldata" extract: the real header (the download's columns in its order, as of 2024-25) and
 * rows built from named values, written in Windows-1252 as GIAS serves it. Values are plausible, based on Trafford's
 * schools (URNs, numbers, ages, capacities, postcodes from GIAS via Trafford Data Lab; eastings and northings
 * converted from their published latitude and longitude); the closed school and the other LAs' rows are made up.
 */
final class GiasFixture {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static final List<String> HEADER = Arrays.asList(("URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,"
                    + "TypeOfEstablishment (code),TypeOfEstablishment (name),EstablishmentTypeGroup (code),"
                    + "EstablishmentTypeGroup (name),EstablishmentStatus (code),EstablishmentStatus (name),"
                    + "ReasonEstablishmentOpened (code),ReasonEstablishmentOpened (name),OpenDate,"
                    + "ReasonEstablishmentClosed (code),ReasonEstablishmentClosed (name),CloseDate,"
                    + "PhaseOfEducation (code),PhaseOfEducation (name),StatutoryLowAge,StatutoryHighAge,Boarders (code),"
                    + "Boarders (name),NurseryProvision (name),OfficialSixthForm (code),OfficialSixthForm (name),"
                    + "Gender (code),Gender (name),ReligiousCharacter (code),ReligiousCharacter (name),"
                    + "ReligiousEthos (name),Diocese (code),Diocese (name),AdmissionsPolicy (code),"
                    + "AdmissionsPolicy (name),SchoolCapacity,SpecialClasses (code),SpecialClasses (name),CensusDate,"
                    + "NumberOfPupils,NumberOfBoys,NumberOfGirls,PercentageFSM,TrustSchoolFlag (code),"
                    + "TrustSchoolFlag (name),Trusts (code),Trusts (name),SchoolSponsorFlag (name),"
                    + "SchoolSponsors (name),FederationFlag (name),Federations (code),Federations (name),UKPRN,"
                    + "FEHEIdentifier,FurtherEducationType (name),OfstedLastInsp,LastChangedDate,Street,Locality,"
                    + "Address3,Town,County (name),Postcode,SchoolWebsite,TelephoneNum,HeadTitle (name),HeadFirstName,"
                    + "HeadLastName,HeadPreferredJobTitle,BSOInspectorateName (name),InspectorateReport,"
                    + "DateOfLastInspectionVisit,NextInspectionVisit,TeenMoth (name),TeenMothPlaces,CCF (name),"
                    + "SENPRU (name),EBD (name),PlacesPRU,FTProv (name),EdByOther (name),Section41Approved (name),"
                    + "SEN1 (name),SEN2 (name),SEN3 (name),SEN4 (name),SEN5 (name),SEN6 (name),SEN7 (name),"
                    + "SEN8 (name),SEN9 (name),SEN10 (name),SEN11 (name),SEN12 (name),SEN13 (name),"
                    + "TypeOfResourcedProvision (name),ResourcedProvisionOnRoll,ResourcedProvisionCapacity,"
                    + "SenUnitOnRoll,SenUnitCapacity,GOR (code),GOR (name),DistrictAdministrative (code),"
                    + "DistrictAdministrative (name),AdministrativeWard (code),AdministrativeWard (name),"
                    + "ParliamentaryConstituency (code),ParliamentaryConstituency (name),UrbanRural (code),"
                    + "UrbanRural (name),GSSLACode (name),Easting,Northing,MSOA (name),LSOA (name),"
                    + "InspectorateName (name),SENStat,SENNoStat,PropsName,OfstedRating (name),RSCRegion (name),"
                    + "Country (name),UPRN,SiteName,QABName (code),QABName (name),EstablishmentAccredited (code),"
                    + "EstablishmentAccredited (name),QABReport,CHNumber,MSOA (code),LSOA (code),FSM,"
                    + "AccreditationExpiryDate")
            .split(","));

    private final List<String> lines = new ArrayList<>();

    GiasFixture() {
        lines.add(String.join(",", HEADER));
    }

    /** A row: pairs of column name and value; columns not named are blank. Values with commas are quoted. */
    GiasFixture row(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!HEADER.contains(namesAndValues[i])) {
                throw new IllegalArgumentException("not a GIAS column: " + namesAndValues[i]);
            }
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        List<String> cells = new ArrayList<>();
        for (String column : HEADER) {
            String value = values.getOrDefault(column, "");
            cells.add(value.contains(",") ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        }
        lines.add(String.join(",", cells));
        return this;
    }

    /** A line as given (a broken row, a blank line). */
    GiasFixture raw(String line) {
        lines.add(line);
        return this;
    }

    Path write(Path file) throws IOException {
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", WINDOWS_1252);
        return file;
    }

    /** An open school of Trafford (358) with the columns most rows share. */
    static String[] trafford(String urn, String number, String name, String type, String... more) {
        List<String> values = new ArrayList<>(List.of(
                "URN", urn,
                "LA (code)", "358",
                "LA (name)", "Trafford",
                "EstablishmentNumber", number,
                "EstablishmentName", name,
                "TypeOfEstablishment (name)", type,
                "EstablishmentStatus (code)", "1",
                "EstablishmentStatus (name)", "Open",
                "GOR (name)", "North West",
                "GSSLACode (name)", "E08000009",
                "TypeOfResourcedProvision (name)", "Not applicable"));
        for (int i = 0; i < more.length; i += 2) {
            int at = values.indexOf(more[i]);
            if (at >= 0 && at % 2 == 0) {
                values.set(at + 1, more[i + 1]);
            } else {
                values.add(more[i]);
                values.add(more[i + 1]);
            }
        }
        return values.toArray(String[]::new);
    }
}
