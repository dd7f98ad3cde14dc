package io.pixelstudio.trace.index;

import io.pixelstudio.trace.format.JsonRecordLayout;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * What the first bytes of a file say: whether it begins with a UTF-8 byte-order mark and whether
 * it is a JSON list or JSON lines, by {@link JsonRecordLayout#fromHead}. A file that announces
 * neither is scanned as JSON lines, so each bad line is reported where it is.
 */
record FileStart(int bomLength, JsonRecordLayout layout) {

    static FileStart of(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate((int) Math.min(JsonRecordLayout.HEAD_BYTES, channel.size()));
        while (head.hasRemaining()) {
            if (channel.read(head, head.position()) < 0) {
                break;
            }
        }
        byte[] bytes = head.array();
        int n = head.position();
        return new FileStart(JsonRecordLayout.bomLength(bytes, n),
                JsonRecordLayout.fromHead(bytes, n).orElse(JsonRecordLayout.LINES));
    }
}
