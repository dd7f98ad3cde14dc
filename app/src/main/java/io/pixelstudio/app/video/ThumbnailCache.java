package io.pixelstudio.app.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Decoded thumbnails, least recently used evicted first, bounded by the bytes their pixels take
 * rather than by a count: a 4K video's thumbnails and a phone clip's differ tenfold in size, and
 * memory is what runs out. Thread-safe (background decoders put, the FX thread gets); one lock,
 * held only for map operations. Counts hits and misses so the hit rate can be checked.
 */
public final class ThumbnailCache {

    /** A default large enough for a few thousand 128 px thumbnails. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;
    private final LinkedHashMap<Key, BufferedImage> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;
    private long evictions;

    /** @param maxBytes the most pixel bytes kept; a thumbnail larger than this is never stored */
    public ThumbnailCache(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The thumbnail of {@code frameKey} at {@code maxSide}, or {@code null}; counts a hit or a miss. */
    public synchronized BufferedImage get(Object frameKey, int maxSide) {
        BufferedImage image = entries.get(new Key(frameKey, maxSide));
        if (image == null) {
            misses++;
        } else {
            hits++;
        }
        return image;
    }

    /** Stores a thumbnail, evicting the least recently used ones until the total fits. */
    public synchronized void put(Object frameKey, int maxSide, BufferedImage thumbnail) {
        Objects.requireNonNull(thumbnail, "thumbnail");
        Key key = new Key(frameKey, maxSide);
        long size = bytesOf(thumbnail);
        BufferedImage previous = entries.remove(key);
        if (previous != null) {
            bytes -= bytesOf(previous);
        }
        if (size > maxBytes) {
            return;
        }
        entries.put(key, thumbnail);
        bytes += size;
        var eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<Key, BufferedImage> entry = eldest.next();
            bytes -= bytesOf(entry.getValue());
            eldest.remove();
            evictions++;
        }
    }

    /** Forgets every thumbnail (counters are kept). */
    public synchronized void clear() {
        entries.clear();
        bytes = 0;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Pixel bytes held now. */
    public synchronized long sizeBytes() {
        return bytes;
    }

    /** Thumbnails held now. */
    public synchronized int size() {
        return entries.size();
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }

    /** Thumbnails dropped to stay within {@link #maxBytes()}. */
    public synchronized long evictions() {
        return evictions;
    }

    /** The bytes of an image's pixel storage: every bank's elements times the element size. */
    static long bytesOf(BufferedImage image) {
        DataBuffer buffer = image.getRaster().getDataBuffer();
        return (long) buffer.getSize() * buffer.getNumBanks() * (DataBuffer.getDataTypeSize(buffer.getDataType()) / 8);
    }

    private record Key(Object frameKey, int maxSide) {
        Key {
            Objects.requireNonNull(frameKey, "frameKey");
        }
    }
}
