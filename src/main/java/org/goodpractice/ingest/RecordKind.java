package org.goodpractice.ingest;

/** The kinds of source document the importer reads; {@link #AUTO} tells them apart by their shape. */
public enum RecordKind {
    /** Decide per file: an Interreg annex when it has annex fields ("Index:", "Project information"), else an article. */
    AUTO,
    /** An Interreg IVC good-practice annex. */
    ANNEX,
    /** A case-study article, such as a blog post. */
    ARTICLE
}
