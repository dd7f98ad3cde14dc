package io.pixelstudio.trace;

/**
 * Sizes needed to move a box between conventions: the original image and the model input it was
 * resized to.
 */
public record ImageGeometry(int originalWidth, int originalHeight, int inputWidth, int inputHeight) {

    public ImageGeometry {
        if (originalWidth <= 0 || originalHeight <= 0 || inputWidth <= 0 || inputHeight <= 0) {
            throw new IllegalArgumentException("image sizes must be positive: original "
                    + originalWidth + "x" + originalHeight + ", input " + inputWidth + "x" + inputHeight);
        }
    }

    /** Width in the given pixel convention (1 for normalized). */
    public double width(BoxConvention convention) {
        return switch (convention) {
            case NORMALIZED -> 1.0;
            case ORIGINAL_PIXELS -> originalWidth;
            case MODEL_INPUT_PIXELS -> inputWidth;
        };
    }

    /** Height in the given pixel convention (1 for normalized). */
    public double height(BoxConvention convention) {
        return switch (convention) {
            case NORMALIZED -> 1.0;
            case ORIGINAL_PIXELS -> originalHeight;
            case MODEL_INPUT_PIXELS -> inputHeight;
        };
    }
}
