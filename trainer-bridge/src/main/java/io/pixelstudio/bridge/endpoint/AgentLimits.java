package io.pixelstudio.bridge.endpoint;

/**
 * When the agent loop stops executing tool calls, as the reference rollout does
 * ({@code experience_maker.py}: {@code num_toolcalls>3 or len(images)>max_imgnum or
 * cur_tokens>12*1024-200}, with {@code max_imgnum = 16}).
 *
 * @param maxCalls       the most tool calls executed; the next call ends the conversation unexecuted
 * @param maxImages      the most images the conversation may hold before a call is refused
 * @param maxTotalTokens the most prompt + completion tokens of the last request before a call is refused
 */
public record AgentLimits(int maxCalls, int maxImages, int maxTotalTokens) {

    /** The reference's limits: 4 calls, 16 images, 12 * 1024 - 200 tokens. */
    public static final AgentLimits REFERENCE = new AgentLimits(4, 16, 12 * 1024 - 200);

    public AgentLimits {
        if (maxCalls < 0 || maxImages < 1 || maxTotalTokens < 1) {
            throw new IllegalArgumentException("limits must be calls >= 0, images >= 1, tokens >= 1: "
                    + maxCalls + ", " + maxImages + ", " + maxTotalTokens);
        }
    }
}
