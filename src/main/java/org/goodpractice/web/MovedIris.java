package org.goodpractice.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Paths of IRIs the repository minted once and has since renamed. The Interreg IVC priorities and
 * sub-themes lived at {@code {base}id/concept/priority/{n}} and {@code {base}id/concept/sub-theme/{slug}}
 * until they were qualified by programme, so that no other programme's concepts can take those
 * names; links published before then must still land on the concept, hence 301 to the new path.
 *
 * <pre>
 * MovedIris.renamed("concept/priority/1");   // Optional["concept/interreg-ivc/priority/1"]
 * MovedIris.renamed("practice/0557C2");      // Optional.empty()
 * </pre>
 */
final class MovedIris {
    private static final Pattern IVC_CONCEPT = Pattern.compile("concept/(priority|sub-theme)/(.+)");

    private MovedIris() {
    }

    /** The current path of the resource once at {@code path}, if it was renamed. */
    static Optional<String> renamed(String path) {
        var ivc = IVC_CONCEPT.matcher(path);
        return ResourcePaths.wellFormed(path) && ivc.matches() ? Optional.of("concept/interreg-ivc/" + ivc.group(1) + "/" + ivc.group(2)) : Optional.empty();
    }
}
