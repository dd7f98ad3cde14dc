/**
 * Talking to a model served behind an OpenAI-compatible chat-completions endpoint (vLLM, SGLang,
 * LM Studio, Ollama, the Python runner's {@code serve}): endpoint profiles saved without secrets,
 * the HTTP client with typed errors, and the connection test. Uses only the JDK's
 * {@link java.net.http.HttpClient} so the studio ships no extra HTTP stack.
 */
package io.pixelstudio.bridge.endpoint;
