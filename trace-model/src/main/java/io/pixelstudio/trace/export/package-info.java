/**
 * The curated export: the traces a curator chose (accepted, a saved view, a query, a selection)
 * written to training formats in one self-contained folder — data files, the media they reference
 * copied beside them, and {@code export-summary.json} saying what was written and what was left out
 * and why. Shared by the studio's export dialog and {@code pixelstudio export}.
 */
package io.pixelstudio.trace.export;
