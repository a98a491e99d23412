package org.provisionlens.jobs.generate;

/** One generated service with its demand and the capacity set around it. */
record GeneratedService(
        String serviceId,
        String name,
        ServiceTemplate template,
        String organisation,
        Area location,
        String address,
        int demand,
        int capacity,
        int currentUse,
        int waitingList,
        int waitingWeeks,
        String qualityRating,
        String lastReviewed,
        String slug) {}
