package io.pixelstudio.app.video;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThumbnailCacheTest {

    /** 10x10 packed RGB: 400 bytes. */
    private static BufferedImage small() {
        return new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
    }

    @Test
    void sizesImagesByTheirPixelBytes() {
        assertThat(ThumbnailCache.bytesOf(small())).isEqualTo(400);
        assertThat(ThumbnailCache.bytesOf(new BufferedImage(10, 10, BufferedImage.TYPE_3BYTE_BGR))).isEqualTo(300);
        assertThat(ThumbnailCache.bytesOf(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY))).isEqualTo(100);
    }

    @Test
    void evictsTheLeastRecentlyUsedUntilTheBytesFit() {
        ThumbnailCache cache = new ThumbnailCache(1000);
        cache.put("a", 128, small());
        cache.put("b", 128, small());
        assertThat(cache.get("a", 128)).isNotNull();
        cache.put("c", 128, small());

        assertThat(cache.sizeBytes()).isEqualTo(800);
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.evictions()).isEqualTo(1);
        assertThat(cache.get("b", 128)).as("least recently used").isNull();
        assertThat(cache.get("a", 128)).isNotNull();
        assertThat(cache.get("c", 128)).isNotNull();
    }

    @Test
    void oneLargeThumbnailCanEvictSeveralSmallOnes() {
        ThumbnailCache cache = new ThumbnailCache(1000);
        cache.put("a", 128, small());
        cache.put("b", 128, small());
        cache.put("big", 128, new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB));
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.sizeBytes()).isEqualTo(800);
        assertThat(cache.evictions()).isEqualTo(2);
    }

    @Test
    void countsHitsAndMisses() {
        ThumbnailCache cache = new ThumbnailCache(1000);
        assertThat(cache.get("a", 128)).isNull();
        cache.put("a", 128, small());
        cache.get("a", 128);
        cache.get("a", 128);
        cache.get("a", 64);
        assertThat(cache.hits()).isEqualTo(2);
        assertThat(cache.misses()).isEqualTo(2);
    }

    @Test
    void replacingAThumbnailDoesNotCountItTwice() {
        ThumbnailCache cache = new ThumbnailCache(1000);
        cache.put("a", 128, small());
        cache.put("a", 128, small());
        assertThat(cache.sizeBytes()).isEqualTo(400);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void neverStoresAThumbnailLargerThanTheWholeCache() {
        ThumbnailCache cache = new ThumbnailCache(300);
        cache.put("a", 128, small());
        assertThat(cache.size()).isZero();
        assertThat(cache.sizeBytes()).isZero();
    }

    @Test
    void refusesANonPositiveBound() {
        assertThatThrownBy(() -> new ThumbnailCache(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void staysWithinItsBoundUnderConcurrentUse() throws Exception {
        ThumbnailCache cache = new ThumbnailCache(4000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 2000; i++) {
                        cache.put(thread * 10_000 + i % 50, 128, small());
                        cache.get(thread * 10_000 + (i * 7) % 50, 128);
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cache.sizeBytes()).isEqualTo(cache.size() * 400L).isLessThanOrEqualTo(4000);
        assertThat(cache.hits() + cache.misses()).isEqualTo(8000);
    }
}
