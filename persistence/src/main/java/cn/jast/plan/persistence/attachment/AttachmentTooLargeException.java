package cn.jast.plan.persistence.attachment;

/** An upload over the configured maximum size; says the limit, in bytes and MiB. */
public final class AttachmentTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long maxBytes;
    private final long atLeastBytes;

    AttachmentTooLargeException(String fileName, long maxBytes, long atLeastBytes) {
        super("attachment \"" + fileName + "\" is too large: " + describe(atLeastBytes, "at least ")
                + " given, the limit is " + describe(maxBytes, "") + " (jast.attachments.maxBytes)");
        this.maxBytes = maxBytes;
        this.atLeastBytes = atLeastBytes;
    }

    /** The configured limit in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** How many bytes were seen before the upload was refused (the upload may be larger still). */
    public long atLeastBytes() {
        return atLeastBytes;
    }

    private static String describe(long bytes, String prefix) {
        return prefix + bytes + " bytes (" + String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0) + " MiB)";
    }
}
