package org.provisionlens.dashboards.services;

/** The links of the services page that keep its filter and local authority: pages, sort orders and the download. */
record ServiceLinks(ServiceFilter filter, String laCode) {

    public String page(int page) {
        return filter.link("/services", laCode, page, filter.descending());
    }

    /** Sorting by name flips the current order and starts again at page 1. */
    public String sortByName() {
        return filter.link("/services", laCode, 1, !filter.descending());
    }

    public String csv() {
        return filter.link("/services.csv", laCode, 1, filter.descending());
    }

    public String xlsx() {
        return filter.link("/services.xlsx", laCode, 1, filter.descending());
    }

    public String clear() {
        return new ServiceFilter(null, null, null, false, null, false).link("/services", laCode, 1, false);
    }
}
