package io.pixelstudio.trace.media;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import org.w3c.dom.Node;

/**
 * Decodes four-channel (CMYK or YCCK) JPEGs to the RGB that PIL produces.
 *
 * <p>Why not the reader's own conversion: TwelveMonkeys colour-manages CMYK through an ICC profile,
 * while PIL reads the raw components (libjpeg turns YCCK into CMYK), always assumes Adobe's inverted
 * storage ({@code CMYK;I}) and converts with a plain formula, ignoring any profile. Matching PIL
 * keeps crops identical to what the model saw.
 */
final class JpegCmykReader {

    private static final String NATIVE_FORMAT = "javax_imageio_jpeg_image_1.0";
    private static final int ADOBE_YCCK = 2;
    private static final int SCALE_BITS = 16;
    private static final int ONE_HALF = 1 << (SCALE_BITS - 1);
    private static final int FIX_1_40200 = fix(1.40200);
    private static final int FIX_1_77200 = fix(1.77200);
    private static final int FIX_0_71414 = fix(0.71414);
    private static final int FIX_0_34414 = fix(0.34414);

    private JpegCmykReader() {
    }

    /** Whether image 0 of a JPEG reader has four components (CMYK or YCCK). */
    static boolean isFourChannel(ImageReader reader) throws IOException {
        Node sof = find(nativeTree(reader), "sof");
        return sof != null && "4".equals(attribute(sof, "numFrameComponents"));
    }

    /** Reads image 0 of a four-channel JPEG as PIL's {@code convert("RGB")} would. */
    static BufferedImage read(ImageReader reader) throws IOException {
        Node adobe = find(nativeTree(reader), "app14Adobe");
        boolean ycck = adobe != null && String.valueOf(ADOBE_YCCK).equals(attribute(adobe, "transform"));
        Raster raw = reader.readRaster(0, null);
        WritableRaster pil = raw.createCompatibleWritableRaster();
        int w = raw.getWidth();
        int[] row = new int[w * 4];
        for (int y = 0; y < raw.getHeight(); y++) {
            raw.getPixels(raw.getMinX(), raw.getMinY() + y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int i = x * 4;
                if (ycck) {
                    yccToPilCmy(row, i);
                } else {
                    row[i] = 255 - row[i];
                    row[i + 1] = 255 - row[i + 1];
                    row[i + 2] = 255 - row[i + 2];
                }
                row[i + 3] = 255 - row[i + 3];
            }
            pil.setPixels(0, y, w, 1, row);
        }
        return PilRgbConverter.fromPilCmyk(pil);
    }

    /**
     * libjpeg's fixed-point YCC→RGB step of {@code ycck_cmyk_convert}; libjpeg stores 255−R as C
     * and PIL's inversion turns it back, so PIL's C equals R (likewise M=G, Y=B).
     */
    private static void yccToPilCmy(int[] px, int i) {
        int luma = px[i];
        int cb = px[i + 1] - 128;
        int cr = px[i + 2] - 128;
        int r = luma + ((FIX_1_40200 * cr + ONE_HALF) >> SCALE_BITS);
        int g = luma + ((-FIX_0_34414 * cb + ONE_HALF - FIX_0_71414 * cr) >> SCALE_BITS);
        int b = luma + ((FIX_1_77200 * cb + ONE_HALF) >> SCALE_BITS);
        px[i] = clip(r);
        px[i + 1] = clip(g);
        px[i + 2] = clip(b);
    }

    private static int fix(double x) {
        return (int) (x * (1L << SCALE_BITS) + 0.5);
    }

    private static int clip(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static Node nativeTree(ImageReader reader) throws IOException {
        IIOMetadata metadata = reader.getImageMetadata(0);
        if (metadata == null) {
            return null;
        }
        for (String name : metadata.getMetadataFormatNames()) {
            if (NATIVE_FORMAT.equals(name)) {
                return metadata.getAsTree(NATIVE_FORMAT);
            }
        }
        return null;
    }

    private static Node find(Node node, String name) {
        if (node == null) {
            return null;
        }
        if (name.equals(node.getNodeName())) {
            return node;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            Node found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String attribute(Node node, String name) {
        Node attr = node.getAttributes() == null ? null : node.getAttributes().getNamedItem(name);
        return attr == null ? null : attr.getNodeValue();
    }
}
