package org.provisionlens.dashboards.proposals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.provisionlens.core.reorganisation.Change;
import org.provisionlens.core.reorganisation.Proposal;

/** The form that builds a proposal: its id, name, description, effective date and up to {@link #ROWS} changes. */
public class ProposalForm {

    static final int ROWS = 3;

    private String id = "";
    private String name = "";
    private String description = "";
    private Integer day;
    private Integer month;
    private Integer year;
    private List<ChangeForm> changes = new ArrayList<>();

    public ProposalForm() {
        while (changes.size() < ROWS) {
            changes.add(new ChangeForm());
        }
    }

    /** The proposal, or null with {@code errors} (field to message, in the form's order) saying what is wrong. */
    Proposal proposal(String laCode, Map<String, String> errors) {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9-]{0,79}")) {
            errors.put("id", "Enter a short id: letters, digits and hyphens, such as close-sixth-form");
        }
        if (name == null || name.isBlank()) {
            errors.put("name", "Enter the proposal's name");
        }
        LocalDate effective = null;
        try {
            effective = day == null || month == null || year == null ? null : LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            // said below
        }
        if (effective == null) {
            errors.put("day", "Enter the date the proposal takes effect, such as 1 9 2026");
        }
        List<Change> built = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            if (!changes.get(i).blank()) {
                Change change = changes.get(i).change(i, e -> errors.putIfAbsent(e[0], e[1]));
                if (change != null) {
                    built.add(change);
                }
            }
        }
        if (changes.stream().allMatch(ChangeForm::blank)) {
            errors.put("changes[0].kind", "Choose at least one change");
        }
        return errors.isEmpty() ? new Proposal(id, name.trim(), description, effective, laCode, built) : null;
    }

    static Map<String, String> newErrors() {
        return new LinkedHashMap<>();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null ? "" : id.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getDay() {
        return day;
    }

    public void setDay(Integer day) {
        this.day = day;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<ChangeForm> getChanges() {
        return changes;
    }

    public void setChanges(List<ChangeForm> changes) {
        this.changes = changes;
    }
}
