package org.goodpractice.web;

import static java.util.Objects.requireNonNull;

import org.eclipse.jetty.server.Handler;

/**
 * Everything that publishes the repository as linked data, handed to {@link WebApp#create} in one
 * piece: dereferenceable IRIs and documents, the dataset description and dumps, and the admin
 * endpoint mounted at {@link Paths#ADMIN}.
 */
public record LinkedData(LinkedDataRoutes resources, DatasetRoutes dataset, Handler admin) {
    public LinkedData {
        requireNonNull(resources, "resources");
        requireNonNull(dataset, "dataset");
        requireNonNull(admin, "admin");
    }
}
