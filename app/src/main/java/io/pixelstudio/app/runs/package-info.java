/**
 * The Runs screen: launch SFT, RL and evaluation runs from a form, watch their metrics and logs live,
 * stop them, evaluate checkpoints (results go to Compare), and diff two runs' specs. The view model
 * drives trainer-bridge's supervisor and registry; the window only shows it.
 */
package io.pixelstudio.app.runs;
