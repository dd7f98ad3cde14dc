package io.pixelstudio.bridge.agent;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * An image as an OpenAI {@code image_url} data URL. PNG, so the server decodes exactly the pixels
 * the studio resized (a JPEG would change them); the images are already smart-resized to the
 * profile's bounds, so a server resizing within the same bounds leaves them as they are.
 */
final class ImageDataUrls {

    private ImageDataUrls() {
    }

    static String png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode an image as PNG", e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
