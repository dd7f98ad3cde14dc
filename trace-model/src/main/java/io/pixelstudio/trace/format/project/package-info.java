/**
 * The studio's own project format: a folder with a versioned {@code project.json}, one
 * studio-native trace record per line in {@code traces.jsonl}, and the media copied into
 * {@code media/}. Every save is atomic and keeps the previous file as {@code .bak}, so a crash or a
 * full disk never costs a researcher their curation work. Spec: {@code docs/project-format.md}.
 */
package io.pixelstudio.trace.format.project;
