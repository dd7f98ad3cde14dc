package io.pixelstudio.trace.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * What the first bytes of a file say: whether it begins with a UTF-8 byte-order mark and whether
 * it is a JSON list (first non-blank byte {@code [}) or JSON lines (anything else).
 */
record FileStart(int bomLength, TraceFile.Layout layout) {

    private static final int PEEK = 64 * 1024;

    static FileStart of(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(PEEK, channel.size()));
        while (head.hasRemaining()) {
            if (channel.read(head, head.position()) < 0) {
                break;
            }
        }
        byte[] bytes = head.array();
        int n = head.position();
        int bom = n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = bom; i < n; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return new FileStart(bom, b == '[' ? TraceFile.Layout.JSON_LIST : TraceFile.Layout.JSON_LINES);
            }
        }
        return new FileStart(bom, TraceFile.Layout.JSON_LINES);
    }
}
