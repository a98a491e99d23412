package org.provisionlens.jobs.national;

import java.io.Serializable;

/**
 * What the per-LA functions give back: one table's rows of one LA, as the CSV text COPY reads (run id first), in the
 * order they are to be copied ({@code part}, then {@code seq}). A bean, for Spark's bean encoder.
 */
public class LaRows implements Serializable {

    private static final long serialVersionUID = 1L;

    private String laCode;
    private int part;
    private int seq;
    private String table;
    private String csv;
    private long rows;

    public LaRows() {}

    LaRows(String laCode, int part, int seq, String table, String csv, long rows) {
        this.laCode = laCode;
        this.part = part;
        this.seq = seq;
        this.table = table;
        this.csv = csv;
        this.rows = rows;
    }

    public String getLaCode() {
        return laCode;
    }

    public void setLaCode(String laCode) {
        this.laCode = laCode;
    }

    public int getPart() {
        return part;
    }

    public void setPart(int part) {
        this.part = part;
    }

    public int getSeq() {
        return seq;
    }

    public void setSeq(int seq) {
        this.seq = seq;
    }

    /** The table and its columns as COPY names them. */
    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table;
    }

    public String getCsv() {
        return csv;
    }

    public void setCsv(String csv) {
        this.csv = csv;
    }

    public long getRows() {
        return rows;
    }

    public void setRows(long rows) {
        this.rows = rows;
    }
}
