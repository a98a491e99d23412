package org.provisionlens.dashboards.services;

import java.util.ArrayList;
import java.util.List;

/**
 * Which slice of {@code total} rows a page shows, {@code size} to a page; the page asked for is kept within 1 and the
 * last page. {@link #numbers()} are the page numbers to link (first, last and the pages around this one), with
 * {@code null} where an ellipsis stands for the pages left out.
 */
record Pagination(int page, int pages, long total, int size) {

    static Pagination of(long total, int requested, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be positive, was " + size);
        }
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Pagination(Math.min(Math.max(1, requested), pages), pages, total, size);
    }

    long offset() {
        return (long) (page - 1) * size;
    }

    /** The position of the first row shown, counting from 1 (0 when there are none). */
    public long from() {
        return total == 0 ? 0 : offset() + 1;
    }

    public long to() {
        return Math.min(total, offset() + size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public List<Integer> numbers() {
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= 1) {
                numbers.add(n);
            } else if (!numbers.isEmpty() && numbers.get(numbers.size() - 1) != null) {
                numbers.add(null);
            }
        }
        return numbers;
    }

    /** The GOV.UK pagination item's classes for page {@code number} ({@code null}: an ellipsis). */
    public String itemClass(Integer number) {
        String item = "govuk-pagination__item";
        if (number == null) {
            return item + " " + item + "--ellipses";
        }
        return number == page ? item + " " + item + "--current" : item;
    }
}
