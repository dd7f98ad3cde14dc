/**
 * The studio's user-visible text: one {@link io.pixelstudio.app.i18n.Messages} over the studio's
 * resource bundle, shared by the studio shell and the panes (which read their own key prefix), and
 * the exact number forms that panes use to show values as the trace file has them.
 */
package io.pixelstudio.app.i18n;
