package org.gridatlas.data.imports.boundary;

/** A boundary import refused for its problems; nothing was written. */
public class BoundaryRejectedException extends RuntimeException {

    private final BoundaryPreview preview;

    public BoundaryRejectedException(BoundaryPreview preview) {
        super(preview.fileName() + ": " + preview.problems().size() + " problems, nothing imported");
        this.preview = preview;
    }

    public BoundaryPreview preview() {
        return preview;
    }
}
