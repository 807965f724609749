package org.goodpractice.ingest;

/** The kinds of source document the importer reads; {@link #AUTO} tells them apart by their shape. */
public enum RecordKind {
    /**
     * Decide per file: an Interreg annex when it has annex fields ("Index:", "Project information"), an
     * article when it has a "Posted in:" line; a file with neither matches no known format and is refused.
     */
    AUTO,
    /** An Interreg IVC good-practice annex. */
    ANNEX,
    /** A case-study article, such as a blog post. */
    ARTICLE
}
